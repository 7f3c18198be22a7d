"""Properties of the scores, whatever the answers."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from govhub.assessments import scoring
from govhub.assessments.scoring import PracticeAnswer

levels = st.integers(min_value=0, max_value=5)


@st.composite
def answer_sets(draw: st.DrawFn) -> tuple[list[PracticeAnswer], list[tuple[str, int, int]]]:
    domain_count = draw(st.integers(min_value=1, max_value=6))
    domains = []
    answers = []
    for d in range(domain_count):
        practices = draw(st.integers(min_value=1, max_value=8))
        domains.append((f"d{d}", draw(st.integers(min_value=1, max_value=3)), practices))
        for p in range(practices):
            not_applicable = draw(st.booleans())
            current = None if not_applicable else draw(st.one_of(st.none(), levels))
            target = None if not_applicable else draw(st.one_of(st.none(), levels))
            answers.append(
                PracticeAnswer(
                    practice_key=f"d{d}.{p}",
                    domain_key=f"d{d}",
                    weight=draw(st.integers(min_value=1, max_value=3)),
                    current=current,
                    target=target,
                    not_applicable=not_applicable,
                )
            )
    return answers, domains


@given(answer_sets())
def test_scores_stay_between_0_and_5(data) -> None:
    answers, domains = data
    scores = scoring.domain_scores(answers, domains)
    for score in scores:
        assert score.score is None or 0 <= score.score <= 5
    overall = scoring.overall_score(scores)
    assert overall is None or 0 <= overall <= 5


@given(answer_sets(), st.randoms())
def test_order_of_answers_does_not_matter(data, rng: random.Random) -> None:
    answers, domains = data
    shuffled = list(answers)
    rng.shuffle(shuffled)
    assert scoring.domain_scores(answers, domains) == scoring.domain_scores(shuffled, domains)
    assert sorted(a.practice_key for a in scoring.roadmap(answers)) == sorted(
        a.practice_key for a in scoring.roadmap(shuffled)
    )


@given(answer_sets(), levels, levels)
def test_not_applicable_answers_are_ignored(data, current: int, target: int) -> None:
    answers, domains = data
    extra = PracticeAnswer("d0.extra", "d0", 3, None, None, not_applicable=True)
    with_extra = [*answers, extra]
    before = scoring.domain_scores(answers, domains)
    after = scoring.domain_scores(with_extra, domains)
    assert [s.score for s in before] == [s.score for s in after]


@given(st.lists(st.tuples(levels, st.integers(min_value=1, max_value=5)), min_size=1, max_size=12))
def test_weights_are_respected(pairs: list[tuple[int, int]]) -> None:
    answers = [
        PracticeAnswer(f"d.{i}", "d", weight, level, level)
        for i, (level, weight) in enumerate(pairs)
    ]
    expected = sum(level * weight for level, weight in pairs) / sum(w for _l, w in pairs)
    (score,) = scoring.domain_scores(answers, [("d", 1, len(pairs))])
    assert abs(score.score - expected) < 1e-9
    # Doubling one practice's weight is the same as counting it twice.
    doubled = [PracticeAnswer("d.0", "d", pairs[0][1] * 2, pairs[0][0], pairs[0][0]), *answers[1:]]
    twice = [answers[0], *answers]
    assert (
        abs(
            scoring.domain_scores(doubled, [("d", 1, 1)])[0].score
            - scoring.domain_scores(twice, [("d", 1, 1)])[0].score
        )
        < 1e-9
    )


def test_worked_example() -> None:
    answers = [
        PracticeAnswer("a.1", "a", 2, 1, 3),
        PracticeAnswer("a.2", "a", 1, 4, 4),
        PracticeAnswer("a.3", "a", 3, None, None, not_applicable=True),
        PracticeAnswer("b.1", "b", 1, 2, 5),
    ]
    scores = scoring.domain_scores(answers, [("a", 2, 3), ("b", 1, 1)])
    assert scores[0].score == (1 * 2 + 4 * 1) / 3  # 2.0
    assert scores[1].score == 2
    assert scoring.overall_score(scores) == (2.0 * 2 + 2 * 1) / 3
    roadmap = scoring.roadmap(answers)
    assert [(a.practice_key, a.gap * a.weight) for a in roadmap] == [("a.1", 4), ("b.1", 3)]
    assert scoring.level_name_index(3.99) == 3
    assert scoring.level_name_index(None) is None
