"""axe-core on every page of the hub, in English and in French.

Each page is reached the way a person reaches it (a form submitted with errors, an invitation
link taken from the mail, the password asked again before two-factor settings) and then
checked; serious and critical violations fail the test. Signing in itself is checked on its
own pages; elsewhere the browser gets a signed-in session directly, which keeps the module fast.
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
from govhub.assessments import services as assessment_services
from govhub.assessments.models import Answer, Assessment
from govhub.frameworks.models import Domain
from govhub.frameworks.services import framework_import
from govhub.organisations.models import AccessRequest
from tests.browser.conftest import MAIN_SUBMIT, sign_in_quickly
from tests.conftest import Cast
from tests.factories import PASSWORD, AccessRequestFactory
from tests.frameworks.documents import framework_document

LANGUAGES = ("en", "fr")
FAILING_IMPACTS = {"serious", "critical"}
AXE = Axe()


@dataclass
class Visit:
    page: Page
    cast: Cast
    language: str
    access_request: AccessRequest
    base_url: str

    def go(self, path: str) -> None:
        response = self.page.goto(f"/{self.language}{path}")
        assert response is not None

    def sign_in(self, role: str) -> None:
        user = self.cast.user(role)
        assert user is not None
        sign_in_quickly(self.page.context, user, base_url=self.base_url)


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
    visit.page.wait_for_selector(".error-summary")


def _sign_in_code_step(visit: Visit) -> None:
    visit.go("/accounts/login/")
    visit.page.fill("input[name=login]", visit.cast.coordinator.email)
    visit.page.fill("input[name=password]", PASSWORD)
    visit.page.click(MAIN_SUBMIT)
    visit.page.wait_for_url(re.compile(r"/accounts/2fa/authenticate/"))


def _as(role: str, path: str, *, reauthenticate: bool = False) -> Callable[[Visit], None]:
    def steps(visit: Visit) -> None:
        visit.sign_in(role)
        visit.go(path)
        if reauthenticate:
            # allauth asks for the password again before any change to two-factor settings.
            visit.page.wait_for_url(re.compile(r"/accounts/reauthenticate/"))
            visit.page.fill("input[name=password]", PASSWORD)
            visit.page.click(MAIN_SUBMIT)
        # The page itself, not a sign-in or other page it might send people to.
        visit.page.wait_for_url(re.compile(re.escape(f"/{visit.language}{path}") + "$"))

    return steps


def _anonymous(path: str) -> Callable[[Visit], None]:
    return lambda visit: visit.go(path)


def _invitation_accept(visit: Visit) -> None:
    visit.page.goto(_invitation_link(visit))
    visit.page.wait_for_selector("#id_password1")


def _access_request_detail(visit: Visit) -> None:
    _as("coordinator", f"/organisations/access-requests/{visit.access_request.pk}/")(visit)


def _recovery_codes(visit: Visit) -> None:
    RecoveryCodes.activate(visit.cast.coordinator)
    _as("coordinator", "/accounts/2fa/recovery-codes/", reauthenticate=True)(visit)


def _assessment(visit: Visit, *, answered: bool = False, submitted: bool = False) -> Assessment:
    """An open self-assessment of the home parliament, answered and submitted if asked."""
    framework = framework_import(data=framework_document(domains=2, practices=3), by=None)
    assessment = assessment_services.assessment_open(
        organisation=visit.cast.home, framework=framework, cycle=2027, by=visit.cast.focal_point
    )
    if answered or submitted:
        for answer in Answer.objects.filter(assessment=assessment):
            assessment_services.answer_save(
                answer=answer,
                by=visit.cast.focal_point,
                revision=answer.revision,
                current_level=2,
                target_level=4,
            )
    if submitted:
        assessment_services.assessment_submit(assessment=assessment, by=visit.cast.focal_point)
    return assessment


def _assessment_page(role: str, suffix: str = "", **state: bool) -> Callable[[Visit], None]:
    def steps(visit: Visit) -> None:
        assessment = _assessment(visit, **state)
        _as(role, f"/assessments/{assessment.pk}/{suffix}")(visit)

    return steps


def _assessment_domain(visit: Visit) -> None:
    assessment = _assessment(visit)
    first = Domain.objects.filter(framework=assessment.framework).order_by("order").first()
    assert first is not None
    _as("member", f"/assessments/{assessment.pk}/domains/{first.order}/")(visit)


def _review_queue(visit: Visit) -> None:
    _assessment(visit, submitted=True)
    _as("reviewer", "/assessments/review/")(visit)


def _my_assessments(visit: Visit) -> None:
    _assessment(visit)
    _as("focal_point", "/assessments/")(visit)


def _questionnaire_upload_with_errors(visit: Visit) -> None:
    assessment = _assessment(visit)
    _as("focal_point", f"/assessments/{assessment.pk}/questionnaire/upload/")(visit)
    visit.page.set_input_files(
        "#id_file",
        {
            "name": "answers.xlsx",
            "mimeType": "application/octet-stream",
            "buffer": b"not a workbook",
        },
    )
    visit.page.click(MAIN_SUBMIT)
    visit.page.wait_for_selector("#problems-title")


def _framework_detail(visit: Visit) -> None:
    assessment = _assessment(visit)
    framework = assessment.framework
    _as("member", f"/frameworks/{framework.key}/{framework.version}/")(visit)


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
    "invitation-accept": _invitation_accept,
    "invitation-invalid": _anonymous("/invitations/invitation/no-such-token/"),
    "not-found": _anonymous("/no-such-page/"),
    "forbidden": _as("member", "/hub/audit/"),
    "dashboard-member": _as("member", "/dashboard/"),
    "dashboard-coordinator": _as("coordinator", "/dashboard/"),
    "access-request-queue": _as("coordinator", "/organisations/access-requests/"),
    "access-request-detail": _access_request_detail,
    "organisation-add": _as("coordinator", "/organisations/new/"),
    "invite-colleague": _as("focal_point", "/organisations/home-parliament/invite/"),
    "audit-log": _as("coordinator", "/hub/audit/"),
    "mfa-index": _as("coordinator", "/accounts/2fa/"),
    "reauthenticate": _as("member", "/accounts/reauthenticate/"),
    "mfa-activate-totp": _as("member", "/accounts/2fa/totp/activate/", reauthenticate=True),
    "mfa-recovery-codes": _recovery_codes,
    "mfa-recovery-codes-generate": _as(
        "coordinator", "/accounts/2fa/recovery-codes/generate/", reauthenticate=True
    ),
    "password-change": _as("member", "/accounts/password/change/"),
    "assessments-mine": _my_assessments,
    "assessment-open": _as("focal_point", "/assessments/open/home-parliament/"),
    "assessment-detail": _assessment_page("focal_point"),
    "assessment-domain": _assessment_domain,
    "assessment-results": _assessment_page("focal_point", "results/", answered=True),
    "assessment-review-queue": _review_queue,
    "assessment-under-review": _assessment_page("reviewer", submitted=True),
    "questionnaire-upload": _assessment_page("focal_point", "questionnaire/upload/"),
    "frameworks": _as("member", "/frameworks/"),
    "framework-detail": _framework_detail,
    "questionnaire-upload-errors": _questionnaire_upload_with_errors,
}


def _report(page_name: str, url: str, violations: list[dict]) -> str:
    lines = [f"{page_name} ({url}): {len(violations)} serious or critical axe violation(s)"]
    for violation in violations:
        lines.append(f"- {violation['id']} [{violation['impact']}] {violation['help']}")
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            summary = (node.get("failureSummary") or "").strip().splitlines()
            lines.append(f"    at {target}: {summary[-1].strip() if summary else ''}")
    return "\n".join(lines)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page_name", list(PAGES))
def test_page_has_no_serious_violations(
    page: Page, site_url: str, cast: Cast, page_name: str, language: str
) -> None:
    access_request = AccessRequestFactory(
        organisation=cast.home, full_name="Ana Applicant", preferred_language=language
    )
    PAGES[page_name](Visit(page, cast, language, access_request, site_url))
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == language

    results = AXE.run(page)
    failing = [v for v in results.response["violations"] if v["impact"] in FAILING_IMPACTS]

    assert not failing, _report(page_name, page.url, failing)
