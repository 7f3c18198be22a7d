from __future__ import annotations

import re

import pytest
from allauth.mfa.models import Authenticator
from django.core import mail
from django.urls import reverse

from govhub.accounts.models import HubRole, User
from govhub.accounts.services import invitation_send, user_create, user_set_hub_roles
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def invited(django_capture_on_commit_callbacks) -> tuple[User, str]:
    user = user_create(email="nia@parl.example", full_name="Nia Banda", preferred_language="en")
    with django_capture_on_commit_callbacks(execute=True):
        invitation_send(user=user, by=None)
    token = re.search(r"/invitation/([^/\s]+)/", mail.outbox[-1].body).group(1)
    return user, token


def test_following_an_invitation_sets_the_password_and_signs_in(client, invited) -> None:
    user, token = invited
    url = f"/en/invitations/invitation/{token}/"
    page = client.get(url)
    assert page.status_code == 200
    assert "Nia Banda" in page.content.decode()
    response = client.post(
        url, {"password1": "Kalahari-sunrise-24", "password2": "Kalahari-sunrise-24"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/dashboard/"
    assert client.get("/en/dashboard/").status_code == 200
    user.refresh_from_db()
    assert user.check_password("Kalahari-sunrise-24")
    # The link is spent.
    assert client.get(url).status_code == 404


def test_weak_or_mismatched_passwords_are_refused(client, invited) -> None:
    user, token = invited
    url = f"/en/invitations/invitation/{token}/"
    for first, second, message in [
        ("short", "short", "too short"),
        ("Kalahari-sunrise-24", "Kalahari-sunrise-25", "do not match"),
        ("12345678901234", "12345678901234", "entirely numeric"),
    ]:
        response = client.post(url, {"password1": first, "password2": second})
        assert response.status_code == 200
        assert message in response.content.decode()
    user.refresh_from_db()
    assert not user.has_usable_password()


def test_language_switch_is_remembered_for_signed_in_people(client) -> None:
    user = UserFactory(preferred_language="en")
    client.force_login(user)
    response = client.post(
        reverse("set_language"), {"language": "pt", "next": "/en/organisations/"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/pt/organisations/"
    user.refresh_from_db()
    assert user.preferred_language == "pt"
    client.post(reverse("set_language"), {"language": "xx", "next": "/en/"})
    user.refresh_from_db()
    assert user.preferred_language == "pt"


def test_sign_in_lands_on_my_hub_in_the_preferred_language(client) -> None:
    UserFactory(email="ines@parl.example", preferred_language="es")
    response = client.post(
        "/en/accounts/login/", {"login": "ines@parl.example", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/es/dashboard/"
    page = client.get(response["Location"]).content.decode()
    assert "Ha iniciado sesión" in page  # the greeting is in Spanish as well


def test_failed_sign_ins_are_rate_limited(client) -> None:
    UserFactory(email="target@parl.example")
    for _ in range(5):
        client.post(
            "/en/accounts/login/", {"login": "target@parl.example", "password": "wrong-one"}
        )
    response = client.post(
        "/en/accounts/login/", {"login": "target@parl.example", "password": PASSWORD}
    )
    assert response.status_code in (200, 429)
    assert "_auth_user_id" not in client.session


def test_there_is_no_open_sign_up(client) -> None:
    response = client.post(
        "/en/accounts/signup/",
        {"email": "intruder@example.com", "password1": "Kalahari-sunrise-24"},
    )
    assert not User.objects.filter(email="intruder@example.com").exists()
    assert response.status_code == 200
    assert "closed" in response.content.decode().lower()


def test_hub_staff_without_mfa_are_sent_to_set_it_up(client) -> None:
    staff = UserFactory(email="rev@hub.example")
    user_set_hub_roles(user=staff, roles=[HubRole.REVIEWER], by=None)
    client.post("/en/accounts/login/", {"login": "rev@hub.example", "password": PASSWORD})
    response = client.get("/en/dashboard/")
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")
    # The set-up page stays reachable, behind allauth's password confirmation.
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    assert client.get(reverse("mfa_activate_totp")).status_code == 200


def test_members_are_offered_mfa_but_not_forced(client) -> None:
    member = UserFactory()
    client.force_login(member)
    response = client.get("/en/dashboard/")
    assert response.status_code == 200
    assert "Turn on two-factor authentication" in response.content.decode()
    assert not Authenticator.objects.filter(user=member).exists()


def test_turning_mfa_on_is_audited(client, django_capture_on_commit_callbacks) -> None:
    from allauth.mfa.totp.internal.auth import (
        format_hotp_value,
        hotp_value,
        yield_hotp_counters_from_time,
    )

    from govhub.core.models import AuditEntry

    user = UserFactory(email="secure@parl.example")
    client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    client.post(reverse("account_reauthenticate"), {"password": PASSWORD})
    page = client.get(reverse("mfa_activate_totp"))
    secret = page.context["form"].secret
    counter = next(iter(yield_hotp_counters_from_time()))
    code = format_hotp_value(hotp_value(secret, counter))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("mfa_activate_totp"), {"code": code})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    assert AuditEntry.objects.filter(action="mfa.added", target_id=str(user.pk)).exists()


def test_admin_sign_in_goes_through_allauth(client) -> None:
    response = client.get("/en/admin/login/?next=/en/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_password_reset_mail_is_in_the_recipients_language(
    client, django_capture_on_commit_callbacks
) -> None:
    UserFactory(email="odile@assemblee.example", preferred_language="fr")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/accounts/password/reset/", {"email": "odile@assemblee.example"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["odile@assemblee.example"]
    message = mail.outbox[0]
    assert "mot de passe" in message.subject
    assert "/fr/accounts/password/reset/key/" in message.body  # the link opens in French
    assert "Pôle de gouvernance des TIC" in message.body  # the hub's name, in French
