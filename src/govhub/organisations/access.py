"""One access function per object kind. Each answers 404 for "missing" and "not yours" alike."""

from __future__ import annotations

from typing import Any

from django.http import Http404

from govhub.organisations.models import AccessRequest, Membership, MembershipRole, Organisation


def organisation_for_reader(user: Any, slug: str) -> Organisation:
    """An organisation page: everyone sees active ones; coordinators also inactive ones."""
    organisations = Organisation.objects.prefetch_related("translations")
    if not getattr(user, "is_coordinator", False):
        organisations = organisations.filter(is_active=True)
    organisation = organisations.filter(slug=slug).first()
    if organisation is None:
        raise Http404
    return organisation


def user_manages_organisation(user: Any, organisation: Organisation) -> bool:
    """Coordinators manage every organisation; focal points manage their own."""
    if not user.is_authenticated:
        return False
    if getattr(user, "is_coordinator", False):
        return True
    return Membership.objects.filter(
        user=user,
        organisation=organisation,
        role=MembershipRole.FOCAL_POINT,
        is_active=True,
    ).exists()


def organisation_for_manager(user: Any, slug: str) -> Organisation:
    organisation = organisation_for_reader(user, slug)
    if not user_manages_organisation(user, organisation):
        raise Http404
    return organisation


def membership_for_manager(user: Any, slug: str, pk: int) -> Membership:
    organisation = organisation_for_manager(user, slug)
    membership = (
        Membership.objects.select_related("user", "organisation")
        .filter(pk=pk, organisation=organisation, is_active=True)
        .first()
    )
    if membership is None:
        raise Http404
    return membership


def access_request_for_coordinator(user: Any, pk: int) -> AccessRequest:
    if not getattr(user, "is_coordinator", False):
        raise Http404
    access_request = (
        AccessRequest.objects.select_related("organisation", "decided_by", "user")
        .filter(pk=pk)
        .first()
    )
    if access_request is None:
        raise Http404
    return access_request
