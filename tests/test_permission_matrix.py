"""Every URL of the project, for every role, with the answer written down (STYLE.md habit 6).

The table ``MATRIX`` names each route (``namespace:name``) with a sample address and the
expected answer per role for GET, and for POST where the view has a POST action. A route
the resolver knows but the table does not makes ``test_every_route_is_in_the_matrix`` fail
with the route's name: a new URL needs a written row.

Answers are status codes, or ``Redirect(…)`` for a 302 whose ``Location`` must lead to a
given page (``LOGIN`` is the sign-in page and must carry ``next``, ``ADMIN_LOGIN`` the
administration's).

POST requests carry an empty body unless the row says otherwise (``post_data``): they prove
who reaches the form handling (200 or 400 with errors, 302 after an action or a refusal
shown as a message) and who is turned away before it, without relying on valid data
(which ``test_bad_input`` and the view tests cover).

The people are logged in with ``force_login``: allauth then has no record of a recent
sign-in, so the pages it guards with "re-enter your password" (turning on TOTP, recovery
codes) answer with a redirect to re-authenticate — the answer of a session that signed in
a while ago.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from govhub.accounts.models import Invitation, User
from govhub.assessments import services as assessment_services
from govhub.assessments.models import Answer as AssessmentAnswer
from govhub.assessments.models import Assessment, Evidence
from govhub.assessments.storage import evidence_storage
from govhub.frameworks.services import framework_import
from govhub.organisations.models import AccessRequest, Membership
from tests.conftest import ROLES, Cast
from tests.factories import AccessRequestFactory, OrganisationFactory, UserFactory

INVITATION_TOKEN = "a-known-invitation-token-for-the-matrix"


@dataclass(frozen=True)
class Redirect:
    """A 302 whose ``Location`` path is ``to``.

    ``to`` is a route name without arguments, a literal path ("/…"), or a function of the
    world giving the path (see ``url``). ``keeps_next``: the target is a sign-in page that
    must bring the person back.
    """

    to: str | Callable[[World], str]
    keeps_next: bool = False
    label: str = ""

    def path(self, world: World) -> str:
        if callable(self.to):
            return self.to(world)
        return self.to if self.to.startswith("/") else reverse(self.to)

    def __str__(self) -> str:
        return f"302 → {self.label or self.to}"


LOGIN = Redirect("account_login", keeps_next=True)
ADMIN_LOGIN = Redirect("admin:login", keeps_next=True)
# Nothing to return to: a sign-in step reached without a sign-in in progress.
LOGIN_AFRESH = Redirect("account_login")
# Where allauth's logout (ACCOUNT_LOGOUT_REDIRECT_URL) and set_language without "next" go;
# the site root then sends the person to the home page in their language.
SITE_ROOT = Redirect("/")
Expected = int | Redirect


def expect(default: Expected, **per_role: Expected) -> dict[str, Expected]:
    """``default`` for every role, except the roles named."""
    unknown = set(per_role) - set(ROLES)
    assert not unknown, f"unknown roles {unknown}"
    return {role: per_role.get(role, default) for role in ROLES}


def signed_in(answer: Expected, **per_role: Expected) -> dict[str, Expected]:
    """Anonymous people are sent to sign in; everyone signed in gets ``answer``."""
    return expect(answer, **{"anonymous": LOGIN, **per_role})


def coordinator_only(answer: Expected = 200) -> dict[str, Expected]:
    return expect(403, anonymous=LOGIN, coordinator=answer)


def managers_of_home(answer: Expected) -> dict[str, Expected]:
    """Focal points of ``home`` and coordinators; for anyone else the page does not exist."""
    return expect(404, anonymous=LOGIN, focal_point=answer, coordinator=answer)


def staff_and_others(*, staff: Expected, others: Expected) -> dict[str, Expected]:
    """Hub staff hold a TOTP authenticator (see ``conftest.make_staff``); members do not."""
    return signed_in(others, reviewer=staff, editor=staff, coordinator=staff)


def assessment_of_home(
    *, members: Expected, reviewer: Expected, coordinator: Expected, **per_role: Expected
) -> dict[str, Expected]:
    """An assessment of ``home``: its people, reviewers and coordinators may see it; for
    members of other organisations and editors it does not exist (404)."""
    answers: dict[str, Expected] = {
        "member": members,
        "focal_point": members,
        "reviewer": reviewer,
        "coordinator": coordinator,
        **per_role,
    }
    return signed_in(404, **answers)


PNG = b"\x89PNG\r\n\x1a\n" + bytes(24)


def mini_framework(key: str) -> dict[str, Any]:
    """A framework file with one domain of one practice: enough to reach every page."""
    return {
        "format": "govhub-framework/1",
        "id": key,
        "version": "1",
        "source_language": "en",
        "title": {"en": f"Framework {key}"},
        "domains": [
            {
                "id": f"{key}.lead",
                "title": {"en": "Leadership"},
                "practices": [
                    {
                        "id": f"{key}.lead.strategy",
                        "title": {"en": "IT strategy"},
                        "levels": [{"en": f"Level {n}"} for n in range(6)],
                    }
                ],
            }
        ],
    }


@dataclass
class Assessments:
    """Two assessments of ``home``: one in progress, one submitted for review."""

    in_progress: Assessment
    submitted: Assessment
    evidence_file: Evidence
    evidence_link: Evidence

    @property
    def in_progress_answer(self) -> AssessmentAnswer:
        return self.in_progress.answers.get()

    @property
    def submitted_answer(self) -> AssessmentAnswer:
        return self.submitted.answers.get()


def build_assessments(cast: Cast) -> Assessments:
    opened = {
        key: assessment_services.assessment_open(
            organisation=cast.home,
            framework=framework_import(data=mini_framework(key), by=None),
            cycle=2026,
            by=cast.focal_point,
        )
        for key in ("matrix-open", "matrix-review")
    }
    submitted = opened["matrix-review"]
    answer = submitted.answers.get()
    assessment_services.answer_save(
        answer=answer,
        by=cast.focal_point,
        revision=answer.revision,
        current_level=2,
        target_level=3,
    )
    assessment_services.assessment_submit(assessment=submitted, by=cast.focal_point)
    in_progress_answer = opened["matrix-open"].answers.get()
    return Assessments(
        in_progress=opened["matrix-open"],
        submitted=submitted,
        evidence_file=assessment_services.evidence_add_file(
            answer=in_progress_answer, by=cast.member, name="strategy.png", data=PNG
        ),
        evidence_link=assessment_services.evidence_add_link(
            answer=in_progress_answer, by=cast.member, url="https://strategy.example/"
        ),
    )


@dataclass
class World:
    """The cast plus the objects the sample addresses point to."""

    cast: Cast
    access_request: AccessRequest
    membership: Membership
    invitee: User

    @functools.cached_property
    def assessments(self) -> Assessments:
        # Built only for the rows that need them: importing frameworks takes a while.
        return build_assessments(self.cast)


def build_world(cast: Cast) -> World:
    invitee = UserFactory(full_name="Ines Invitee")
    Invitation.objects.create(
        user=invitee,
        token_hash=hashlib.sha256(INVITATION_TOKEN.encode()).hexdigest(),
        expires_at=timezone.now() + timedelta(days=3),
    )
    return World(
        cast=cast,
        access_request=AccessRequestFactory(organisation=cast.home),
        membership=Membership.objects.get(user=cast.member, organisation=cast.home),
        invitee=invitee,
    )


def url(name: str, **kwargs: Any) -> Callable[[World], str]:
    """A sample address whose kwargs are literals or functions of the world."""

    def build(world: World) -> str:
        return reverse(name, kwargs={k: v(world) if callable(v) else v for k, v in kwargs.items()})

    return build


def home_slug(world: World) -> str:
    return world.cast.home.slug


def access_request_pk(world: World) -> int:
    return world.access_request.pk


def membership_pk(world: World) -> int:
    return world.membership.pk


def in_progress_pk(world: World) -> int:
    return world.assessments.in_progress.pk


def framework_key(world: World) -> str:
    return world.assessments.in_progress.framework.key


def submitted_pk(world: World) -> int:
    return world.assessments.submitted.pk


def in_progress_answer_pk(world: World) -> int:
    return world.assessments.in_progress_answer.pk


def submitted_answer_pk(world: World) -> int:
    return world.assessments.submitted_answer.pk


TO_HOME = Redirect(url("organisations:detail", slug=home_slug), label="organisations:detail")
TO_IN_PROGRESS = Redirect(url("assessments:detail", pk=in_progress_pk), label="the assessment")
TO_SUBMITTED = Redirect(url("assessments:detail", pk=submitted_pk), label="the assessment")
TO_DOMAIN = Redirect(
    url("assessments:domain", pk=in_progress_pk, order=0), label="the domain's answers"
)
TO_SUBMITTED_DOMAIN = Redirect(
    url("assessments:domain", pk=submitted_pk, order=0), label="the domain's answers"
)


@dataclass(frozen=True)
class Row:
    sample: Callable[[World], str]
    get: dict[str, Expected]
    post: dict[str, Expected] | None = None
    post_data: dict[str, str] = field(default_factory=dict)


MATRIX: dict[str, Row] = {
    # --- the project's own pages --------------------------------------------------------
    "healthz": Row(url("healthz"), get=expect(200)),
    "set_language": Row(url("set_language"), get=expect(405), post=expect(SITE_ROOT)),
    "home": Row(url("home"), get=expect(200)),
    "home_dashboard": Row(url("home_dashboard"), get=signed_in(200)),
    "audit_log": Row(url("audit_log"), get=coordinator_only()),
    "accounts:invitation_accept": Row(
        # The token is the permission: whoever holds a usable link may set the password.
        url("accounts:invitation_accept", token=INVITATION_TOKEN),
        get=expect(200),
        post=expect(200),
    ),
    "organisations:directory": Row(url("organisations:directory"), get=expect(200)),
    "organisations:detail": Row(url("organisations:detail", slug=home_slug), get=expect(200)),
    "organisations:access_request": Row(
        url("organisations:access_request"), get=expect(200), post=expect(200)
    ),
    "organisations:access_request_sent": Row(
        url("organisations:access_request_sent"), get=expect(200)
    ),
    "organisations:create": Row(
        url("organisations:create"), get=coordinator_only(), post=coordinator_only(200)
    ),
    "organisations:queue": Row(url("organisations:queue"), get=coordinator_only()),
    # Coordinator-only pages refuse other roles with 403 before looking the object up, so
    # the answer is the same whether the request exists or not.
    "organisations:access_request_detail": Row(
        url("organisations:access_request_detail", pk=access_request_pk),
        get=coordinator_only(),
    ),
    "organisations:access_request_grant": Row(
        url("organisations:access_request_grant", pk=access_request_pk),
        get=coordinator_only(405),
        post=coordinator_only(400),
    ),
    "organisations:access_request_decline": Row(
        url("organisations:access_request_decline", pk=access_request_pk),
        get=coordinator_only(405),
        post=coordinator_only(400),
    ),
    "organisations:invite": Row(
        url("organisations:invite", slug=home_slug),
        get=managers_of_home(200),
        post=managers_of_home(200),
    ),
    "organisations:membership_role": Row(
        url("organisations:membership_role", slug=home_slug, pk=membership_pk),
        get=signed_in(405),
        post=managers_of_home(TO_HOME),
    ),
    "organisations:membership_end": Row(
        url("organisations:membership_end", slug=home_slug, pk=membership_pk),
        get=signed_in(405),
        post=managers_of_home(TO_HOME),
    ),
    # --- assessments --------------------------------------------------------------------------
    # Samples: ``in_progress`` and ``submitted`` assessments of ``home`` (see Assessments).
    "assessments:mine": Row(url("assessments:mine"), get=signed_in(200)),
    # Every signed-in person may read the frameworks; the sample is one an assessment uses.
    "frameworks:list": Row(url("frameworks:list"), get=signed_in(200)),
    "frameworks:detail": Row(
        url("frameworks:detail", key=framework_key, version="1"), get=signed_in(200)
    ),
    "assessments:review_queue": Row(
        url("assessments:review_queue"), get=expect(403, anonymous=LOGIN, reviewer=200)
    ),
    # Only a focal point opens an assessment for their organisation; an empty form comes back
    # with its errors.
    "assessments:open": Row(
        url("assessments:open", slug=home_slug),
        get=expect(404, anonymous=LOGIN, focal_point=200),
        post=expect(404, anonymous=LOGIN, focal_point=200),
    ),
    "assessments:detail": Row(
        url("assessments:detail", pk=in_progress_pk),
        get=assessment_of_home(members=200, reviewer=200, coordinator=200),
    ),
    "assessments:results": Row(
        url("assessments:results", pk=in_progress_pk),
        get=assessment_of_home(members=200, reviewer=200, coordinator=200),
    ),
    # Everyone who may see the answers reads them; only the organisation's people write them
    # (an empty POST is refused with 400 and the forms' errors).
    "assessments:domain": Row(
        url("assessments:domain", pk=in_progress_pk, order=0),
        get=assessment_of_home(members=200, reviewer=200, coordinator=200),
        post=assessment_of_home(members=400, reviewer=403, coordinator=403),
    ),
    # An empty POST adds nothing and comes back to the answers with a message.
    "assessments:evidence_add": Row(
        url("assessments:evidence_add", pk=in_progress_pk, answer_pk=in_progress_answer_pk),
        get=signed_in(405),
        post=assessment_of_home(members=TO_DOMAIN, reviewer=403, coordinator=403),
    ),
    "assessments:evidence_download": Row(
        url(
            "assessments:evidence_download",
            pk=in_progress_pk,
            evidence_pk=lambda w: w.assessments.evidence_file.pk,
        ),
        get=assessment_of_home(members=200, reviewer=200, coordinator=200),
    ),
    "assessments:evidence_remove": Row(
        url(
            "assessments:evidence_remove",
            pk=in_progress_pk,
            evidence_pk=lambda w: w.assessments.evidence_link.pk,
        ),
        get=signed_in(405),
        post=assessment_of_home(members=TO_DOMAIN, reviewer=403, coordinator=403),
    ),
    # The focal point's submission is refused (a practice is unanswered) with a message.
    "assessments:submit": Row(
        url("assessments:submit", pk=in_progress_pk),
        get=signed_in(405),
        post=assessment_of_home(
            members=403, focal_point=TO_IN_PROGRESS, reviewer=403, coordinator=403
        ),
    ),
    # The reviewer's empty "return" is refused (say what to change) with a message.
    "assessments:return": Row(
        url("assessments:return", pk=submitted_pk),
        get=signed_in(405),
        post=assessment_of_home(members=403, reviewer=TO_SUBMITTED, coordinator=403),
    ),
    "assessments:validate": Row(
        url("assessments:validate", pk=submitted_pk),
        get=signed_in(405),
        post=assessment_of_home(members=403, reviewer=TO_SUBMITTED, coordinator=403),
    ),
    "assessments:review_comment": Row(
        url("assessments:review_comment", pk=submitted_pk, answer_pk=submitted_answer_pk),
        get=signed_in(405),
        post=assessment_of_home(members=403, reviewer=TO_SUBMITTED_DOMAIN, coordinator=403),
        post_data={"text": "Which body approved the strategy?"},
    ),
    # Exports and the offline questionnaire: whoever may see the assessment may take it away;
    # only its organisation's people may bring answers back.
    "assessments:export_pdf": Row(
        url("assessments:export_pdf", pk=in_progress_pk),
        get=assessment_of_home(members=200, reviewer=200, coordinator=200),
    ),
    "assessments:export_xlsx": Row(
        url("assessments:export_xlsx", pk=in_progress_pk),
        get=assessment_of_home(members=200, reviewer=200, coordinator=200),
    ),
    "assessments:export_json": Row(
        url("assessments:export_json", pk=in_progress_pk),
        get=assessment_of_home(members=200, reviewer=200, coordinator=200),
    ),
    "assessments:questionnaire_download": Row(
        url("assessments:questionnaire_download", pk=in_progress_pk),
        get=assessment_of_home(members=200, reviewer=200, coordinator=200),
    ),
    "assessments:questionnaire_upload": Row(
        url("assessments:questionnaire_upload", pk=in_progress_pk),
        get=assessment_of_home(members=200, reviewer=403, coordinator=403),
        post=assessment_of_home(members=400, reviewer=403, coordinator=403),
    ),
    # --- allauth: signing in and out ------------------------------------------------------
    "account_login": Row(
        url("account_login"),
        get=expect(Redirect("home_dashboard"), anonymous=200),
        post=expect(Redirect("home_dashboard"), anonymous=200),
    ),
    "account_logout": Row(
        url("account_logout"),
        get=signed_in(200, anonymous=SITE_ROOT),
        post=expect(SITE_ROOT),
    ),
    "account_inactive": Row(url("account_inactive"), get=expect(200)),
    # Sign-up is closed (AccountAdapter.is_open_for_signup): anonymous people see the
    # "sign-up closed" page, also on POST; see test_signup_is_closed.
    "account_signup": Row(
        url("account_signup"),
        get=expect(Redirect("home_dashboard"), anonymous=200),
        post=expect(Redirect("home_dashboard"), anonymous=200),
    ),
    "account_reauthenticate": Row(
        url("account_reauthenticate"), get=signed_in(200), post=signed_in(200)
    ),
    "account_request_reauthentication_code": Row(
        url("account_request_reauthentication_code"), get=signed_in(200), post=signed_in(200)
    ),
    # Without a code having been requested there is nothing to confirm.
    "account_confirm_reauthentication_code": Row(
        url("account_confirm_reauthentication_code"),
        get=signed_in(Redirect("account_request_reauthentication_code")),
        post=signed_in(Redirect("account_request_reauthentication_code")),
    ),
    # Login by code is off: there is never a pending code to confirm.
    "account_confirm_login_code": Row(
        url("account_confirm_login_code"),
        get=expect(Redirect("home_dashboard"), anonymous=LOGIN_AFRESH),
        post=expect(Redirect("home_dashboard"), anonymous=LOGIN_AFRESH),
    ),
    # --- allauth: e-mail addresses and passwords ----------------------------------------------
    "account_email": Row(
        url("account_email"), get=signed_in(200), post=signed_in(Redirect("account_email"))
    ),
    "account_email_verification_sent": Row(url("account_email_verification_sent"), get=expect(200)),
    # Observed with a bogus key: GET shows the "link expired or invalid" page with 200;
    # POST answers 404.
    "account_confirm_email": Row(
        url("account_confirm_email", key="bogus-key"), get=expect(200), post=expect(404)
    ),
    "account_change_password": Row(
        url("account_change_password"), get=signed_in(200), post=signed_in(200)
    ),
    # Everyone in the cast has a password, so "set" sends them to "change".
    "account_set_password": Row(
        url("account_set_password"),
        get=signed_in(Redirect("account_change_password")),
        post=signed_in(Redirect("account_change_password")),
    ),
    "account_reset_password": Row(url("account_reset_password"), get=expect(200), post=expect(200)),
    "account_reset_password_done": Row(url("account_reset_password_done"), get=expect(200)),
    # Observed with a bogus uid and key: the "bad token" page with 200, on GET and POST.
    "account_reset_password_from_key": Row(
        url("account_reset_password_from_key", uidb36="1", key="bogus-key"),
        get=expect(200),
        post=expect(200),
    ),
    "account_reset_password_from_key_done": Row(
        url("account_reset_password_from_key_done"), get=expect(200)
    ),
    # --- allauth: two-factor authentication ---------------------------------------------------
    "mfa_index": Row(url("mfa_index"), get=signed_in(200)),
    # Only meaningful halfway through a sign-in; a finished session is sent onwards.
    "mfa_authenticate": Row(
        url("mfa_authenticate"),
        get=expect(Redirect("home_dashboard"), anonymous=LOGIN_AFRESH),
        post=expect(Redirect("home_dashboard"), anonymous=LOGIN_AFRESH),
    ),
    # Staff re-authenticate with their TOTP code; members, without one, with their password.
    "mfa_reauthenticate": Row(
        url("mfa_reauthenticate"),
        get=staff_and_others(staff=200, others=Redirect("account_reauthenticate")),
        post=staff_and_others(staff=200, others=Redirect("account_reauthenticate")),
    ),
    "mfa_activate_totp": Row(
        url("mfa_activate_totp"),
        get=signed_in(Redirect("account_reauthenticate")),
        post=signed_in(Redirect("account_reauthenticate")),
    ),
    # Members have no TOTP to turn off: 404.
    "mfa_deactivate_totp": Row(
        url("mfa_deactivate_totp"),
        get=staff_and_others(staff=Redirect("account_reauthenticate"), others=404),
        post=staff_and_others(staff=Redirect("account_reauthenticate"), others=404),
    ),
    # Nobody in the cast has generated recovery codes yet: 404.
    "mfa_view_recovery_codes": Row(url("mfa_view_recovery_codes"), get=signed_in(404)),
    "mfa_download_recovery_codes": Row(url("mfa_download_recovery_codes"), get=signed_in(404)),
    "mfa_generate_recovery_codes": Row(
        url("mfa_generate_recovery_codes"),
        get=signed_in(Redirect("account_reauthenticate")),
        post=signed_in(Redirect("account_reauthenticate")),
    ),
    # --- administration pages with their own answers (the rest: ADMIN_RULE) ---------------
    # The administration signs in through allauth (secure_admin_login in govhub/urls.py):
    # anonymous people go to the hub's sign-in page, people without the staff flag are
    # refused, staff are already in.
    "admin:login": Row(url("admin:login"), get=signed_in(403, coordinator=Redirect("admin:index"))),
    "admin:logout": Row(
        url("admin:logout"),
        get=expect(Redirect("admin:index"), coordinator=405),
        post=expect(Redirect("admin:index"), coordinator=200),
    ),
}

# The administration site generates hundreds of routes (one set per model). They are covered
# by one rule, checked on representative pages: coordinators (staff through their hub role)
# get the page; everyone else is sent to the administration's sign-in page.
ADMIN_NAMESPACE = "admin"
ADMIN_RULE = expect(ADMIN_LOGIN, coordinator=200)
ADMIN_SAMPLES: dict[str, Callable[[World], str]] = {
    "admin:index": url("admin:index"),
    "admin:organisations_organisation_changelist": url(
        "admin:organisations_organisation_changelist"
    ),
    "admin:organisations_organisation_change": url(
        "admin:organisations_organisation_change", object_id=lambda w: w.cast.home.pk
    ),
    "admin:core_auditentry_changelist": url("admin:core_auditentry_changelist"),
    "admin:accounts_user_changelist": url("admin:accounts_user_changelist"),
    "admin:organisations_accessrequest_changelist": url(
        "admin:organisations_accessrequest_changelist"
    ),
}


def _walk(
    patterns: list[URLPattern | URLResolver], namespaces: tuple[str, ...], prefix: str
) -> Iterator[tuple[str | None, str]]:
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = (*namespaces, pattern.namespace) if pattern.namespace else namespaces
            yield from _walk(pattern.url_patterns, inner, prefix + str(pattern.pattern))
        else:
            name = ":".join((*namespaces, pattern.name)) if pattern.name else None
            yield name, prefix + str(pattern.pattern)


def all_routes() -> list[tuple[str | None, str]]:
    """(route name or None, pattern) for every URL pattern, including included ones."""
    return list(_walk(get_resolver().url_patterns, (), "/"))


def _covered(name: str) -> bool:
    return name in MATRIX or name.split(":", 1)[0] == ADMIN_NAMESPACE


def test_every_route_is_in_the_matrix() -> None:
    names = {name for name, _pattern in all_routes() if name}
    missing = sorted(name for name in names if not _covered(name))
    assert not missing, (
        "These routes have no row in tests/test_permission_matrix.py MATRIX; write down "
        f"who may reach them: {', '.join(missing)}"
    )


def test_every_row_of_the_matrix_is_a_route() -> None:
    names = {name for name, _pattern in all_routes() if name}
    stale = sorted(set(MATRIX) - names)
    assert not stale, f"MATRIX rows for routes that no longer exist: {', '.join(stale)}"


def test_unnamed_routes_are_only_the_administrations() -> None:
    # An unnamed route cannot be listed in the matrix, so only the admin's may exist.
    unnamed = [
        pattern
        for name, pattern in all_routes()
        if name is None and f"/{ADMIN_NAMESPACE}/" not in pattern
    ]
    assert not unnamed, f"Give these routes a name and a MATRIX row: {unnamed}"


def test_every_role_has_an_answer() -> None:
    for name, row in MATRIX.items():
        for answers in filter(None, (row.get, row.post)):
            assert set(answers) == set(ROLES), name


# --- the matrix itself -------------------------------------------------------------------------


@pytest.fixture
def world(cast: Cast) -> Iterator[World]:
    world = build_world(cast)
    yield world
    if "assessments" in world.__dict__:
        evidence_storage().delete(world.assessments.evidence_file.file.name)


def _client_as(world: World, role: str) -> Client:
    client = Client()
    user = world.cast.user(role)
    if user is not None:
        client.force_login(user)
    return client


def _check(response: Any, expected: Expected, *, world: World, what: str) -> None:
    location = response.get("Location", "")
    if isinstance(expected, Redirect):
        assert response.status_code == 302, (
            f"{what}: expected {expected}, got {response.status_code}"
        )
        assert urlsplit(location).path == expected.path(world), (
            f"{what}: expected {expected}, got 302 → {location}"
        )
        if expected.keeps_next:
            # The sign-in page brings the person back where they were going.
            next_ = parse_qs(urlsplit(location).query).get("next")
            assert next_ == [response.wsgi_request.path], f"{what}: next={next_}"
    else:
        assert response.status_code == expected, (
            f"{what}: expected {expected}, got {response.status_code} {location}".rstrip()
        )


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("route", sorted(MATRIX))
def test_route_answers_each_role(world: World, route: str, role: str) -> None:
    row = MATRIX[route]
    address = row.sample(world)
    response = _client_as(world, role).get(address)
    _check(response, row.get[role], world=world, what=f"GET {address} as {role}")
    if row.post is not None:
        response = _client_as(world, role).post(address, row.post_data)
        _check(response, row.post[role], world=world, what=f"POST {address} as {role}")


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("page", sorted(ADMIN_SAMPLES))
def test_administration_answers_each_role(world: World, page: str, role: str) -> None:
    address = ADMIN_SAMPLES[page](world)
    response = _client_as(world, role).get(address)
    _check(response, ADMIN_RULE[role], world=world, what=f"GET {address} as {role}")


# --- object-level answers the table's single sample cannot show ------------------------------


def test_signup_is_closed(client: Client, db: None) -> None:
    response = client.get(reverse("account_signup"))
    assert response.status_code == 200
    assert "account/signup_closed.html" in [t.name for t in response.templates]
    before = User.objects.count()
    response = client.post(
        reverse("account_signup"),
        {"email": "walk-in@parliament.example", "password1": "a-long-walk-in-password-7"},
    )
    assert response.status_code == 200
    assert "account/signup_closed.html" in [t.name for t in response.templates]
    assert User.objects.count() == before
    assert not User.objects.filter(email="walk-in@parliament.example").exists()


@pytest.mark.parametrize(
    ("role", "answer"),
    [("anonymous", 404), ("member", 404), ("focal_point", 404), ("coordinator", 200)],
)
def test_inactive_organisation_is_seen_by_coordinators_only(
    world: World, role: str, answer: int
) -> None:
    gone = OrganisationFactory(is_active=False)
    response = _client_as(world, role).get(reverse("organisations:detail", args=[gone.slug]))
    assert response.status_code == answer


@pytest.mark.parametrize("role", ["focal_point", "coordinator"])
def test_missing_objects_answer_404(world: World, role: str) -> None:
    client = _client_as(world, role)
    home = world.cast.home.slug
    missing = [
        reverse("organisations:detail", args=["no-such-organisation"]),
        reverse("organisations:invite", args=["no-such-organisation"]),
    ]
    for address in missing:
        assert client.get(address).status_code == 404, address
    for name in ("organisations:membership_role", "organisations:membership_end"):
        address = reverse(name, args=[home, 999_999])
        assert client.post(address, {"role": "member"}).status_code == 404, address


def test_missing_access_request_answers_404_to_coordinators(world: World) -> None:
    client = _client_as(world, "coordinator")
    for name in ("access_request_detail", "access_request_grant", "access_request_decline"):
        address = reverse(f"organisations:{name}", args=[999_999])
        method = client.get if name == "access_request_detail" else client.post
        assert method(address).status_code == 404, address


def test_a_focal_point_cannot_reach_another_organisations_people_through_their_own(
    world: World,
) -> None:
    # The membership exists, but it belongs to ``other``: through ``home`` it is not found.
    other_membership = Membership.objects.get(user=world.cast.other_member)
    client = _client_as(world, "focal_point")
    for name in ("organisations:membership_role", "organisations:membership_end"):
        address = reverse(name, args=[world.cast.home.slug, other_membership.pk])
        assert client.post(address, {"role": "focal_point"}).status_code == 404, address
    for name in ("organisations:membership_role", "organisations:membership_end"):
        address = reverse(name, args=[world.cast.other.slug, other_membership.pk])
        assert client.post(address, {"role": "focal_point"}).status_code == 404, address
    other_membership.refresh_from_db()
    assert other_membership.is_active
    assert other_membership.role == "member"
