"""From "request access" to signing in with two factors, the way people do it in a browser."""

from __future__ import annotations

import re

from django.core import mail
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import Browser, Page, expect

from govhub.accounts.models import Invitation, User
from govhub.organisations.models import AccessRequest, AccessRequestStatus, Membership
from tests.browser.conftest import (
    MAIN_SUBMIT,
    open_context,
    sign_in,
    sign_out,
    totp_code_for_secret,
)
from tests.conftest import Cast

VISITOR_EMAIL = "vera.visitor@assembly.example"
NEW_PASSWORD = "kestrel-orchard-lantern-9"
INVITATION_LINK = re.compile(r"(https?://\S+?/(\w\w)/invitations/invitation/[\w-]+/)")


def _request_access(page: Page, cast: Cast, language: str) -> AccessRequest:
    page.goto(f"/{language}/organisations/request-access/")
    page.fill("#id_full_name", "Vera Visitor")
    page.fill("#id_email", VISITOR_EMAIL)
    page.select_option("#id_organisation", value=str(cast.home.pk))
    page.fill("#id_position", "Head of IT")
    page.fill("#id_reason", "To lead our parliament's self-assessment.")
    # The form offers the language of the page the visitor reads.
    expect(page.locator("#id_preferred_language")).to_have_value(language)
    page.click(MAIN_SUBMIT)
    page.wait_for_url(re.compile(rf"/{language}/organisations/request-access/sent/$"))

    access_request = AccessRequest.objects.get(email=VISITOR_EMAIL)
    assert access_request.status == AccessRequestStatus.PENDING
    assert access_request.organisation == cast.home
    assert access_request.preferred_language == language
    return access_request


def _grant_as_coordinator(browser: Browser, site_url: str, cast: Cast) -> None:
    with open_context(browser, site_url) as context:
        page = context.new_page()
        sign_in(page, cast.coordinator)
        page.click("header >> role=link[name='Access requests']")
        page.wait_for_url(re.compile(r"/en/organisations/access-requests/$"))
        page.get_by_role("link", name="Vera Visitor").click()
        page.wait_for_url(re.compile(r"/en/organisations/access-requests/\d+/$"))
        expect(page.get_by_role("heading", level=1)).to_have_text("Request from Vera Visitor")
        # The organisation asked for is already chosen; a member is the default role.
        expect(page.locator("#id_organisation")).to_have_value(str(cast.home.pk))
        page.get_by_role("button", name="Grant access and send the invitation").click()
        page.wait_for_url(re.compile(r"/en/organisations/access-requests/$"))
        expect(page.locator(".messages")).to_contain_text(
            f"An invitation has been sent to {VISITOR_EMAIL}"
        )


def _invitation_mail() -> mail.EmailMessage:
    messages = [m for m in mail.outbox if m.to == [VISITOR_EMAIL]]
    assert len(messages) == 1, [m.subject for m in mail.outbox]
    return messages[0]


def test_request_access_grant_set_password_and_use_two_factors(
    page: Page, browser: Browser, site_url: str, cast: Cast
) -> None:
    access_request = _request_access(page, cast, "en")
    # The coordinators hear about it.
    assert any(cast.coordinator.email in m.to for m in mail.outbox)
    mail.outbox.clear()

    _grant_as_coordinator(browser, site_url, cast)

    access_request.refresh_from_db()
    assert access_request.status == AccessRequestStatus.GRANTED
    assert access_request.decided_by == cast.coordinator
    visitor = User.objects.get(email=VISITOR_EMAIL)
    assert access_request.user == visitor
    membership = Membership.objects.get(user=visitor)
    assert (membership.organisation, membership.role, membership.is_active) == (
        cast.home,
        "member",
        True,
    )
    invitation = Invitation.objects.get(user=visitor)
    assert invitation.used_at is None
    assert not visitor.has_usable_password()

    message = _invitation_mail()
    assert message.to == [VISITOR_EMAIL]
    match = INVITATION_LINK.search(message.body)
    assert match, message.body
    link = match.group(1)
    assert link.startswith(f"{site_url}/en/invitations/invitation/")

    # The visitor follows the link; a short password is refused, next to the field and
    # in the summary at the top.
    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Set your password")
    page.fill("#id_password1", "short")
    page.fill("#id_password2", "short")
    page.click(MAIN_SUBMIT)
    too_short = "This password is too short. It must contain at least 10 characters."
    expect(page.locator(".error-summary")).to_contain_text(too_short)
    expect(page.locator(".error-summary a[href='#id_password2']")).to_be_visible()
    expect(page.locator(".field:has(#id_password2) .error")).to_contain_text(too_short)
    # ... and a screen reader hears it on reaching the field.
    expect(page.locator("#id_password2")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#id_password2")).to_have_accessible_description(
        re.compile(re.escape(too_short))
    )
    invitation.refresh_from_db()
    assert invitation.used_at is None

    page.fill("#id_password1", NEW_PASSWORD)
    page.fill("#id_password2", NEW_PASSWORD)
    page.click(MAIN_SUBMIT)
    page.wait_for_url(re.compile(r"/en/dashboard/$"))
    expect(page).to_have_title(re.compile(r"^My hub"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Vera")
    expect(page.locator(".messages")).to_contain_text("Your password is set.")
    invitation.refresh_from_db()
    assert invitation.used_at is not None
    visitor.refresh_from_db()
    assert visitor.check_password(NEW_PASSWORD)

    # Two-factor authentication: allauth asks for the password again first.
    page.get_by_role("link", name="Turn on two-factor authentication").click()
    page.wait_for_url(re.compile(r"/accounts/reauthenticate/"))
    page.fill("input[name=password]", NEW_PASSWORD)
    page.click(MAIN_SUBMIT)
    page.wait_for_url(re.compile(r"/en/accounts/2fa/totp/activate/$"))
    secret = page.locator("#authenticator_secret").input_value()
    assert re.fullmatch(r"[A-Z2-7]{16,}=*", secret), secret
    # A wrong code is refused and nothing is switched on.
    wrong = f"{(int(totp_code_for_secret(secret)) + 1) % 1_000_000:06d}"
    page.fill("input[name=code]", wrong)
    page.click(MAIN_SUBMIT)
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.locator("input[name=code]")).to_have_attribute("aria-invalid", "true")
    assert not visitor.authenticator_set.exists()
    page.fill("input[name=code]", totp_code_for_secret(secret))
    page.click(MAIN_SUBMIT)
    page.wait_for_url(re.compile(r"/en/accounts/2fa/recovery-codes/$"))
    assert visitor.authenticator_set.filter(type="totp").exists()
    assert visitor.authenticator_set.filter(type="recovery_codes").exists()

    sign_out(page)
    expect(page.locator("header")).to_contain_text("Sign in")
    page.goto("/en/dashboard/")
    page.wait_for_url(re.compile(r"/en/accounts/login/"))

    # Signing in now takes the password and a code from the authenticator app.
    sign_in(page, visitor, password=NEW_PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Welcome, Vera")
    expect(page.locator("main")).to_contain_text("Two-factor authentication is on.")


def test_the_journey_in_french(page: Page, browser: Browser, site_url: str, cast: Cast) -> None:
    with translation.override("fr"):
        french_subject = gettext("Your access to the ICT Governance Hub")
        french_heading = gettext("Request access")
        french_password_heading = gettext("Set your password")
    catalogue_compiled = french_subject != "Your access to the ICT Governance Hub"

    page.goto("/fr/organisations/request-access/")
    assert page.locator("html").get_attribute("lang") == "fr"
    if catalogue_compiled:
        expect(page.get_by_role("heading", level=1)).to_have_text(french_heading)
    _request_access(page, cast, "fr")
    assert page.locator("html").get_attribute("lang") == "fr"
    mail.outbox.clear()

    # The coordinator works in English; the invitation still speaks the requester's language.
    _grant_as_coordinator(browser, site_url, cast)
    message = _invitation_mail()
    match = INVITATION_LINK.search(message.body)
    assert match, message.body
    assert match.group(2) == "fr"
    if catalogue_compiled:
        assert message.subject == french_subject

    page.goto(match.group(1))
    assert page.locator("html").get_attribute("lang") == "fr"
    if catalogue_compiled:
        expect(page.get_by_role("heading", level=1)).to_have_text(french_password_heading)
    page.fill("#id_password1", NEW_PASSWORD)
    page.fill("#id_password2", NEW_PASSWORD)
    page.click(MAIN_SUBMIT)
    page.wait_for_url(re.compile(r"/fr/dashboard/$"))
    assert page.locator("html").get_attribute("lang") == "fr"
    if catalogue_compiled:
        with translation.override("fr"):
            expect(page).to_have_title(re.compile("^" + re.escape(gettext("My hub"))))
