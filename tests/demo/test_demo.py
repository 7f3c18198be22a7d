from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models import Count, Q

from govhub.accounts.models import User
from govhub.organisations.models import AccessRequest, Membership, Organisation
from govhub.organisations.selectors import headline_figures
from govhub.translation.provenance import TranslationStatus

pytestmark = pytest.mark.django_db


def _snapshot() -> tuple[int, ...]:
    return (
        User.objects.count(),
        Organisation.objects.count(),
        Membership.objects.count(),
        AccessRequest.objects.count(),
    )


def test_demo_builds_the_hub_of_the_seed_and_a_second_run_changes_nothing() -> None:
    out = StringIO()
    call_command("demo", stdout=out)
    figures = headline_figures()
    assert figures.organisations == 52
    assert figures.individual_accesses == 96
    assert "coordinator@govhub.example" in out.getvalue()
    assert "govhub-demo-2026" in out.getvalue()

    # Every organisation has a focal point; every region is represented.
    without_focal_point = Organisation.objects.annotate(
        focal=Count("memberships", filter=Q(memberships__role="focal_point"))
    ).filter(focal=0)
    assert not without_focal_point.exists()
    assert Organisation.objects.values("region").distinct().count() == 6
    assert AccessRequest.objects.filter(status="pending").count() == 3
    assert AccessRequest.objects.filter(status="declined").count() == 1

    # The hub team and the personas can sign in with the printed password.
    for email in ("coordinator@govhub.example", "focal@govhub.example", "member@govhub.example"):
        assert User.objects.get(email=email).check_password("govhub-demo-2026")
    assert User.objects.get(email="coordinator@govhub.example").is_coordinator

    # Descriptions exist in four languages with their provenance.
    parliament = Organisation.objects.get(name="European Parliament")
    statuses = dict(parliament.translations.values_list("language_code", "status"))
    assert statuses["en"] == TranslationStatus.ORIGINAL
    assert set(statuses) == {"en", "fr", "es", "pt"}

    before = _snapshot()
    again = StringIO()
    call_command("demo", stdout=again)
    assert "already loaded" in again.getvalue()
    assert _snapshot() == before


def test_demo_is_the_same_for_the_same_seed() -> None:
    call_command("demo", stdout=StringIO())
    first = sorted(Membership.objects.values_list("user__email", "organisation__name", "role"))
    Membership.objects.all().delete()
    AccessRequest.objects.all().delete()
    User.objects.all().delete()
    Organisation.objects.all().delete()
    call_command("demo", stdout=StringIO())
    second = sorted(Membership.objects.values_list("user__email", "organisation__name", "role"))
    assert first == second
