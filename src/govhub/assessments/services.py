"""Writes about assessments: opening, answering, evidence, and every status transition.

Each transition exists only for the roles allowed to make it, is atomic, is recorded in the
assessment's history with who, when and why, and sends its mail after commit.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from govhub.accounts.models import HubRole, User
from govhub.assessments import access
from govhub.assessments.models import (
    Answer,
    Assessment,
    Evidence,
    ReviewComment,
    Status,
    Transition,
)
from govhub.assessments.storage import evidence_storage
from govhub.assessments.uploads import detect_kind
from govhub.core.audit import audit_record
from govhub.core.mail import mail_send
from govhub.frameworks.models import MAX_LEVEL, Framework, Practice
from govhub.frameworks.services import framework_freeze
from govhub.organisations.models import MembershipRole, Organisation


def _record(assessment: Assessment, *, to: str, by: User | None, comment: str = "") -> None:
    before = assessment.status
    assessment.status = to
    Transition.objects.create(
        assessment=assessment, from_status=before, to_status=to, by=by, comment=comment
    )
    audit_record(
        actor=by,
        action=f"assessment.{to}",
        target=assessment,
        reason=comment,
        data={"from": before},
    )


@transaction.atomic
def assessment_open(
    *, organisation: Organisation, framework: Framework, cycle: int, by: User
) -> Assessment:
    """A focal point opens the organisation's assessment for a cycle on a framework version.

    Raises ``PermissionDenied`` for anyone else and ``ValidationError`` when an assessment of
    this framework is already open, or this cycle already has one.
    """
    if not access.is_focal_point(by, organisation.pk):
        raise PermissionDenied
    if not 2000 <= cycle <= 2100:
        raise ValidationError({"cycle": _("Give the cycle as a year, for example 2027.")})
    open_one = Assessment.objects.filter(
        organisation=organisation,
        framework_key=framework.key,
        status__in=[Status.IN_PROGRESS, Status.SUBMITTED, Status.RETURNED],
    ).exists()
    if open_one:
        raise ValidationError(
            _("An assessment of this framework is already open for your organisation.")
        )
    if Assessment.objects.filter(
        organisation=organisation, framework_key=framework.key, cycle=cycle
    ).exists():
        raise ValidationError({"cycle": _("This cycle already has an assessment.")})
    try:
        with transaction.atomic():
            assessment = Assessment.objects.create(
                organisation=organisation,
                framework=framework,
                framework_key=framework.key,
                cycle=cycle,
                created_by=by,
            )
    except IntegrityError:
        raise ValidationError(
            _("An assessment of this framework is already open for your organisation.")
        ) from None
    practices = Practice.objects.filter(domain__framework=framework)
    Answer.objects.bulk_create([Answer(assessment=assessment, practice=p) for p in practices])
    framework_freeze(framework=framework)
    Transition.objects.create(assessment=assessment, to_status=Status.IN_PROGRESS, by=by)
    audit_record(actor=by, action="assessment.opened", target=assessment)
    return assessment


@dataclass
class AnswerConflict(Exception):
    """Someone else saved this answer since the form was loaded; nothing was written."""

    answer: Answer

    def __str__(self) -> str:
        return _("Someone else saved this answer while you were editing it.")


def _clean_level(value: Any, field: str) -> int | None:
    if value in (None, ""):
        return None
    try:
        level = int(value)
    except (TypeError, ValueError):
        raise ValidationError({field: _("Choose a level from 0 to 5.")}) from None
    if not 0 <= level <= MAX_LEVEL:
        raise ValidationError({field: _("Choose a level from 0 to 5.")})
    return level


@transaction.atomic
def answer_save(
    *,
    answer: Answer,
    by: User,
    revision: int,
    current_level: Any = None,
    target_level: Any = None,
    not_applicable: bool = False,
    not_applicable_reason: str = "",
    comment: str = "",
) -> Answer:
    """Save one answer if nobody else saved it since ``revision``.

    Raises ``AnswerConflict`` (carrying the saved version) on a concurrent save,
    ``PermissionDenied`` if ``by`` may not edit, ``ValidationError`` on bad values.
    """
    locked = Answer.objects.select_for_update().select_related("assessment").get(pk=answer.pk)
    if not access.can_edit(by, locked.assessment):
        raise PermissionDenied
    if locked.revision != revision:
        raise AnswerConflict(answer=locked)
    current = _clean_level(current_level, "current_level")
    target = _clean_level(target_level, "target_level")
    reason = (not_applicable_reason or "").strip()
    if not_applicable:
        if not reason:
            raise ValidationError(
                {"not_applicable_reason": _("Say why this practice does not apply.")}
            )
        current = target = None
    else:
        reason = ""
        if current is not None and target is not None and target < current:
            raise ValidationError(
                {"target_level": _("The target level cannot be below the current level.")}
            )
    changed = (
        locked.current_level != current
        or locked.target_level != target
        or locked.not_applicable != bool(not_applicable)
        or locked.not_applicable_reason != reason
        or locked.comment != comment.strip()
    )
    if not changed:
        return locked
    locked.current_level = current
    locked.target_level = target
    locked.not_applicable = bool(not_applicable)
    locked.not_applicable_reason = reason
    locked.comment = comment.strip()
    locked.revision += 1
    locked.updated_at = timezone.now()
    locked.updated_by = by
    locked.full_clean(exclude=["assessment", "practice", "updated_by"])
    locked.save()
    return locked


@transaction.atomic
def evidence_add_link(*, answer: Answer, by: User, url: str) -> Evidence:
    if not access.can_edit(by, answer.assessment):
        raise PermissionDenied
    evidence = Evidence(answer=answer, url=url.strip(), created_by=by)
    evidence.full_clean(exclude=["answer", "created_by", "file"])
    evidence.save()
    return evidence


@transaction.atomic
def evidence_add_file(*, answer: Answer, by: User, name: str, data: bytes) -> Evidence:
    """Store an evidence file after checking its content; the stored name is our own."""
    if not access.can_edit(by, answer.assessment):
        raise PermissionDenied
    kind = detect_kind(data)
    base = os.path.basename(name or "")[:200] or _("evidence")
    stored = evidence_storage().save(
        f"{answer.assessment_id}/{answer.practice_id}/evidence.{kind.extension}",
        ContentFile(data),
    )
    evidence = Evidence.objects.create(
        answer=answer,
        file=stored,
        original_name=base,
        content_type=kind.content_type,
        size=len(data),
        created_by=by,
    )
    return evidence


@transaction.atomic
def evidence_remove(*, evidence: Evidence, by: User) -> None:
    if not access.can_edit(by, evidence.answer.assessment):
        raise PermissionDenied
    name = evidence.file.name if evidence.file else ""
    evidence.delete()
    if name:
        transaction.on_commit(lambda: evidence_storage().delete(name))


def unanswered(assessment: Assessment) -> list[Answer]:
    answers = assessment.answers.select_related("practice").order_by(
        "practice__domain__order", "practice__order"
    )
    return [a for a in answers if not a.is_answered]


def _mail_people(users: Any, *, template: str, assessment: Assessment, comment: str = "") -> None:
    for user in users:
        mail_send(
            to=user.email,
            template=template,
            context={"assessment": assessment, "recipient": user, "comment": comment},
            language=user.preferred_language,
        )


def _focal_points(assessment: Assessment) -> Any:
    return User.objects.filter(
        memberships__organisation=assessment.organisation,
        memberships__role=MembershipRole.FOCAL_POINT,
        memberships__is_active=True,
        is_active=True,
    ).distinct()


@transaction.atomic
def assessment_submit(*, assessment: Assessment, by: User, comment: str = "") -> None:
    """The focal point submits once every practice is answered; reviewers are told."""
    locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
    if not access.can_submit(by, locked):
        raise PermissionDenied
    missing = unanswered(locked)
    if missing:
        raise ValidationError(
            ngettext(
                "%(count)s practice is not answered yet.",
                "%(count)s practices are not answered yet.",
                len(missing),
            )
            % {"count": len(missing)}
        )
    locked.submitted_at = timezone.now()
    _record(locked, to=Status.SUBMITTED, by=by, comment=comment.strip())
    locked.save(update_fields=["status", "submitted_at"])
    reviewers = User.objects.filter(groups__name=HubRole.REVIEWER, is_active=True).distinct()
    _mail_people(reviewers, template="assessments/mail/submitted", assessment=locked)
    assessment.status = locked.status


@transaction.atomic
def assessment_return(*, assessment: Assessment, by: User, comment: str) -> None:
    """A reviewer sends a submitted assessment back with what to change."""
    locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
    if not access.can_review(by, locked):
        raise PermissionDenied
    if not comment.strip():
        raise ValidationError({"comment": _("Say what the organisation should change.")})
    _record(locked, to=Status.RETURNED, by=by, comment=comment.strip())
    locked.save(update_fields=["status"])
    _mail_people(
        _focal_points(locked),
        template="assessments/mail/returned",
        assessment=locked,
        comment=comment.strip(),
    )
    assessment.status = locked.status


@transaction.atomic
def assessment_validate(*, assessment: Assessment, by: User, comment: str = "") -> None:
    """A reviewer validates; the organisation's previous validated cycle is archived."""
    locked = Assessment.objects.select_for_update().get(pk=assessment.pk)
    if not access.can_review(by, locked):
        raise PermissionDenied
    previous = Assessment.objects.select_for_update().filter(
        organisation=locked.organisation_id,
        framework_key=locked.framework_key,
        status=Status.VALIDATED,
    )
    for older in previous:
        _record(older, to=Status.ARCHIVED, by=by, comment=_("Superseded by a later cycle."))
        older.save(update_fields=["status"])
    locked.validated_at = timezone.now()
    _record(locked, to=Status.VALIDATED, by=by, comment=comment.strip())
    locked.save(update_fields=["status", "validated_at"])
    _mail_people(
        _focal_points(locked),
        template="assessments/mail/validated",
        assessment=locked,
        comment=comment.strip(),
    )
    assessment.status = locked.status


@transaction.atomic
def review_comment_add(*, answer: Answer, by: User, text: str) -> ReviewComment:
    if not access.can_review(by, answer.assessment):
        raise PermissionDenied
    text = text.strip()
    if not text:
        raise ValidationError({"text": _("Write a comment.")})
    if len(text) > 4000:
        raise ValidationError({"text": _("A comment has at most 4,000 characters.")})
    return ReviewComment.objects.create(answer=answer, author=by, text=text)
