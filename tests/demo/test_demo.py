from __future__ import annotations

from collections import Counter
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count, Q
from django.test import Client

from govhub.accounts.models import User
from govhub.assessments.models import Answer, Assessment
from govhub.assessments.selectors import recorded_organisation_count
from govhub.demo.loader import demo_load
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

    # Eleven organisations have recorded a self-assessment, as the seed says; three more
    # are filling in their first one, and the home page counts the eleven.
    assert recorded_organisation_count() == 11
    statuses = Counter(Assessment.objects.values_list("status", flat=True))
    assert statuses["submitted"] == 1 and statuses["returned"] == 1
    assert statuses["archived"] == 3 and statuses["validated"] == 9
    assert statuses["in_progress"] == 4
    assert "11" in Client().get("/en/").content.decode()
    assert not mail.outbox  # demo data is not announced by mail

    before = _snapshot()
    again = StringIO()
    call_command("demo", stdout=again)
    assert "already loaded" in again.getvalue()
    assert _snapshot() == before


class _Undo(Exception):
    pass


def _fingerprint_of_demo(seed: int) -> list[tuple[object, ...]]:
    """Load the demo inside a savepoint, read what it made, and roll it back."""
    result: list[tuple[object, ...]] = []
    try:
        with transaction.atomic():
            demo_load(seed=seed)
            result = sorted(
                Membership.objects.values_list("user__email", "organisation__name", "role")
            ) + sorted(
                Answer.objects.values_list(
                    "assessment__organisation__name",
                    "assessment__cycle",
                    "practice__key",
                    "current_level",
                    "target_level",
                )
            )
            raise _Undo
    except _Undo:
        pass
    return result


def test_demo_is_the_same_for_the_same_seed() -> None:
    first = _fingerprint_of_demo(2018)
    assert first == _fingerprint_of_demo(2018)
    assert first != _fingerprint_of_demo(7)
