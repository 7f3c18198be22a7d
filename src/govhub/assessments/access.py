"""Who may see and do what with an assessment. One access function per object kind; each
answers 404 for "missing" and "not yours" alike."""

from __future__ import annotations

from typing import Any

from django.http import Http404

from govhub.assessments.models import EDITABLE_STATUSES, Answer, Assessment, Evidence, Status
from govhub.organisations.models import Membership, MembershipRole


def _membership_role(user: Any, organisation_id: int) -> str | None:
    if not user.is_authenticated:
        return None
    cache: dict[int, str | None] = user.__dict__.setdefault("_assessment_roles", {})
    if organisation_id not in cache:
        cache[organisation_id] = (
            Membership.objects.filter(user=user, organisation_id=organisation_id, is_active=True)
            .values_list("role", flat=True)
            .first()
        )
    return cache[organisation_id]


def is_focal_point(user: Any, organisation_id: int) -> bool:
    return _membership_role(user, organisation_id) == MembershipRole.FOCAL_POINT


def is_member(user: Any, organisation_id: int) -> bool:
    return _membership_role(user, organisation_id) is not None


def can_view(user: Any, assessment: Assessment) -> bool:
    if not user.is_authenticated:
        return False
    if getattr(user, "is_reviewer", False) or getattr(user, "is_coordinator", False):
        return True
    return is_member(user, assessment.organisation_id)


def can_edit(user: Any, assessment: Assessment) -> bool:
    return assessment.status in EDITABLE_STATUSES and is_member(user, assessment.organisation_id)


def can_submit(user: Any, assessment: Assessment) -> bool:
    return assessment.status in EDITABLE_STATUSES and is_focal_point(
        user, assessment.organisation_id
    )


def can_review(user: Any, assessment: Assessment) -> bool:
    return assessment.status == Status.SUBMITTED and getattr(user, "is_reviewer", False)


def assessment_for_user(user: Any, pk: int) -> Assessment:
    assessment = (
        Assessment.objects.select_related("organisation", "framework").filter(pk=pk).first()
    )
    if assessment is None or not can_view(user, assessment):
        raise Http404
    return assessment


def answer_of(assessment: Assessment, pk: int) -> Answer:
    """An answer of an assessment the caller has already been given access to."""
    answer = (
        Answer.objects.select_related("assessment", "practice__domain")
        .filter(pk=pk, assessment=assessment)
        .first()
    )
    if answer is None:
        raise Http404
    return answer


def evidence_for_user(user: Any, pk: int) -> Evidence:
    evidence = Evidence.objects.select_related("answer__assessment").filter(pk=pk, url="").first()
    if evidence is None or not can_view(user, evidence.answer.assessment):
        raise Http404
    return evidence
