"""Reads about organisations that more than one page needs."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from govhub.accounts.models import User
from govhub.organisations.models import (
    AccessRequest,
    AccessRequestStatus,
    Membership,
    MembershipRole,
    Organisation,
)


@dataclass(frozen=True)
class HeadlineFigures:
    individual_accesses: int
    organisations: int
    countries: int


def headline_figures() -> HeadlineFigures:
    """Active individual accesses (memberships) and the active organisations they belong to."""
    accesses = Membership.objects.filter(
        is_active=True, user__is_active=True, organisation__is_active=True
    ).count()
    organisations = Organisation.objects.filter(is_active=True).aggregate(
        n=Count("id"), countries=Count("country", distinct=True)
    )
    return HeadlineFigures(
        individual_accesses=accesses,
        organisations=organisations["n"],
        countries=organisations["countries"],
    )


def organisation_directory(
    *, region: str = "", kind: str = "", country: str = "", query: str = ""
) -> QuerySet[Organisation]:
    """Active organisations with their translations and access counts, filtered."""
    organisations = (
        Organisation.objects.filter(is_active=True)
        .prefetch_related("translations")
        .annotate(
            access_count=Count(
                "memberships",
                filter=Q(memberships__is_active=True, memberships__user__is_active=True),
            )
        )
        .order_by("name")
    )
    if region:
        organisations = organisations.filter(region=region)
    if kind:
        organisations = organisations.filter(kind=kind)
    if country:
        organisations = organisations.filter(country=country)
    if query:
        organisations = organisations.filter(name__icontains=query)
    return organisations


def directory_countries() -> list[str]:
    """Country codes that have at least one active organisation."""
    codes = (
        Organisation.objects.filter(is_active=True)
        .values_list("country", flat=True)
        .distinct()
        .order_by("country")
    )
    return [str(code) for code in codes]


def organisation_people(organisation: Organisation) -> QuerySet[Membership]:
    """Active memberships of an organisation, focal points first."""
    return (
        Membership.objects.filter(organisation=organisation, is_active=True, user__is_active=True)
        .select_related("user")
        .order_by("-role", "user__full_name")
    )


def focal_points(organisation: Organisation) -> QuerySet[Membership]:
    return organisation_people(organisation).filter(role=MembershipRole.FOCAL_POINT)


def user_memberships(user: User) -> QuerySet[Membership]:
    return (
        Membership.objects.filter(user=user, is_active=True, organisation__is_active=True)
        .select_related("organisation")
        .order_by("organisation__name")
    )


def access_request_queue(*, status: str = AccessRequestStatus.PENDING) -> QuerySet[AccessRequest]:
    """Requests of one status, oldest first, with what the queue shows already joined."""
    return (
        AccessRequest.objects.filter(status=status)
        .select_related("organisation", "decided_by")
        .order_by("created_at", "id")
    )


def access_request_counts() -> dict[str, int]:
    rows = AccessRequest.objects.values("status").annotate(n=Count("id"))
    counts = dict.fromkeys(AccessRequestStatus.values, 0)
    counts.update({row["status"]: row["n"] for row in rows})
    return counts
