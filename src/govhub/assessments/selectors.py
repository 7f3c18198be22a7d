"""Reads for assessment pages, exports and other apps; query counts do not grow with data."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet

from govhub.assessments import scoring
from govhub.assessments.models import Answer, Assessment, Evidence, ReviewComment, Status
from govhub.frameworks.models import Domain, ReferenceEntry
from govhub.frameworks.selectors import descriptors_prefetch


def organisation_assessments(organisation_id: int) -> QuerySet[Assessment]:
    return (
        Assessment.objects.filter(organisation_id=organisation_id)
        .select_related("framework")
        .prefetch_related("framework__translations")
        .order_by("-cycle", "-id")
    )


def latest_assessments(organisation_ids: list[int]) -> dict[int, Assessment]:
    """The most recent assessment of each organisation, in one query."""
    latest: dict[int, Assessment] = {}
    rows = Assessment.objects.filter(organisation_id__in=organisation_ids).order_by("-cycle", "-id")
    for assessment in rows:
        latest.setdefault(assessment.organisation_id, assessment)
    return latest


def review_queue() -> QuerySet[Assessment]:
    """Submitted assessments, oldest first: the reviewers' "to be reviewed" list."""
    return (
        Assessment.objects.filter(status=Status.SUBMITTED)
        .select_related("organisation", "framework")
        .prefetch_related("framework__translations")
        .order_by("submitted_at", "id")
    )


RECORDED_STATUSES = (Status.SUBMITTED, Status.RETURNED, Status.VALIDATED, Status.ARCHIVED)


def recorded_organisation_count() -> int:
    """Organisations that have recorded a self-assessment: submitted it at least once.

    Assessments still in progress for the first time do not count; until then the
    organisation is "to be assessed".
    """
    return (
        Assessment.objects.filter(status__in=RECORDED_STATUSES)
        .values("organisation")
        .distinct()
        .count()
    )


def framework_domains(framework_id: int) -> list[Domain]:
    return list(
        Domain.objects.filter(framework_id=framework_id)
        .prefetch_related("translations")
        .annotate(practice_count=Count("practices"))
        .order_by("order")
    )


@dataclass
class DomainProgress:
    domain: Domain
    answered: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.answered / self.total) if self.total else 100


def progress(assessment: Assessment) -> tuple[list[DomainProgress], int, int]:
    """Answered and total practices per domain and overall, in two queries."""
    domains = framework_domains(assessment.framework_id)
    counts = (
        Answer.objects.filter(assessment=assessment)
        .values("practice__domain_id")
        .annotate(
            total=Count("id"),
            answered=Count(
                "id",
                filter=Q(not_applicable=True)
                | (Q(current_level__isnull=False) & Q(target_level__isnull=False)),
            ),
        )
    )
    by_domain = {row["practice__domain_id"]: row for row in counts}
    rows = [
        DomainProgress(
            domain=domain,
            answered=by_domain.get(domain.pk, {}).get("answered", 0),
            total=by_domain.get(domain.pk, {}).get("total", 0),
        )
        for domain in domains
    ]
    return rows, sum(r.answered for r in rows), sum(r.total for r in rows)


def domain_answers(assessment: Assessment, domain: Domain) -> list[Answer]:
    """The answers of one domain with everything the answer page shows, in fixed queries."""
    return list(
        Answer.objects.filter(assessment=assessment, practice__domain=domain)
        .select_related("practice", "updated_by")
        .prefetch_related(
            "practice__translations",
            descriptors_prefetch("practice__descriptors"),
            Prefetch("evidence", queryset=Evidence.objects.order_by("created_at")),
            Prefetch(
                "review_comments",
                queryset=ReviewComment.objects.select_related("author").order_by("created_at"),
            ),
        )
        .order_by("practice__order")
    )


def unanswered_practices(assessment: Assessment) -> list[Answer]:
    """Answers still missing a level or a reason, in the framework's order."""
    return list(
        Answer.objects.filter(assessment=assessment)
        .filter(
            Q(not_applicable=False) & (Q(current_level__isnull=True) | Q(target_level__isnull=True))
        )
        .select_related("practice__domain")
        .prefetch_related("practice__translations")
        .order_by("practice__domain__order", "practice__order")
    )


@dataclass
class RoadmapItem:
    answer: Answer
    gap: int
    priority: int


@dataclass
class MappingSummary:
    entry: ReferenceEntry
    score: float | None
    practices: int


@dataclass
class Results:
    assessment: Assessment
    domains: list[Domain]
    scores: list[scoring.DomainScore]
    overall: float | None
    overall_target: float | None
    answers: list[Answer]
    roadmap: list[RoadmapItem]
    previous: Assessment | None = None
    previous_scores: dict[str, float | None] = field(default_factory=dict)
    mappings: dict[str, list[MappingSummary]] = field(default_factory=dict)

    def domain_rows(self) -> list[dict[str, Any]]:
        rows = []
        for domain, score in zip(self.domains, self.scores, strict=True):
            before = self.previous_scores.get(domain.key)
            rows.append(
                {
                    "domain": domain,
                    "score": score,
                    "level": scoring.level_name_index(score.score),
                    "gap": (score.target - score.score)
                    if score.target is not None and score.score is not None
                    else None,
                    "previous": before,
                    "delta": (score.score - before)
                    if score.score is not None and before is not None
                    else None,
                }
            )
        return rows


def _practice_answers(answers: list[Answer]) -> list[scoring.PracticeAnswer]:
    return [
        scoring.PracticeAnswer(
            practice_key=a.practice.key,
            domain_key=a.practice.domain.key,
            weight=a.practice.weight,
            current=a.current_level,
            target=a.target_level,
            not_applicable=a.not_applicable,
        )
        for a in answers
    ]


def _answers_for_results(assessment: Assessment) -> list[Answer]:
    return list(
        Answer.objects.filter(assessment=assessment)
        .select_related("practice__domain")
        .prefetch_related(
            "practice__translations",
            "practice__references__model",
            descriptors_prefetch("practice__descriptors"),
            Prefetch(
                "review_comments",
                queryset=ReviewComment.objects.select_related("author").order_by("created_at"),
            ),
        )
        .order_by("practice__domain__order", "practice__order")
    )


def _scores(assessment: Assessment, domains: list[Domain], answers: list[Answer]) -> Any:
    return scoring.domain_scores(
        _practice_answers(answers),
        [(d.key, d.weight, getattr(d, "practice_count", 0)) for d in domains],
    )


def results(assessment: Assessment) -> Results:
    domains = framework_domains(assessment.framework_id)
    answers = _answers_for_results(assessment)
    scores = _scores(assessment, domains, answers)
    by_key = {a.practice.key: a for a in answers}
    roadmap = [
        RoadmapItem(answer=by_key[item.practice_key], gap=item.gap, priority=item.gap * item.weight)
        for item in scoring.roadmap(_practice_answers(answers))
    ]
    result = Results(
        assessment=assessment,
        domains=domains,
        scores=scores,
        overall=scoring.overall_score(scores),
        overall_target=scoring.overall_target(scores),
        answers=answers,
        roadmap=roadmap,
    )
    previous = (
        Assessment.objects.filter(
            organisation_id=assessment.organisation_id,
            framework_key=assessment.framework_key,
            status__in=[Status.VALIDATED, Status.ARCHIVED],
            cycle__lt=assessment.cycle,
        )
        .select_related("framework")
        .order_by("-cycle")
        .first()
    )
    if previous is not None:
        previous_domains = framework_domains(previous.framework_id)
        previous_answers = list(
            Answer.objects.filter(assessment=previous).select_related("practice__domain")
        )
        result.previous = previous
        result.previous_scores = {
            s.domain_key: s.score for s in _scores(previous, previous_domains, previous_answers)
        }
    result.mappings = _mapping_summaries(answers)
    return result


def _mapping_summaries(answers: list[Answer]) -> dict[str, list[MappingSummary]]:
    """Weighted mean current level of the practices mapped to each reference entry."""
    grouped: dict[int, list[Answer]] = defaultdict(list)
    entries: dict[int, ReferenceEntry] = {}
    for answer in answers:
        for entry in answer.practice.references.all():
            grouped[entry.pk].append(answer)
            entries[entry.pk] = entry
    translated = {
        e.pk: e
        for e in ReferenceEntry.objects.filter(pk__in=entries)
        .select_related("model")
        .prefetch_related("translations", "model__translations")
    }
    summaries: dict[str, list[MappingSummary]] = defaultdict(list)
    for pk, entry in sorted(
        translated.items(), key=lambda item: (item[1].model.key, item[1].order)
    ):
        rows = [a for a in grouped[pk] if not a.not_applicable and a.current_level is not None]
        summaries[entry.model.key].append(
            MappingSummary(
                entry=entry,
                score=scoring.weighted_mean(
                    (float(a.current_level or 0), a.practice.weight) for a in rows
                ),
                practices=len(grouped[pk]),
            )
        )
    return dict(summaries)
