"""The browser harness: one Chromium per test session, a fresh context per test, the live server.

Every test in this folder drives Debian's Chromium through Playwright against pytest-django's
``live_server`` (so it needs ``transactional_db``: the server thread must see what the test
wrote, and the other way round).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from allauth.mfa.utils import decrypt
from django.conf import settings as django_settings
from django.contrib.auth.models import Group
from django.test import Client
from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Page, sync_playwright

from govhub.accounts.models import HubRole, User
from tests.factories import PASSWORD

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
# Long enough for a loaded CI machine, short enough that a wrong selector fails quickly.
TIMEOUT_MS = 15_000
HERE = Path(__file__).resolve().parent

# The submit button of the page's own form. The header holds other submit buttons (the
# language switcher, "Sign out"), so a bare ``button[type=submit]`` is ambiguous.
MAIN_SUBMIT = "main form button[type=submit]"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture(autouse=True)
def _hub_role_groups(transactional_db: None) -> None:
    # A data migration creates the hub-role groups; transactional tests flush every table
    # after they run, so the next test would find none.
    for role in HubRole.values:
        Group.objects.get_or_create(name=role)


@pytest.fixture
def site_url(live_server: Any, settings: Any) -> str:
    """The live server's address, also used for the links the hub puts in its e-mails."""
    url = str(live_server.url)
    settings.SITE_URL = url
    return url


@contextmanager
def open_context(browser: Browser, base_url: str, **options: Any) -> Iterator[BrowserContext]:
    """A fresh browser profile, closed afterwards.

    Fails if a page in it broke the content security policy or threw a script error: the
    hub's pages carry no inline script or style, and nothing may need them.
    """
    options.setdefault("locale", "en-GB")
    context = browser.new_context(base_url=base_url, **options)
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS)
    problems: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text:
            problems.append(f"{message.page.url if message.page else '?'}: {message.text}")

    context.on("console", on_console)
    context.on("weberror", lambda error: problems.append(f"script error: {error.error}"))
    try:
        yield context
    finally:
        context.close()
    assert not problems, "\n".join(problems)


@pytest.fixture
def context(browser: Browser, site_url: str) -> Iterator[BrowserContext]:
    with open_context(browser, site_url) as context:
        yield context


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


# --- Two-factor codes -----------------------------------------------------------------------


def totp_secret(user: User) -> str:
    """The TOTP secret of ``user``'s authenticator, decrypted as allauth itself does."""
    authenticator = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    return decrypt(TOTP(authenticator).instance.data["secret"])


def totp_code_for_secret(secret: str) -> str:
    """The code an authenticator app shows now, never one about to run out.

    allauth accepts only the current time step (no tolerance), so a code computed in the
    last moments of its step could reach the server after it expired; wait for the next one.
    """
    period = mfa_settings.TOTP_PERIOD
    left = period - time.time() % period
    if left < 3:
        time.sleep(left + 0.2)
    counters = list(yield_hotp_counters_from_time())
    current = counters[len(counters) // 2]
    return format_hotp_value(hotp_value(secret, current))


def totp_code(user: User) -> str:
    return totp_code_for_secret(totp_secret(user))


# --- Signing in -----------------------------------------------------------------------------


def sign_in(page: Page, user: User, *, password: str = PASSWORD, language: str = "en") -> None:
    """Sign in through the real form; hub staff with an authenticator also give a code.

    Each code works once (allauth remembers used codes in the cache, which every test
    clears), so sign a person in at most once per test.
    """
    page.goto(f"/{language}/accounts/login/")
    page.fill("input[name=login]", user.email)
    page.fill("input[name=password]", password)
    page.click(MAIN_SUBMIT)
    if Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        page.wait_for_url(re.compile(r"/accounts/2fa/authenticate/"))
        page.fill("input[name=code]", totp_code(user))
        page.click(MAIN_SUBMIT)
    page.wait_for_url(re.compile(r"/dashboard/$"))


def sign_in_quickly(context: BrowserContext, user: User, *, base_url: str) -> None:
    """Give the browser a signed-in session without the form (and without a second factor).

    For tests about what a page looks like to someone signed in; tests about signing in use
    ``sign_in``.
    """
    client = Client()
    client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
    session = client.cookies[django_settings.SESSION_COOKIE_NAME]
    context.add_cookies(
        [
            {
                "name": django_settings.SESSION_COOKIE_NAME,
                "value": session.value,
                "url": base_url,
                "httpOnly": True,
                "sameSite": "Lax",
            }
        ]
    )


def sign_out(page: Page) -> None:
    with page.expect_navigation():
        page.click("header form[action*='/accounts/logout/'] button")
