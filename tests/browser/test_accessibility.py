"""axe-core on every page of the hub, in English and in French.

Each page is reached the way a person reaches it (signed in through the real form, a form
submitted with errors, an invitation link taken from the mail) and then checked; serious
and critical violations fail the test.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from playwright.sync_api import Page

from govhub.accounts.services import invitation_send, user_create
from govhub.organisations.models import AccessRequest
from tests.browser.conftest import MAIN_SUBMIT, sign_in
from tests.conftest import Cast
from tests.factories import PASSWORD, AccessRequestFactory

LANGUAGES = ("en", "fr")
FAILING_IMPACTS = {"serious", "critical", "moderate", "minor"}
AXE = Axe()


@dataclass
class Visit:
    page: Page
    cast: Cast
    language: str
    access_request: AccessRequest

    def go(self, path: str) -> None:
        response = self.page.goto(f"/{self.language}{path}")
        assert response is not None

    def sign_in(self, role: str) -> None:
        user = self.cast.user(role)
        assert user is not None
        sign_in(self.page, user, language=self.language)


def _invitation_link(visit: Visit) -> str:
    invitee = user_create(
        email="invitee@parliament.example",
        full_name="Ines Invitee",
        preferred_language=visit.language,
    )
    mail.outbox.clear()
    invitation_send(user=invitee, by=visit.cast.coordinator, context={})
    (message,) = mail.outbox
    match = re.search(r"https?://\S+/invitations/invitation/\S+/", message.body)
    assert match, message.body
    return match.group(0)


def _request_access_with_errors(visit: Visit) -> None:
    visit.go("/organisations/request-access/")
    visit.page.fill("#id_email", "not an address")
    visit.page.click(MAIN_SUBMIT)
    visit.page.wait_for_selector(".error-summary")


def _sign_in_with_errors(visit: Visit) -> None:
    visit.go("/accounts/login/")
    visit.page.fill("input[name=login]", visit.cast.member.email)
    visit.page.fill("input[name=password]", "not-the-password")
    visit.page.click(MAIN_SUBMIT)
    visit.page.wait_for_load_state()


def _sign_in_code_step(visit: Visit) -> None:
    visit.go("/accounts/login/")
    visit.page.fill("input[name=login]", visit.cast.coordinator.email)
    visit.page.fill("input[name=password]", PASSWORD)
    visit.page.click(MAIN_SUBMIT)
    visit.page.wait_for_url(re.compile(r"/accounts/2fa/authenticate/"))


def _as(role: str, path: str) -> Callable[[Visit], None]:
    def steps(visit: Visit) -> None:
        visit.sign_in(role)
        visit.go(path)

    return steps


def _anonymous(path: str) -> Callable[[Visit], None]:
    return lambda visit: visit.go(path)


def _recovery_codes(visit: Visit) -> None:
    RecoveryCodes.activate(visit.cast.coordinator)
    _as("coordinator", "/accounts/2fa/recovery-codes/")(visit)


PAGES: dict[str, Callable[[Visit], None]] = {
    "home": _anonymous("/"),
    "directory": _anonymous("/organisations/"),
    "directory-filtered": _anonymous("/organisations/?q=parliament&region=pacific&kind=unicameral"),
    "directory-no-match": _anonymous("/organisations/?q=nothing-matches-this"),
    "organisation-anonymous": _anonymous("/organisations/home-parliament/"),
    "organisation-focal-point": _as("focal_point", "/organisations/home-parliament/"),
    "request-access": _anonymous("/organisations/request-access/"),
    "request-access-errors": _request_access_with_errors,
    "request-sent": _anonymous("/organisations/request-access/sent/"),
    "sign-in": _anonymous("/accounts/login/"),
    "sign-in-errors": _sign_in_with_errors,
    "sign-in-code": _sign_in_code_step,
    "password-reset": _anonymous("/accounts/password/reset/"),
    "invitation-accept": lambda visit: visit.page.goto(_invitation_link(visit)),
    "invitation-invalid": _anonymous("/invitations/invitation/no-such-token/"),
    "not-found": _anonymous("/no-such-page/"),
    "forbidden": _as("member", "/hub/audit/"),
    "dashboard-member": _as("member", "/dashboard/"),
    "dashboard-coordinator": _as("coordinator", "/dashboard/"),
    "access-request-queue": _as("coordinator", "/organisations/access-requests/"),
    "access-request-detail": lambda visit: _as(
        "coordinator", f"/organisations/access-requests/{visit.access_request.pk}/"
    )(visit),
    "organisation-add": _as("coordinator", "/organisations/new/"),
    "invite-colleague": _as("focal_point", "/organisations/home-parliament/invite/"),
    "audit-log": _as("coordinator", "/hub/audit/"),
    "mfa-index": _as("coordinator", "/accounts/2fa/"),
    "mfa-activate-totp": _as("member", "/accounts/2fa/totp/activate/"),
    "mfa-recovery-codes": _recovery_codes,
    "mfa-recovery-codes-generate": _as("coordinator", "/accounts/2fa/recovery-codes/generate/"),
    "password-change": _as("member", "/accounts/password/change/"),
}


def _report(page_name: str, url: str, violations: list[dict]) -> str:
    lines = [f"{page_name} ({url}): {len(violations)} serious or critical axe violation(s)"]
    for violation in violations:
        lines.append(f"- {violation['id']} [{violation['impact']}] {violation['help']}")
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            lines.append(f"    at {target}: {node['failureSummary'].splitlines()[-1].strip()}")
    return "\n".join(lines)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_name", list(PAGES))
def test_page_has_no_serious_violations(page: Page, cast: Cast, page_name: str, language: str):
    access_request = AccessRequestFactory(
        organisation=cast.home, full_name="Ana Applicant", preferred_language=language
    )
    PAGES[page_name](Visit(page, cast, language, access_request))
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == language

    results = AXE.run(page)
    failing = [v for v in results.response["violations"] if v["impact"] in FAILING_IMPACTS]

    assert not failing, _report(page_name, page.url, failing)
