"""Query counts of the list pages, pinned, and the same with 5 rows as with 50 (STYLE.md habit 5).

Each page is requested once before counting, so per-process caches (content types, site
settings) filled by whichever test ran first do not change the count. If a count differs
between 5 and 50 rows, a page runs one query per row: fix the selector or the template.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from govhub.accounts.models import User
from govhub.core.audit import audit_record
from govhub.organisations.models import AccessRequestStatus, MembershipRole, Region
from tests.conftest import Cast
from tests.factories import (
    AccessRequestFactory,
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

SIZES = [5, 50]


@dataclass(frozen=True)
class Page:
    """A page, who reads it, how to fill it with ``n`` rows, and its pinned query count."""

    who: str
    address: Callable[[Cast], str]
    fill: Callable[[Cast, int], None]
    queries: int


def organisations(cast: Cast, n: int) -> None:
    """``n`` organisations in Europe (each with a description and people) and ``n`` elsewhere."""
    for i in range(n):
        europe = OrganisationFactory(region=Region.EUROPE, country="FR" if i % 2 else "PT")
        OrganisationFactory(region=Region.AFRICA, country="KE")
        MembershipFactory(organisation=europe)


def access_requests(status: str) -> Callable[[Cast, int], None]:
    def fill(cast: Cast, n: int) -> None:
        decided_by = cast.coordinator if status != AccessRequestStatus.PENDING else None
        for i in range(n):
            # Half name a listed organisation, half propose one that is not listed yet.
            listed = i % 2 == 0
            AccessRequestFactory(
                organisation=OrganisationFactory() if listed else None,
                proposed_organisation="" if listed else f"Assembly {i}",
                proposed_country="" if listed else "FR",
                status=status,
                decided_by=decided_by,
            )

    return fill


def people_of_home(cast: Cast, n: int) -> None:
    for i in range(n):
        role = MembershipRole.FOCAL_POINT if i % 5 == 0 else MembershipRole.MEMBER
        MembershipFactory(organisation=cast.home, role=role, granted_by=cast.coordinator)


def memberships_of_member(cast: Cast, n: int) -> None:
    for i in range(n):
        role = MembershipRole.FOCAL_POINT if i % 2 else MembershipRole.MEMBER
        MembershipFactory(user=cast.member, role=role)


def audit_entries(cast: Cast, n: int) -> None:
    actors: list[User | None] = [cast.coordinator, UserFactory(), None]
    for i in range(n):
        audit_record(
            actor=actors[i % 3], action=f"test.action_{i % 4}", target=cast.home, reason="Why"
        )


def no_rows(cast: Cast, n: int) -> None:
    """The home page shows figures, not rows: fill it with organisations and people."""
    organisations(cast, n)


PAGES: dict[str, Page] = {
    # countries of the filter, count, page of organisations, their translations
    "directory": Page("anonymous", lambda c: reverse("organisations:directory"), organisations, 4),
    "directory, region filter": Page(
        "anonymous",
        lambda c: reverse("organisations:directory") + "?region=europe&kind=unicameral",
        organisations,
        4,
    ),
    # session, user, hub roles, TOTP check (staff), count, counts per status, page
    "access-request queue": Page(
        "coordinator",
        lambda c: reverse("organisations:queue"),
        access_requests(AccessRequestStatus.PENDING),
        7,
    ),
    "access-request queue, declined tab": Page(
        "coordinator",
        lambda c: reverse("organisations:queue") + "?status=declined",
        access_requests(AccessRequestStatus.DECLINED),
        7,
    ),
    # session, user, hub roles, organisation, its translations, "manages?", people
    "organisation detail as focal point": Page(
        "focal_point",
        lambda c: reverse("organisations:detail", args=[c.home.slug]),
        people_of_home,
        7,
    ),
    # accesses, organisations and countries, organisations that recorded an assessment
    "home": Page("anonymous", lambda c: reverse("home"), no_rows, 3),
    # session, user, hub roles, TOTP check (staff), count, page with actors, actions
    "audit log": Page("coordinator", lambda c: reverse("audit_log"), audit_entries, 7),
    # session, user, hub roles, memberships with their organisations, their latest
    # assessments, "TOTP on?"
    "my hub (dashboard)": Page(
        "member", lambda c: reverse("home_dashboard"), memberships_of_member, 6
    ),
    # The administration's organisation page lists its people inline (it used to run three
    # queries per row: the person, who granted access, the organisation). session, user,
    # hub roles, TOTP check, organisation, user and group permissions, memberships with
    # their people, the organisation's languages, people for the translation form.
    "administration: organisation with its people": Page(
        "coordinator",
        lambda c: reverse("admin:organisations_organisation_change", args=[c.home.pk]),
        people_of_home,
        10,
    ),
}


@pytest.mark.parametrize("n", SIZES)
@pytest.mark.parametrize("name", list(PAGES))
def test_query_count_is_pinned_and_flat(
    cast: Cast, django_assert_num_queries: Any, name: str, n: int
) -> None:
    page = PAGES[name]
    page.fill(cast, n)
    client = Client()
    user = cast.user(page.who)
    if user is not None:
        client.force_login(user)
    address = page.address(cast)
    assert client.get(address).status_code == 200
    with django_assert_num_queries(page.queries):
        response = client.get(address)
    assert response.status_code == 200


def test_the_pages_show_the_rows_they_were_counted_with(cast: Cast) -> None:
    # Guards the counts above against pages that stopped showing their rows.
    organisations(cast, 5)
    access_requests(AccessRequestStatus.PENDING)(cast, 5)
    people_of_home(cast, 5)
    audit_entries(cast, 5)
    anonymous, coordinator, focal_point = Client(), Client(), Client()
    coordinator.force_login(cast.coordinator)
    focal_point.force_login(cast.focal_point)

    directory = anonymous.get(reverse("organisations:directory")).content.decode()
    assert directory.count('href="/en/organisations/parliament-') >= 10
    europe = anonymous.get(reverse("organisations:directory"), {"region": "europe"})
    assert europe.context["page"].paginator.count == 5
    queue = coordinator.get(reverse("organisations:queue"))
    assert len(queue.context["page"].object_list) == 5
    detail = focal_point.get(reverse("organisations:detail", args=[cast.home.slug]))
    assert len(detail.context["people"]) == 2 + 5
    audit = coordinator.get(reverse("audit_log"))
    assert len(audit.context["page"].object_list) >= 5
