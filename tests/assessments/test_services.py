from __future__ import annotations

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from govhub.assessments import services
from govhub.assessments.models import Answer, Assessment, Status, Transition
from govhub.core.models import AuditEntry
from tests.assessments.conftest import answer_all

pytestmark = pytest.mark.django_db


def test_a_focal_point_opens_an_assessment_with_one_empty_answer_per_practice(
    cast, framework, assessment
) -> None:
    assert assessment.status == Status.IN_PROGRESS
    assert Answer.objects.filter(assessment=assessment).count() == 10
    framework.refresh_from_db()
    assert framework.is_frozen
    assert Transition.objects.filter(assessment=assessment, to_status="in_progress").exists()
    assert AuditEntry.objects.filter(action="assessment.opened").exists()


def test_only_a_focal_point_opens_and_only_one_at_a_time(cast, framework, assessment) -> None:
    for person in (cast.member, cast.other_focal_point, cast.reviewer, cast.coordinator):
        with pytest.raises(PermissionDenied):
            services.assessment_open(
                organisation=cast.home, framework=framework, cycle=2028, by=person
            )
    with pytest.raises(ValidationError, match="already open"):
        services.assessment_open(
            organisation=cast.home, framework=framework, cycle=2028, by=cast.focal_point
        )
    assert Assessment.objects.count() == 1


def test_the_database_keeps_one_open_assessment_per_organisation_and_framework(
    cast, framework, assessment
) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        Assessment.objects.create(
            organisation=cast.home, framework=framework, framework_key=framework.key, cycle=2030
        )


def test_answers_are_validated(cast, assessment) -> None:
    answer = Answer.objects.filter(assessment=assessment).first()
    with pytest.raises(ValidationError, match="does not apply"):
        services.answer_save(answer=answer, by=cast.member, revision=0, not_applicable=True)
    with pytest.raises(ValidationError, match="below the current"):
        services.answer_save(
            answer=answer, by=cast.member, revision=0, current_level=4, target_level=2
        )
    with pytest.raises(ValidationError, match="0 to 5"):
        services.answer_save(answer=answer, by=cast.member, revision=0, current_level=9)
    saved = services.answer_save(
        answer=answer, by=cast.member, revision=0, not_applicable=True, not_applicable_reason="No"
    )
    assert (saved.not_applicable, saved.current_level, saved.revision) == (True, None, 1)


def test_people_outside_the_organisation_cannot_answer(cast, assessment) -> None:
    answer = Answer.objects.filter(assessment=assessment).first()
    for person in (cast.other_member, cast.reviewer, cast.coordinator, cast.editor):
        with pytest.raises(PermissionDenied):
            services.answer_save(answer=answer, by=person, revision=0, current_level=1)
    answer.refresh_from_db()
    assert answer.current_level is None


def test_a_concurrent_save_is_a_conflict_and_overwrites_nothing(cast, assessment) -> None:
    answer = Answer.objects.filter(assessment=assessment).first()
    services.answer_save(answer=answer, by=cast.member, revision=0, current_level=1, target_level=2)
    with pytest.raises(services.AnswerConflict) as clash:
        services.answer_save(
            answer=answer, by=cast.focal_point, revision=0, current_level=3, target_level=5
        )
    assert clash.value.answer.current_level == 1
    assert clash.value.answer.updated_by == cast.member
    answer.refresh_from_db()
    assert (answer.current_level, answer.target_level, answer.revision) == (1, 2, 1)


def test_submission_needs_every_practice_and_the_focal_point(
    cast, assessment, django_capture_on_commit_callbacks
) -> None:
    with pytest.raises(ValidationError, match="10 practices"):
        services.assessment_submit(assessment=assessment, by=cast.focal_point)
    answer_all(assessment, cast.member)
    with pytest.raises(PermissionDenied):
        services.assessment_submit(assessment=assessment, by=cast.member)
    with django_capture_on_commit_callbacks(execute=True):
        services.assessment_submit(assessment=assessment, by=cast.focal_point, comment="Ready")
    assessment.refresh_from_db()
    assert assessment.status == Status.SUBMITTED
    assert [m.to for m in mail.outbox] == [[cast.reviewer.email]]
    step = Transition.objects.get(assessment=assessment, to_status="submitted")
    assert (step.by, step.comment, step.from_status) == (cast.focal_point, "Ready", "in_progress")
    # Submitted answers are frozen for the organisation.
    answer = Answer.objects.filter(assessment=assessment).first()
    with pytest.raises(PermissionDenied):
        services.answer_save(answer=answer, by=cast.member, revision=answer.revision)


def test_reviewers_return_and_validate(
    cast, assessment, django_capture_on_commit_callbacks
) -> None:
    answer_all(assessment, cast.member)
    services.assessment_submit(assessment=assessment, by=cast.focal_point)
    for person in (cast.focal_point, cast.member, cast.coordinator, cast.editor):
        with pytest.raises(PermissionDenied):
            services.assessment_return(assessment=assessment, by=person, comment="x")
        with pytest.raises(PermissionDenied):
            services.assessment_validate(assessment=assessment, by=person)
    with pytest.raises(ValidationError):
        services.assessment_return(assessment=assessment, by=cast.reviewer, comment=" ")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.assessment_return(assessment=assessment, by=cast.reviewer, comment="Add evidence")
    assert [m.to for m in mail.outbox] == [[cast.focal_point.email]]
    assert "Add evidence" in mail.outbox[0].body
    assessment.refresh_from_db()
    assert assessment.status == Status.RETURNED
    services.assessment_submit(assessment=assessment, by=cast.focal_point)
    with django_capture_on_commit_callbacks(execute=True):
        services.assessment_validate(assessment=assessment, by=cast.reviewer)
    assessment.refresh_from_db()
    assert assessment.status == Status.VALIDATED
    assert assessment.validated_at is not None


def test_validating_the_next_cycle_archives_the_previous_one(cast, framework, assessment) -> None:
    answer_all(assessment, cast.member)
    services.assessment_submit(assessment=assessment, by=cast.focal_point)
    services.assessment_validate(assessment=assessment, by=cast.reviewer)
    later = services.assessment_open(
        organisation=cast.home, framework=framework, cycle=2028, by=cast.focal_point
    )
    answer_all(later, cast.member, current=3)
    services.assessment_submit(assessment=later, by=cast.focal_point)
    services.assessment_validate(assessment=later, by=cast.reviewer)
    assessment.refresh_from_db()
    later.refresh_from_db()
    assert (assessment.status, later.status) == (Status.ARCHIVED, Status.VALIDATED)


def test_review_comments_only_by_reviewers_of_submitted_assessments(cast, assessment) -> None:
    answer = Answer.objects.filter(assessment=assessment).first()
    with pytest.raises(PermissionDenied):
        services.review_comment_add(answer=answer, by=cast.reviewer, text="Too early")
    answer_all(assessment, cast.member)
    services.assessment_submit(assessment=assessment, by=cast.focal_point)
    answer.refresh_from_db()
    comment = services.review_comment_add(answer=answer, by=cast.reviewer, text="Which policy?")
    assert comment.author == cast.reviewer
    with pytest.raises(PermissionDenied):
        services.review_comment_add(answer=answer, by=cast.focal_point, text="Me too")
