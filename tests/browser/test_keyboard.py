"""Keyboard-only use, pages without JavaScript, and narrow screens."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from govhub.assessments.services import assessment_open
from govhub.frameworks.models import Domain
from govhub.frameworks.services import framework_import
from govhub.organisations.models import AccessRequest, AccessRequestStatus
from tests.browser.conftest import MAIN_SUBMIT, open_context, sign_in, sign_in_quickly
from tests.conftest import Cast
from tests.factories import PASSWORD
from tests.frameworks.documents import framework_document

# How far Tab may travel before we call an element unreachable.
MAX_TABS = 40


def _active(page: Page, script: str) -> object:
    return page.evaluate(f"(() => {{ const el = document.activeElement; return {script}; }})()")


def tab_to(page: Page, selector: str) -> None:
    """Press Tab until ``selector`` has focus; fail if it never gets it.

    On the way, every element that takes focus must show that it has it.
    """
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        described = _active(page, "el.outerHTML.slice(0, 120)")
        outline = _active(page, "getComputedStyle(el).outlineStyle")
        assert outline != "none", f"No visible focus on {described}"
        if _active(page, f"el.matches({selector!r})"):
            return
    raise AssertionError(f"{selector} is not reachable with Tab")


def test_skip_link_is_first_and_moves_focus_to_main(page: Page, cast: Cast) -> None:
    page.goto("/en/organisations/")
    page.keyboard.press("Tab")
    assert _active(page, "el.className") == "skip-link"
    assert _active(page, "el.textContent.trim()") == "Skip to main content"
    # The skip link is hidden until it has focus, then it is on screen.
    box = page.locator(".skip-link").bounding_box()
    assert box is not None and box["x"] >= 0 and box["y"] >= 0

    page.keyboard.press("Enter")
    assert _active(page, "el.id") == "main"
    # The next Tab continues inside the main content, not in the header.
    page.keyboard.press("Tab")
    assert _active(page, "!!el.closest('main')")


def test_request_access_with_the_keyboard_only(page: Page, cast: Cast) -> None:
    page.goto("/en/organisations/request-access/")

    tab_to(page, "#id_full_name")
    page.keyboard.type("Kim Keyboard")
    page.keyboard.press("Tab")
    assert _active(page, "el.id") == "id_email"
    page.keyboard.type("kim.keyboard@assembly.example")
    page.keyboard.press("Tab")
    assert _active(page, "el.id") == "id_organisation"
    # A closed select picks the option whose label starts with what is typed.
    page.keyboard.type("Home")
    expect(page.locator("#id_organisation")).to_have_value(str(cast.home.pk))
    tab_to(page, "#id_position")
    page.keyboard.type("Network engineer")
    page.keyboard.press("Tab")
    assert _active(page, "el.id") == "id_reason"
    page.keyboard.type("To follow the learning paths.")
    # The honeypot field must not be in the Tab order: the next stop after the language
    # is the submit button.
    page.keyboard.press("Tab")
    assert _active(page, "el.id") == "id_preferred_language"
    page.keyboard.press("Tab")
    assert _active(page, "el.type") == "submit"
    assert _active(page, "!!el.closest('main')")
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r"/en/organisations/request-access/sent/$"))
    access_request = AccessRequest.objects.get(email="kim.keyboard@assembly.example")
    assert access_request.full_name == "Kim Keyboard"
    assert access_request.organisation == cast.home
    assert access_request.status == AccessRequestStatus.PENDING


def test_form_errors_can_be_reached_from_the_summary(page: Page, cast: Cast) -> None:
    page.goto("/en/organisations/request-access/")
    tab_to(page, "main form button[type=submit]")
    page.keyboard.press("Enter")
    page.wait_for_selector(".error-summary")
    assert not AccessRequest.objects.exists()

    # Each error in the summary links to its field, and following it moves focus there.
    tab_to(page, ".error-summary a[href='#id_full_name']")
    page.keyboard.press("Enter")
    assert _active(page, "el.id") == "id_full_name"


def test_authenticator_secret_can_be_reached_and_copied(page: Page, cast: Cast) -> None:
    # People who cannot scan the QR code type or paste the secret into their app instead.
    sign_in(page, cast.member)
    page.goto("/en/accounts/2fa/totp/activate/")
    page.fill("input[name=password]", PASSWORD)
    page.click(MAIN_SUBMIT)
    page.wait_for_url(re.compile(r"/en/accounts/2fa/totp/activate/$"))

    tab_to(page, "#authenticator_secret")
    secret = page.locator("#authenticator_secret").input_value()
    assert secret
    selected = _active(
        page, "(el.select(), el.value.substring(el.selectionStart, el.selectionEnd))"
    )
    assert selected == secret
    expect(page.locator("#authenticator_secret")).to_have_accessible_description(
        re.compile("reinstall your authenticator app")
    )


@pytest.mark.parametrize(
    "path",
    ["/en/organisations/", "/en/organisations/home-parliament/?x=1", "/en/"],
    ids=["directory", "organisation", "home"],
)
def test_language_switcher_works_without_javascript(
    browser: Browser, site_url: str, cast: Cast, path: str
) -> None:
    with open_context(browser, site_url, java_script_enabled=False) as context:
        page = context.new_page()
        page.goto(path)
        with page.expect_navigation():
            page.get_by_role("button", name="Français").click()
        expected = path.replace("/en/", "/fr/", 1)
        assert page.url == f"{site_url}{expected}"
        assert page.locator("html").get_attribute("lang") == "fr"
        expect(page.locator(".language-switcher button[aria-current=true]")).to_have_text(
            "Français"
        )


def _first_domain_of_an_assessment(cast: Cast) -> str:
    framework = framework_import(data=framework_document(domains=2, practices=3), by=None)
    assessment = assessment_open(
        organisation=cast.home, framework=framework, cycle=2027, by=cast.focal_point
    )
    first = Domain.objects.filter(framework=framework).order_by("order").first()
    assert first is not None
    return f"/assessments/{assessment.pk}/domains/{first.order}/"


NARROW_PAGES = {
    "home": (None, "/"),
    "directory": (None, "/organisations/"),
    "organisation": (None, "/organisations/home-parliament/"),
    "request-access": (None, "/organisations/request-access/"),
    # A wide table of people, with visually hidden labels inside it.
    "organisation-managed": ("focal_point", "/organisations/home-parliament/"),
    "my-hub": ("focal_point", "/dashboard/"),
    "assessment-answers": ("member", _first_domain_of_an_assessment),
}


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("page_name", list(NARROW_PAGES))
def test_no_horizontal_scroll_at_320_pixels(
    browser: Browser, site_url: str, cast: Cast, page_name: str, language: str
) -> None:
    role, path = NARROW_PAGES[page_name]
    if callable(path):
        path = path(cast)
    with open_context(browser, site_url, viewport={"width": 320, "height": 640}) as context:
        if role:
            user = cast.user(role)
            assert user is not None
            sign_in_quickly(context, user, base_url=site_url)
        page = context.new_page()
        page.goto(f"/{language}{path}")
        assert page.url == f"{site_url}/{language}{path}"
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"{path} is {width}px wide at a 320px viewport"
