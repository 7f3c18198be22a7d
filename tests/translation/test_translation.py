from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from govhub.translation.provenance import TranslationStatus
from govhub.translation.selectors import shown_text
from govhub.translation.services import translation_set
from tests.factories import OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_provenance_is_recorded_per_language() -> None:
    editor = UserFactory()
    organisation = OrganisationFactory(description="")
    translation_set(
        obj=organisation, language="en", values={"description": "Original."}, status="original"
    )
    translation_set(
        obj=organisation,
        language="fr",
        values={"description": "Traduit."},
        status="machine",
        engine="libretranslate",
    )
    translation_set(
        obj=organisation,
        language="pt",
        values={"description": "Revisto."},
        status="reviewed",
        by=editor,
    )
    rows = {row.language_code: row for row in organisation.translations.all()}
    assert rows["fr"].machine_engine == "libretranslate"
    assert rows["fr"].machine_translated_at is not None
    assert rows["pt"].reviewed_by == editor
    assert rows["pt"].reviewed_at is not None
    assert rows["en"].status == TranslationStatus.ORIGINAL

    shown = shown_text(organisation, "description", "fr")
    assert (shown.text, shown.is_machine, shown.is_fallback) == ("Traduit.", True, False)
    fallback = shown_text(organisation, "description", "es")
    assert (fallback.text, fallback.language, fallback.is_fallback) == ("Original.", "en", True)
    with translation.override("pt"):
        assert shown_text(organisation, "description").text == "Revisto."


@pytest.mark.parametrize(
    ("language", "status", "engine", "by"),
    [
        ("xx", "original", "", False),
        ("fr", "invented", "", False),
        ("fr", "machine", "", False),
        ("fr", "reviewed", "", False),
    ],
)
def test_incomplete_provenance_is_refused(
    language: str, status: str, engine: str, by: bool
) -> None:
    organisation = OrganisationFactory()
    before = list(organisation.translations.values_list("language_code", "description"))
    with pytest.raises(ValidationError):
        translation_set(
            obj=organisation,
            language=language,
            values={"description": "x"},
            status=status,
            engine=engine,
            by=UserFactory() if by else None,
        )
    after = list(organisation.translations.values_list("language_code", "description"))
    assert before == after
