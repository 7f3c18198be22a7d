"""Shared fixtures: one person per role, and helpers to act as them."""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core.cache import cache

from govhub.accounts.models import HubRole, User
from govhub.accounts.services import user_set_hub_roles
from govhub.organisations.models import MembershipRole, Organisation
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests
# make around it are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROLES = (
    "anonymous",
    "member",
    "focal_point",
    "other_member",
    "reviewer",
    "editor",
    "coordinator",
)


@dataclass
class Cast:
    """The people of a small hub: organisation ``home`` and organisation ``other``."""

    home: Organisation
    other: Organisation
    member: User
    focal_point: User
    other_member: User
    other_focal_point: User
    reviewer: User
    editor: User
    coordinator: User

    def user(self, role: str) -> User | None:
        return None if role == "anonymous" else getattr(self, role)


def make_staff(role: str, **kwargs: object) -> User:
    user = UserFactory(**kwargs)
    user_set_hub_roles(user=user, roles=[role], by=None)
    TOTP.activate(user, generate_totp_secret())
    return user


@pytest.fixture(autouse=True)
def _clear_cache() -> None:
    cache.clear()


@pytest.fixture
def cast(db: None) -> Cast:
    home = OrganisationFactory(name="Home Parliament", slug="home-parliament")
    other = OrganisationFactory(name="Other Parliament", slug="other-parliament", country="CL")
    return Cast(
        home=home,
        other=other,
        member=MembershipFactory(organisation=home, user__full_name="Mia Member").user,
        focal_point=MembershipFactory(
            organisation=home, role=MembershipRole.FOCAL_POINT, user__full_name="Fred Focal"
        ).user,
        other_member=MembershipFactory(organisation=other, user__full_name="Otto Other").user,
        other_focal_point=MembershipFactory(
            organisation=other, role=MembershipRole.FOCAL_POINT
        ).user,
        reviewer=make_staff(HubRole.REVIEWER, full_name="Rita Reviewer"),
        editor=make_staff(HubRole.EDITOR, full_name="Ed Editor"),
        coordinator=make_staff(HubRole.COORDINATOR, full_name="Cora Coordinator"),
    )
