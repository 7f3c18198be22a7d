"""Scores, gaps and the roadmap, computed from plain values so they are easy to reason about.

- domain score: mean of the current levels of its applicable practices, weighted by practice
  weight; a domain with no applicable answered practice has no score;
- overall score: mean of the domain scores, weighted by domain weight;
- gap: target level minus current level (never below zero);
- roadmap: practices with a gap, by priority (gap times weight), largest first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

MAX_LEVEL = 5


@dataclass(frozen=True)
class PracticeAnswer:
    practice_key: str
    domain_key: str
    weight: int
    current: int | None
    target: int | None
    not_applicable: bool = False

    @property
    def counts(self) -> bool:
        return not self.not_applicable and self.current is not None

    @property
    def gap(self) -> int:
        if not self.counts or self.target is None:
            return 0
        return max(0, self.target - (self.current or 0))


@dataclass(frozen=True)
class DomainScore:
    domain_key: str
    weight: int
    score: float | None
    target: float | None
    answered: int
    total: int


def weighted_mean(pairs: Iterable[tuple[float, int]]) -> float | None:
    total_weight = 0
    total = 0.0
    for value, weight in pairs:
        total += value * weight
        total_weight += weight
    if total_weight == 0:
        return None
    return total / total_weight


def domain_scores(
    answers: Sequence[PracticeAnswer], domains: Sequence[tuple[str, int, int]]
) -> list[DomainScore]:
    """``domains`` lists (key, weight, number of practices) in the framework's order."""
    by_domain: dict[str, list[PracticeAnswer]] = {key: [] for key, _w, _n in domains}
    for answer in answers:
        by_domain.setdefault(answer.domain_key, []).append(answer)
    scores = []
    for key, weight, total in domains:
        rows = by_domain.get(key, [])
        counted = [a for a in rows if a.counts]
        scores.append(
            DomainScore(
                domain_key=key,
                weight=weight,
                score=weighted_mean((float(a.current or 0), a.weight) for a in counted),
                target=weighted_mean(
                    (float(a.target), a.weight) for a in counted if a.target is not None
                ),
                answered=sum(1 for a in rows if a.not_applicable or a.current is not None),
                total=total,
            )
        )
    return scores


def overall_score(scores: Sequence[DomainScore]) -> float | None:
    return weighted_mean((s.score, s.weight) for s in scores if s.score is not None)


def overall_target(scores: Sequence[DomainScore]) -> float | None:
    return weighted_mean((s.target, s.weight) for s in scores if s.target is not None)


def roadmap(answers: Sequence[PracticeAnswer]) -> list[PracticeAnswer]:
    """Practices with a gap, highest priority first; ties keep the framework's order."""
    ranked = [a for a in answers if a.gap > 0]
    return sorted(ranked, key=lambda a: -(a.gap * a.weight))


def level_name_index(score: float | None) -> int | None:
    """The level a score has fully reached (3.7 has reached level 3)."""
    if score is None:
        return None
    return min(MAX_LEVEL, max(0, int(score + 1e-9)))
