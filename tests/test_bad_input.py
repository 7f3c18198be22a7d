"""Bad input on every form: a clear message next to the field, and nothing changed.

For each form and each field: a value far too long, an empty value where one is required,
a value of the wrong kind, and script injection. Refused input must answer 200 or 400 with
the error in the field's own paragraph and in the summary at the top of the form, and must
leave every row of the hub's tables as it was. Free text that is otherwise valid may be
stored; then it is stored verbatim and shown escaped.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from html import unescape
from typing import Any

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.db.models import Model
from django.test import Client, TestCase
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape, strip_tags

from govhub.accounts.models import Invitation, User
from govhub.core.models import AuditEntry
from govhub.organisations.models import (
    AccessRequest,
    AccessRequestStatus,
    Membership,
    MembershipRole,
    Organisation,
)
from tests.conftest import Cast
from tests.factories import AccessRequestFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

LONG = "x" * 5000
SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
INJECTIONS = (SCRIPT, IMG)

REQUIRED = "This field is required."
INVALID_CHOICE = "Select a valid choice."
INVALID_EMAIL = "Enter a valid email address."

ROW_MODELS: tuple[type[Model], ...] = (
    AccessRequest,
    User,
    EmailAddress,
    Membership,
    Organisation,
    Organisation._parler_meta.root_model,  # type: ignore[attr-defined]
    AuditEntry,
    Invitation,
)


def table_rows() -> dict[str, list[dict[str, Any]]]:
    return {model._meta.label: list(model.objects.order_by("pk").values()) for model in ROW_MODELS}


@contextmanager
def nothing_changes() -> Iterator[None]:
    """Every row of the hub's tables is the same afterwards: none added, removed or edited.

    Nor is any mail or task queued (they are queued to run once the transaction commits).
    """
    before = table_rows()
    with TestCase.captureOnCommitCallbacks() as queued:
        yield
    assert queued == [], "something was queued to run after commit (mail, task)"
    after = table_rows()
    assert {k: len(v) for k, v in after.items()} == {k: len(v) for k, v in before.items()}
    for label, rows in before.items():
        assert after[label] == rows, f"rows of {label} changed"


def field_errors(html: str, name: str) -> list[str]:
    """The texts of the error paragraphs inside the block of field ``name``.

    Each field is rendered as one ``<div class="field …">`` holding its label, errors and
    input (``core/includes/field.html``); the block ends where the next field begins.
    """
    errors: list[str] = []
    for block in html.split('<div class="field')[1:]:
        if f'for="id_{name}"' not in block.split("</label>", 1)[0]:
            continue
        for text in re.findall(r'<p class="error"[^>]*>(.*?)</p>', block, re.S):
            errors.append(" ".join(unescape(strip_tags(text)).split()))
    return errors


def summary_errors(html: str) -> list[str]:
    """The items of every error summary on the page."""
    items: list[str] = []
    for block in re.findall(r'<div class="error-summary".*?</ul>', html, re.S):
        items += [
            " ".join(unescape(strip_tags(li)).split())
            for li in re.findall(r"<li>(.*?)</li>", block, re.S)
        ]
    return items


def assert_field_error(response: Any, name: str, message: str, *, summary: bool = True) -> None:
    html = response.content.decode()
    errors = field_errors(html, name)
    assert any(message in error for error in errors), (
        f"no error {message!r} next to {name!r}; found {errors}"
    )
    if summary:
        assert f'href="#id_{name}"' in html, f"the summary does not link to {name!r}"
        assert any(message in item for item in summary_errors(html)), (
            f"no error {message!r} in the summary; found {summary_errors(html)}"
        )


def assert_not_injected(html: str) -> None:
    for payload in INJECTIONS:
        assert payload not in html
    assert "<img src=x" not in html


def assert_shown_escaped(html: str, value: str) -> None:
    assert value not in html, f"{value!r} is shown unescaped"
    assert escape(value) in html, f"{value!r} is not shown (escaped) at all"


def client_as(user: User | None) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@dataclasses.dataclass(frozen=True)
class Case:
    """One bad value for one field; ``also`` changes other fields to make the case."""

    field: str
    value: str
    message: str
    also: dict[str, str] = dataclasses.field(default_factory=dict)

    def __str__(self) -> str:
        shown = (
            "long" if len(self.value) > 100 else ("empty" if not self.value.strip() else self.value)
        )
        return f"{self.field}={shown}"


def cases(*items: Case) -> Any:
    return pytest.mark.parametrize("case", items, ids=[str(item) for item in items])


def at_most(n: int) -> str:
    return f"Ensure this value has at most {n} characters"


# --- access request (public) --------------------------------------------------------------------

UNLISTED = {"organisation": "", "proposed_organisation": "Assembly of Atlantis"}


def access_request_data(cast: Cast, **changes: str) -> dict[str, str]:
    data = {
        "full_name": "Ana Applicant",
        "email": "ana@assembly.example",
        "organisation": str(cast.home.pk),
        "proposed_organisation": "",
        "proposed_country": "",
        "position": "Head of IT",
        "reason": "To lead our self-assessment.",
        "preferred_language": "fr",
        "homepage": "",
    }
    data.update(changes)
    return data


@cases(
    Case("full_name", LONG, at_most(150)),
    Case("full_name", "", REQUIRED),
    Case("full_name", "   ", REQUIRED),
    Case("email", "a" * 4980 + "@assembly.example", at_most(254)),
    Case("email", "", REQUIRED),
    Case("email", "not-an-email", INVALID_EMAIL),
    Case("email", SCRIPT, INVALID_EMAIL),
    Case("email", IMG, INVALID_EMAIL),
    Case("organisation", "999999", INVALID_CHOICE),
    Case("organisation", "abc", INVALID_CHOICE),
    Case("organisation", LONG, INVALID_CHOICE),
    Case("organisation", SCRIPT, INVALID_CHOICE),
    Case("organisation", IMG, INVALID_CHOICE),
    Case("organisation", "", "Choose your organisation, or name it if it is not listed."),
    Case("proposed_organisation", LONG, at_most(200), {"organisation": ""}),
    Case("proposed_country", "ZZ", INVALID_CHOICE, UNLISTED),
    Case("proposed_country", SCRIPT, INVALID_CHOICE, UNLISTED),
    Case("proposed_country", "", "Give the country of the organisation you name.", UNLISTED),
    Case("position", LONG, at_most(150)),
    Case("position", "", REQUIRED),
    Case("reason", LONG, at_most(2000)),
    Case("reason", "", REQUIRED),
    Case("preferred_language", "xx", INVALID_CHOICE),
    Case("preferred_language", "en-gb", INVALID_CHOICE),
    Case("preferred_language", "", REQUIRED),
    Case("preferred_language", SCRIPT, INVALID_CHOICE),
    Case("preferred_language", LONG, INVALID_CHOICE),
)
def test_access_request_refuses_bad_input(client: Client, cast: Cast, case: Case) -> None:
    data = access_request_data(cast, **case.also, **{case.field: case.value})
    with nothing_changes():
        response = client.post(reverse("organisations:access_request"), data)
    assert response.status_code == 200
    assert_field_error(response, case.field, case.message)
    assert_not_injected(response.content.decode())


def test_access_request_refuses_an_inactive_organisation(client: Client, cast: Cast) -> None:
    gone = OrganisationFactory(is_active=False)
    with nothing_changes():
        response = client.post(
            reverse("organisations:access_request"),
            access_request_data(cast, organisation=str(gone.pk)),
        )
    assert response.status_code == 200
    assert_field_error(response, "organisation", INVALID_CHOICE)


@pytest.mark.parametrize("payload", INJECTIONS, ids=["script", "img"])
@pytest.mark.parametrize("name", ["full_name", "position", "reason", "proposed_organisation"])
def test_access_request_stores_free_text_verbatim_and_shows_it_escaped(
    client: Client, cast: Cast, name: str, payload: str
) -> None:
    data = access_request_data(cast, **{name: f"Ana {payload}"})
    if name == "proposed_organisation":
        data.update(organisation="", proposed_country="FR")
    response = client.post(reverse("organisations:access_request"), data)
    assert response.status_code == 302
    stored = AccessRequest.objects.get(email="ana@assembly.example")
    assert getattr(stored, name) == f"Ana {payload}"

    coordinator = client_as(cast.coordinator)
    detail = coordinator.get(reverse("organisations:access_request_detail", args=[stored.pk]))
    assert detail.status_code == 200
    assert_shown_escaped(detail.content.decode(), f"Ana {payload}")
    if name != "reason":  # the queue does not show the reason
        queue = coordinator.get(reverse("organisations:queue"))
        assert_shown_escaped(queue.content.decode(), f"Ana {payload}")


def test_free_text_reaches_the_coordinators_mail_as_typed(
    client: Client, cast: Cast, django_capture_on_commit_callbacks: Any
) -> None:
    # Mail is plain text: nothing in it may be HTML-escaped.
    name = f"Ana O'Brien & Co {SCRIPT}"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("organisations:access_request"), access_request_data(cast, full_name=name)
        )
    assert response.status_code == 302
    (message,) = mail.outbox
    assert message.to == [cast.coordinator.email]
    assert message.subject.endswith(f"New access request from {name}")
    assert name in message.body
    assert "&#x27;" not in message.subject + message.body
    assert "&amp;" not in message.subject + message.body


def test_access_request_honeypot_stores_nothing_and_says_thanks(client: Client, cast: Cast) -> None:
    data = access_request_data(cast, homepage="http://spam.example/")
    with nothing_changes():
        response = client.post(reverse("organisations:access_request"), data, follow=True)
    assert response.redirect_chain == [(reverse("organisations:access_request_sent"), 302)]
    assert response.status_code == 200
    assert "your request has been sent" in response.content.decode()


def test_access_request_rate_limit(client: Client, cast: Cast, settings: Any) -> None:
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "access_request": "2/h/ip"}
    url = reverse("organisations:access_request")
    for n in range(2):
        response = client.post(url, access_request_data(cast, email=f"ana{n}@assembly.example"))
        assert response.status_code == 302
    assert AccessRequest.objects.count() == 2
    with nothing_changes():
        response = client.post(url, access_request_data(cast, email="ana9@assembly.example"))
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()


@pytest.mark.parametrize("variant", ["same", "upper case"])
def test_access_request_for_an_address_with_access_is_refused(
    client: Client, cast: Cast, variant: str
) -> None:
    email = cast.member.email if variant == "same" else cast.member.email.upper()
    with nothing_changes():
        response = client.post(
            reverse("organisations:access_request"), access_request_data(cast, email=email)
        )
    assert response.status_code == 200
    assert_field_error(response, "email", "already has access to the hub")


@pytest.mark.parametrize("variant", ["same", "upper case"])
def test_access_request_for_an_address_already_waiting_is_refused(
    client: Client, cast: Cast, variant: str
) -> None:
    AccessRequestFactory(email="ana@assembly.example", organisation=cast.home)
    email = "ana@assembly.example" if variant == "same" else "ANA@Assembly.example"
    with nothing_changes():
        response = client.post(
            reverse("organisations:access_request"), access_request_data(cast, email=email)
        )
    assert response.status_code == 200
    assert_field_error(response, "email", "already waiting for a decision")


def test_a_declined_address_may_ask_again(client: Client, cast: Cast) -> None:
    AccessRequestFactory(
        email="ana@assembly.example", organisation=cast.home, status=AccessRequestStatus.DECLINED
    )
    response = client.post(reverse("organisations:access_request"), access_request_data(cast))
    assert response.status_code == 302
    assert AccessRequest.objects.filter(email="ana@assembly.example").count() == 2


# --- grant and decline (coordinator) ---------------------------------------------------------


@pytest.fixture
def pending(cast: Cast) -> AccessRequest:
    return AccessRequestFactory(
        full_name="Ana Applicant", email="ana@assembly.example", organisation=cast.home
    )


@cases(
    Case("organisation", "999999", INVALID_CHOICE),
    Case("organisation", "abc", INVALID_CHOICE),
    Case("organisation", LONG, INVALID_CHOICE),
    Case("organisation", SCRIPT, INVALID_CHOICE),
    Case("organisation", IMG, INVALID_CHOICE),
    Case("organisation", "", REQUIRED),
    Case("role", "king", INVALID_CHOICE),
    Case("role", "coordinator", INVALID_CHOICE),
    Case("role", "", REQUIRED),
    Case("role", SCRIPT, INVALID_CHOICE),
    Case("role", LONG, INVALID_CHOICE),
)
def test_grant_refuses_bad_input(cast: Cast, pending: AccessRequest, case: Case) -> None:
    client = client_as(cast.coordinator)
    data = {"organisation": str(cast.home.pk), "role": "member", case.field: case.value}
    with nothing_changes():
        response = client.post(
            reverse("organisations:access_request_grant", args=[pending.pk]), data
        )
    assert response.status_code == 400
    assert_field_error(response, case.field, case.message)
    assert_not_injected(response.content.decode())


def test_grant_refuses_an_inactive_organisation(cast: Cast, pending: AccessRequest) -> None:
    gone = OrganisationFactory(is_active=False)
    client = client_as(cast.coordinator)
    with nothing_changes():
        response = client.post(
            reverse("organisations:access_request_grant", args=[pending.pk]),
            {"organisation": str(gone.pk), "role": "member"},
        )
    assert response.status_code == 400
    assert_field_error(response, "organisation", INVALID_CHOICE)


def test_grant_refuses_an_address_that_gained_access_meanwhile(cast: Cast) -> None:
    request = AccessRequestFactory(email=cast.other_member.email, organisation=cast.home)
    client = client_as(cast.coordinator)
    with nothing_changes():
        response = client.post(
            reverse("organisations:access_request_grant", args=[request.pk]),
            {"organisation": str(cast.home.pk), "role": "member"},
        )
    assert response.status_code == 400
    assert any("already has access" in item for item in summary_errors(response.content.decode()))


@pytest.mark.parametrize("action", ["grant", "decline"])
def test_a_decided_request_cannot_be_decided_again(cast: Cast, action: str) -> None:
    decided = AccessRequestFactory(organisation=cast.home, status=AccessRequestStatus.DECLINED)
    client = client_as(cast.coordinator)
    data = {"organisation": str(cast.home.pk), "role": "member", "reason": "No."}
    with nothing_changes():
        response = client.post(
            reverse(f"organisations:access_request_{action}", args=[decided.pk]), data
        )
    assert response.status_code == 400


@cases(
    Case("reason", "", REQUIRED),
    Case("reason", "   ", REQUIRED),
    Case("reason", LONG, at_most(2000)),
)
def test_decline_refuses_bad_input(cast: Cast, pending: AccessRequest, case: Case) -> None:
    client = client_as(cast.coordinator)
    with nothing_changes():
        response = client.post(
            reverse("organisations:access_request_decline", args=[pending.pk]),
            {case.field: case.value},
        )
    assert response.status_code == 400
    assert_field_error(response, case.field, case.message)


@pytest.mark.parametrize("payload", INJECTIONS, ids=["script", "img"])
def test_decline_reason_is_stored_verbatim_and_shown_escaped(
    cast: Cast, pending: AccessRequest, payload: str
) -> None:
    client = client_as(cast.coordinator)
    response = client.post(
        reverse("organisations:access_request_decline", args=[pending.pk]), {"reason": payload}
    )
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == AccessRequestStatus.DECLINED
    assert pending.decline_reason == payload
    detail = client.get(reverse("organisations:access_request_detail", args=[pending.pk]))
    assert_shown_escaped(detail.content.decode(), payload)


# --- add an organisation (coordinator) ------------------------------------------------------


def organisation_data(**changes: str) -> dict[str, str]:
    data = {
        "name": "Assembly of Atlantis",
        "kind": "unicameral",
        "country": "FR",
        "region": "europe",
        "website": "https://atlantis.example/",
        "joined_on": "2024-03-01",
        "description": "",
    }
    data.update(changes)
    return data


@cases(
    Case("name", LONG, at_most(200)),
    Case("name", "", REQUIRED),
    Case("name", "Home Parliament", "An organisation with this name already exists."),
    Case("name", "home parliament", "An organisation with this name already exists."),
    Case("kind", "castle", INVALID_CHOICE),
    Case("kind", "", REQUIRED),
    Case("kind", SCRIPT, INVALID_CHOICE),
    Case("country", "ZZ", INVALID_CHOICE),
    Case("country", "", REQUIRED),
    Case("country", SCRIPT, INVALID_CHOICE),
    Case("country", LONG, INVALID_CHOICE),
    Case("region", "atlantis", INVALID_CHOICE),
    Case("region", "", REQUIRED),
    Case("region", IMG, INVALID_CHOICE),
    Case("website", "not a web address", "Enter a valid URL."),
    Case("website", "javascript:alert(1)", "Enter a valid URL."),
    Case("website", "https://atlantis.example/" + "a" * 5000, at_most(300)),
    Case("website", SCRIPT, "Enter a valid URL."),
    Case("joined_on", "abc", "Enter a valid date."),
    Case("joined_on", "2024-02-30", "Enter a valid date."),
    Case("joined_on", "", REQUIRED),
    Case("joined_on", LONG, "Enter a valid date."),
    Case("description", LONG, at_most(2000)),
)
def test_organisation_create_refuses_bad_input(cast: Cast, case: Case) -> None:
    client = client_as(cast.coordinator)
    with nothing_changes():
        response = client.post(
            reverse("organisations:create"), organisation_data(**{case.field: case.value})
        )
    assert response.status_code == 200
    assert_field_error(response, case.field, case.message)
    assert_not_injected(response.content.decode())


@pytest.mark.parametrize("payload", INJECTIONS, ids=["script", "img"])
def test_organisation_name_and_description_are_stored_verbatim_and_shown_escaped(
    cast: Cast, payload: str
) -> None:
    client = client_as(cast.coordinator)
    response = client.post(
        reverse("organisations:create"),
        organisation_data(name=f"Assembly {payload}", description=f"About {payload}"),
    )
    assert response.status_code == 302
    organisation = Organisation.objects.get(name=f"Assembly {payload}")
    organisation.set_current_language("en")
    assert organisation.description == f"About {payload}"
    detail = client_as(None).get(response["Location"]).content.decode()
    assert_shown_escaped(detail, f"Assembly {payload}")
    assert_shown_escaped(detail, f"About {payload}")
    directory = client_as(None).get(reverse("organisations:directory")).content.decode()
    assert_shown_escaped(directory, f"Assembly {payload}")


def test_organisation_create_from_a_request_that_does_not_exist(cast: Cast) -> None:
    client = client_as(cast.coordinator)
    with nothing_changes():
        response = client.get(reverse("organisations:create") + "?from_request=999999")
    assert response.status_code == 404
    for value in ("abc", SCRIPT, LONG):
        response = client.get(reverse("organisations:create"), {"from_request": value})
        assert response.status_code == 200
        assert_not_injected(response.content.decode())


# --- invite a colleague (focal point) --------------------------------------------------------


def invite_data(**changes: str) -> dict[str, str]:
    data = {
        "full_name": "Carla Colleague",
        "email": "carla@home.example",
        "position": "Developer",
        "role": "member",
        "preferred_language": "es",
    }
    data.update(changes)
    return data


@cases(
    Case("full_name", LONG, at_most(150)),
    Case("full_name", "", REQUIRED),
    Case("email", "a" * 4980 + "@home.example", at_most(254)),
    Case("email", "", REQUIRED),
    Case("email", "not-an-email", INVALID_EMAIL),
    Case("email", SCRIPT, INVALID_EMAIL),
    Case("email", IMG, INVALID_EMAIL),
    Case("position", LONG, at_most(150)),
    Case("position", "", REQUIRED),
    Case("role", "king", INVALID_CHOICE),
    Case("role", "", REQUIRED),
    Case("role", SCRIPT, INVALID_CHOICE),
    Case("preferred_language", "xx", INVALID_CHOICE),
    Case("preferred_language", "", REQUIRED),
    Case("preferred_language", LONG, INVALID_CHOICE),
    Case("preferred_language", IMG, INVALID_CHOICE),
)
def test_invite_refuses_bad_input(cast: Cast, case: Case) -> None:
    client = client_as(cast.focal_point)
    with nothing_changes():
        response = client.post(
            reverse("organisations:invite", args=[cast.home.slug]),
            invite_data(**{case.field: case.value}),
        )
    assert response.status_code == 200
    assert_field_error(response, case.field, case.message)
    assert_not_injected(response.content.decode())


@pytest.mark.parametrize("who", ["member of another organisation", "hub staff", "upper case"])
def test_invite_refuses_an_address_that_has_access(cast: Cast, who: str) -> None:
    email = {
        "member of another organisation": cast.other_member.email,
        "hub staff": cast.reviewer.email,
        "upper case": cast.member.email.upper(),
    }[who]
    client = client_as(cast.focal_point)
    with nothing_changes():
        response = client.post(
            reverse("organisations:invite", args=[cast.home.slug]), invite_data(email=email)
        )
    assert response.status_code == 200
    assert_field_error(response, "email", "already has access to the hub")


@pytest.mark.parametrize("payload", INJECTIONS, ids=["script", "img"])
def test_invited_name_and_position_are_stored_verbatim_and_shown_escaped(
    cast: Cast, payload: str
) -> None:
    client = client_as(cast.focal_point)
    response = client.post(
        reverse("organisations:invite", args=[cast.home.slug]),
        invite_data(full_name=f"Carla {payload}", position=f"Dev {payload}"),
    )
    assert response.status_code == 302
    membership = Membership.objects.get(user__email="carla@home.example")
    assert membership.user.full_name == f"Carla {payload}"
    assert membership.position == f"Dev {payload}"
    page = client.get(reverse("organisations:detail", args=[cast.home.slug])).content.decode()
    assert_shown_escaped(page, f"Carla {payload}")
    assert_shown_escaped(page, f"Dev {payload}")


# --- change a colleague's role (focal point) --------------------------------------------------


@pytest.mark.parametrize("value", ["king", "", "coordinator", SCRIPT, LONG])
def test_membership_role_refuses_bad_input(cast: Cast, value: str) -> None:
    # The role is chosen in a row of the people table; a refusal comes back as a message
    # at the top of the organisation's page.
    membership = Membership.objects.get(user=cast.member)
    client = client_as(cast.focal_point)
    with nothing_changes():
        response = client.post(
            reverse("organisations:membership_role", args=[cast.home.slug, membership.pk]),
            {"role": value},
            follow=True,
        )
    assert response.redirect_chain == [
        (reverse("organisations:detail", args=[cast.home.slug]), 302)
    ]
    html = response.content.decode()
    assert "Choose a role from the list." in html
    assert_not_injected(html)


def test_the_last_focal_point_cannot_step_down_or_leave(cast: Cast) -> None:
    own = Membership.objects.get(user=cast.focal_point)
    client = client_as(cast.focal_point)
    for name, data in [
        ("organisations:membership_role", {"role": MembershipRole.MEMBER}),
        ("organisations:membership_end", {}),
    ]:
        with nothing_changes():
            response = client.post(reverse(name, args=[cast.home.slug, own.pk]), data, follow=True)
        assert response.status_code == 200
        assert "keeps at least one focal point" in response.content.decode()


# --- set a first password through an invitation -------------------------------------------------

INVITATION_TOKEN = "bad-input-invitation-token"


@pytest.fixture
def invitation(db: None) -> Invitation:
    invitee = UserFactory(email="nia@home.example", full_name="Nia Banda")
    invitee.set_unusable_password()
    invitee.save(update_fields=["password"])
    return Invitation.objects.create(
        user=invitee,
        token_hash=hashlib.sha256(INVITATION_TOKEN.encode()).hexdigest(),
        expires_at=timezone.now() + timedelta(days=3),
    )


GOOD_PASSWORD = "Kalahari-sunrise-24"


@cases(
    Case("password1", "", REQUIRED, {"password2": GOOD_PASSWORD}),
    Case("password2", "", REQUIRED, {"password1": GOOD_PASSWORD}),
    Case("password1", "Kalahari-sunrise-" + "x" * 5000, at_most(128)),
    Case("password2", "Kalahari-sunrise-" + "x" * 5000, at_most(128)),
    Case("password2", "Kalahari-sunrise-25", "The two passwords do not match."),
    Case("password2", "short", "too short", {"password1": "short"}),
    Case("password2", "12345678901234", "entirely numeric", {"password1": "12345678901234"}),
    Case("password2", "password1234", "too common", {"password1": "password1234"}),
    Case("password2", "nia@home.example", "too similar", {"password1": "nia@home.example"}),
    Case("password2", SCRIPT, "The two passwords do not match."),
)
def test_first_password_refuses_bad_input(
    client: Client, invitation: Invitation, case: Case
) -> None:
    data = {"password1": GOOD_PASSWORD, "password2": GOOD_PASSWORD, case.field: case.value}
    data.update(case.also)
    with nothing_changes():
        response = client.post(reverse("accounts:invitation_accept", args=[INVITATION_TOKEN]), data)
    assert response.status_code == 200
    assert_field_error(response, case.field, case.message)
    # Passwords are never sent back to the browser.
    html = response.content.decode()
    assert_not_injected(html)
    assert GOOD_PASSWORD not in html
    invitation.user.refresh_from_db()
    assert not invitation.user.has_usable_password()


@pytest.mark.parametrize("token", ["not-a-token", "x" * 5000, "%3Cscript%3E"])
def test_first_password_with_a_bad_token(
    client: Client, invitation: Invitation, token: str
) -> None:
    with nothing_changes():
        response = client.post(
            f"/en/invitations/invitation/{token}/",
            {"password1": GOOD_PASSWORD, "password2": GOOD_PASSWORD},
        )
    assert response.status_code == 404
    assert "not valid any more" in response.content.decode()
    assert_not_injected(response.content.decode())


# --- directory filter (GET) ------------------------------------------------------------------


@cases(
    Case("region", "atlantis", INVALID_CHOICE),
    Case("region", SCRIPT, INVALID_CHOICE),
    Case("kind", "castle", INVALID_CHOICE),
    Case("kind", IMG, INVALID_CHOICE),
    Case("country", "ZZ", INVALID_CHOICE),
    # A real country where no member organisation is: not among the choices either.
    Case("country", "IS", INVALID_CHOICE),
    Case("country", LONG, INVALID_CHOICE),
    Case("q", LONG, at_most(100)),
)
def test_directory_filter_refuses_bad_input(client: Client, cast: Cast, case: Case) -> None:
    with nothing_changes():
        response = client.get(reverse("organisations:directory"), {case.field: case.value})
    assert response.status_code == 200
    # The filter form sits above the list and has no error summary of its own.
    assert_field_error(response, case.field, case.message, summary=False)
    html = response.content.decode()
    assert_not_injected(html)
    # The list is not filtered by a value it refused.
    assert "Home Parliament" in html and "Other Parliament" in html


@pytest.mark.parametrize("payload", INJECTIONS, ids=["script", "img"])
def test_directory_search_text_is_echoed_escaped(client: Client, cast: Cast, payload: str) -> None:
    response = client.get(reverse("organisations:directory"), {"q": payload, "page": payload})
    assert response.status_code == 200
    assert_shown_escaped(response.content.decode(), payload)


# --- audit log filter (GET, coordinator) --------------------------------------------------


@pytest.mark.parametrize(
    "params",
    [
        {"action": "no.such.action"},
        {"action": SCRIPT},
        {"action": IMG},
        {"action": LONG},
        {"page": "abc"},
        {"page": SCRIPT},
        {"page": "999999"},
    ],
    ids=[
        "unknown action",
        "script action",
        "img action",
        "long action",
        "page abc",
        "page script",
        "page too far",
    ],
)
def test_audit_log_filter_survives_bad_input(cast: Cast, params: dict[str, str]) -> None:
    client = client_as(cast.coordinator)
    with nothing_changes():
        response = client.get(reverse("audit_log"), params)
    assert response.status_code == 200
    html = response.content.decode()
    assert_not_injected(html)
    if "action" in params:
        assert "Nothing recorded yet." in html


# --- language switch -------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["xx", "", "en-gb", SCRIPT, LONG])
def test_set_language_ignores_an_unknown_language(cast: Cast, value: str) -> None:
    client = client_as(cast.member)
    with nothing_changes():
        response = client.post(reverse("set_language"), {"language": value, "next": "/en/"})
    assert response.status_code == 302
    assert_not_injected(response["Location"])


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/", SCRIPT])
def test_set_language_does_not_redirect_elsewhere(cast: Cast, target: str) -> None:
    client = client_as(cast.member)
    response = client.post(reverse("set_language"), {"language": "fr", "next": target})
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]
    assert_not_injected(response["Location"])
