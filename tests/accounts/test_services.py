from __future__ import annotations

import re
from datetime import timedelta

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from govhub.accounts.models import HubRole, Invitation, User
from govhub.accounts.services import (
    invitation_accept,
    invitation_for_token,
    invitation_send,
    user_create,
    user_set_hub_roles,
    user_set_preferred_language,
)
from govhub.core.models import AuditEntry
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _token_from_last_mail() -> str:
    match = re.search(r"/invitations/invitation/([^/\s]+)/", mail.outbox[-1].body)
    assert match, mail.outbox[-1].body
    return match.group(1)


def test_user_create_normalises_the_address_and_refuses_duplicates() -> None:
    user = user_create(
        email="Ana.Silva@Parlamento.example", full_name=" Ana Silva ", preferred_language="pt"
    )
    assert user.email == "ana.silva@parlamento.example"
    assert user.full_name == "Ana Silva"
    assert not user.has_usable_password()
    assert EmailAddress.objects.get(user=user).verified is False
    with pytest.raises(ValidationError):
        user_create(
            email="ANA.SILVA@parlamento.example", full_name="Other", preferred_language="en"
        )
    assert User.objects.count() == 1


def test_hub_roles_follow_the_groups_and_are_audited() -> None:
    coordinator = UserFactory()
    user = UserFactory()
    user_set_hub_roles(user=user, roles=[HubRole.COORDINATOR, HubRole.REVIEWER], by=coordinator)
    user.refresh_from_db()
    assert set(user.groups.values_list("name", flat=True)) == {"coordinator", "reviewer"}
    assert user.is_staff
    user_set_hub_roles(user=user, roles=[HubRole.REVIEWER], by=coordinator)
    user = User.objects.get(pk=user.pk)
    assert user.hub_roles == {"reviewer"}
    assert not user.is_staff
    entries = AuditEntry.objects.filter(action="user.hub_roles_changed", target_id=str(user.pk))
    assert entries.count() == 2
    assert entries.first().data == {"before": ["coordinator", "reviewer"], "after": ["reviewer"]}
    with pytest.raises(ValidationError):
        user_set_hub_roles(user=user, roles=["emperor"], by=coordinator)


def test_invitation_is_mailed_in_the_recipients_language_and_works_once(
    django_capture_on_commit_callbacks,
) -> None:
    user = user_create(
        email="luc@assemblee.example", full_name="Luc Diouf", preferred_language="fr"
    )
    with django_capture_on_commit_callbacks(execute=True):
        invitation_send(user=user, by=None)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["luc@assemblee.example"]
    assert "/fr/invitations/invitation/" in message.body
    token = _token_from_last_mail()
    invitation = Invitation.objects.get()
    assert invitation.token_hash != token  # only a hash is stored
    lifetime = invitation.expires_at - invitation.created_at
    assert abs(lifetime - timedelta(days=7)) < timedelta(seconds=5)

    invitation_accept(token=token, password="a-brand-new-password-7")
    user.refresh_from_db()
    assert user.check_password("a-brand-new-password-7")
    assert EmailAddress.objects.get(user=user).verified
    assert Invitation.objects.get().used_at is not None
    with pytest.raises(ValidationError):
        invitation_accept(token=token, password="another-password-8")
    user.refresh_from_db()
    assert user.check_password("a-brand-new-password-7")


def test_a_new_invitation_cancels_the_previous_one(django_capture_on_commit_callbacks) -> None:
    user = user_create(email="kim@parl.example", full_name="Kim", preferred_language="en")
    with django_capture_on_commit_callbacks(execute=True):
        invitation_send(user=user, by=None)
    first = _token_from_last_mail()
    with django_capture_on_commit_callbacks(execute=True):
        invitation_send(user=user, by=None)
    second = _token_from_last_mail()
    assert invitation_for_token(first) is None
    assert invitation_for_token(second) is not None


def test_expired_or_unknown_invitations_are_refused(django_capture_on_commit_callbacks) -> None:
    user = user_create(email="old@parl.example", full_name="Old", preferred_language="en")
    with django_capture_on_commit_callbacks(execute=True):
        invitation_send(user=user, by=None)
    token = _token_from_last_mail()
    Invitation.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    for candidate in (token, "", "nonsense", "x" * 500):
        with pytest.raises(ValidationError):
            invitation_accept(token=candidate, password="a-brand-new-password-7")
    user.refresh_from_db()
    assert not user.has_usable_password()


def test_preferred_language_must_be_offered() -> None:
    user = UserFactory()
    user_set_preferred_language(user=user, language="es")
    user.refresh_from_db()
    assert user.preferred_language == "es"
    with pytest.raises(ValidationError):
        user_set_preferred_language(user=user, language="xx")
