from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from govhub.accounts.models import Invitation, User
from govhub.core.models import AuditEntry
from govhub.organisations import services
from govhub.organisations.models import (
    AccessRequest,
    AccessRequestStatus,
    Membership,
    MembershipRole,
    Organisation,
)
from tests.factories import AccessRequestFactory, MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def _submit(**overrides: object) -> AccessRequest:
    values: dict[str, object] = {
        "full_name": "Grace Mwale",
        "email": "Grace.Mwale@Parliament.example",
        "position": "Head of IT",
        "reason": "To lead our self-assessment.",
        "preferred_language": "pt",
    }
    values.update(overrides)
    return services.access_request_submit(**values)  # type: ignore[arg-type]


def test_a_request_is_recorded_and_coordinators_are_told_in_their_language(
    cast, django_capture_on_commit_callbacks
) -> None:
    cast.coordinator.preferred_language = "fr"
    cast.coordinator.save()
    with django_capture_on_commit_callbacks(execute=True):
        request = _submit(organisation=cast.home)
    assert request.status == AccessRequestStatus.PENDING
    assert request.email == "grace.mwale@parliament.example"
    assert [m.to for m in mail.outbox] == [[cast.coordinator.email]]
    assert "Grace Mwale" in mail.outbox[0].subject
    assert f"/fr/organisations/access-requests/{request.pk}/" in mail.outbox[0].body


def test_duplicates_are_refused(cast) -> None:
    _submit(organisation=cast.home)
    with pytest.raises(ValidationError, match="already waiting"):
        _submit(organisation=cast.other, email="grace.mwale@parliament.example")
    with pytest.raises(ValidationError, match="already has access"):
        _submit(organisation=cast.home, email=cast.member.email.upper())
    assert AccessRequest.objects.count() == 1


def test_a_request_names_an_organisation(cast) -> None:
    with pytest.raises(ValidationError):
        _submit()
    assert AccessRequest.objects.count() == 0


def test_granting_creates_the_person_and_membership_and_mails_the_invitation(
    cast, django_capture_on_commit_callbacks
) -> None:
    request = _submit(organisation=cast.home)
    with django_capture_on_commit_callbacks(execute=True):
        membership = services.access_request_grant(
            access_request=request, by=cast.coordinator, role=MembershipRole.FOCAL_POINT
        )
    request.refresh_from_db()
    assert request.status == AccessRequestStatus.GRANTED
    assert request.decided_by == cast.coordinator
    user = User.objects.get(email="grace.mwale@parliament.example")
    assert request.user == user
    assert user.preferred_language == "pt"
    assert membership.user == user
    assert membership.organisation == cast.home
    assert membership.role == MembershipRole.FOCAL_POINT
    assert membership.position == "Head of IT"
    assert Invitation.objects.filter(user=user, used_at__isnull=True).count() == 1
    invitation_mail = mail.outbox[-1]
    assert invitation_mail.to == [user.email]
    assert "/pt/invitations/invitation/" in invitation_mail.body
    assert "Home Parliament" in invitation_mail.body
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"access_request.granted", "membership.granted", "invitation.sent"} <= actions
    with pytest.raises(ValidationError, match="already been decided"):
        services.access_request_grant(access_request=request, by=cast.coordinator)


def test_a_proposed_organisation_needs_one_chosen_at_grant(cast) -> None:
    request = _submit(proposed_organisation="Parliament of Tonga", proposed_country="TO")
    assert request.organisation is None
    with pytest.raises(ValidationError):
        services.access_request_grant(access_request=request, by=cast.coordinator)
    tonga = services.organisation_create(
        name="Legislative Assembly of Tonga",
        kind="unicameral",
        country="TO",
        region="pacific",
        joined_on=dt.date(2026, 12, 1),
        by=cast.coordinator,
    )
    services.access_request_grant(access_request=request, by=cast.coordinator, organisation=tonga)
    assert Membership.objects.filter(organisation=tonga, user__email=request.email).exists()


def test_declining_mails_the_reason_in_the_requesters_language(
    cast, django_capture_on_commit_callbacks
) -> None:
    request = AccessRequestFactory(organisation=cast.home, preferred_language="es")
    with pytest.raises(ValidationError):
        services.access_request_decline(access_request=request, by=cast.coordinator, reason="  ")
    with django_capture_on_commit_callbacks(execute=True):
        services.access_request_decline(
            access_request=request, by=cast.coordinator, reason="Not a parliament."
        )
    request.refresh_from_db()
    assert request.status == AccessRequestStatus.DECLINED
    assert request.decline_reason == "Not a parliament."
    assert mail.outbox[-1].to == [request.email]
    assert "Not a parliament." in mail.outbox[-1].body
    entry = AuditEntry.objects.get(action="access_request.declined")
    assert entry.reason == "Not a parliament."
    assert not User.objects.filter(email=request.email).exists()


def test_focal_points_invite_colleagues(cast, django_capture_on_commit_callbacks) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        membership = services.colleague_invite(
            organisation=cast.home,
            by=cast.focal_point,
            full_name="Theo Colleague",
            email="theo@home.example",
            position="Service desk lead",
            preferred_language="fr",
        )
    assert membership.role == MembershipRole.MEMBER
    assert membership.granted_by == cast.focal_point
    assert mail.outbox[-1].to == ["theo@home.example"]
    with pytest.raises(ValidationError):
        services.colleague_invite(
            organisation=cast.home,
            by=cast.focal_point,
            full_name="Again",
            email="THEO@home.example",
            position="x",
            preferred_language="fr",
        )


def test_an_organisation_keeps_a_focal_point(cast) -> None:
    own = Membership.objects.get(user=cast.focal_point, organisation=cast.home)
    with pytest.raises(ValidationError, match="at least one focal point"):
        services.membership_end(membership=own, by=cast.focal_point)
    with pytest.raises(ValidationError, match="at least one focal point"):
        services.membership_set_role(
            membership=own, role=MembershipRole.MEMBER, by=cast.focal_point
        )
    colleague = Membership.objects.get(user=cast.member, organisation=cast.home)
    services.membership_set_role(
        membership=colleague, role=MembershipRole.FOCAL_POINT, by=cast.focal_point
    )
    services.membership_set_role(membership=own, role=MembershipRole.MEMBER, by=cast.focal_point)
    own.refresh_from_db()
    assert own.role == MembershipRole.MEMBER
    assert AuditEntry.objects.filter(action="membership.role_changed").count() == 2


def test_coordinators_may_end_any_access(cast) -> None:
    membership = MembershipFactory(organisation=cast.other, role=MembershipRole.MEMBER)
    services.membership_end(membership=membership, by=cast.coordinator)
    membership.refresh_from_db()
    assert not membership.is_active
    assert AuditEntry.objects.filter(action="membership.ended").exists()


def test_organisation_names_are_unique_and_slugs_avoid_page_words(cast) -> None:
    with pytest.raises(ValidationError):
        services.organisation_create(
            name="home parliament",
            kind="unicameral",
            country="FJ",
            region="pacific",
            joined_on=dt.date(2026, 1, 1),
        )
    organisation = services.organisation_create(
        name="New", kind="other", country="FJ", region="pacific", joined_on=dt.date(2026, 1, 1)
    )
    assert organisation.slug == "new-organisation"
    assert Organisation.objects.filter(name__iexact="home parliament").count() == 1


def test_granting_again_to_a_person_whose_access_ended_reuses_the_account(cast) -> None:
    cast.member.is_active = False
    cast.member.save()
    request = _submit(organisation=cast.other, email=cast.member.email)
    services.access_request_grant(access_request=request, by=cast.coordinator)
    cast.member.refresh_from_db()
    assert cast.member.is_active
    assert User.objects.filter(email=cast.member.email).count() == 1
    assert OrganisationFactory._meta.model.objects.count() == 2
