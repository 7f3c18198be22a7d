"""Reading translated content in the reader's language, with where it comes from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.conf import settings
from django.utils import translation

from govhub.translation.provenance import TranslationStatus


@dataclass(frozen=True)
class ShownText:
    """A text as shown to a reader: the text, its language and its provenance."""

    text: str
    language: str
    status: str
    engine: str = ""
    machine_translated_at: datetime | None = None
    reviewed_at: datetime | None = None
    requested_language: str = ""

    @property
    def is_fallback(self) -> bool:
        """True when the reader's language is missing and another one is shown."""
        return bool(self.text) and self.language != self.requested_language

    @property
    def is_machine(self) -> bool:
        return self.status == TranslationStatus.MACHINE

    @property
    def language_name(self) -> str:
        return str(dict(settings.LANGUAGES).get(self.language, self.language))


def shown_text(obj: Any, field: str, language: str | None = None) -> ShownText:
    """``field`` of a parler model in ``language`` (default: the active one).

    Falls back to the original, then to any language that has the text. Uses the
    prefetched ``translations`` when the caller prefetched them, so lists stay flat.
    """
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    rows = list(obj.translations.all())
    by_language = {row.language_code: row for row in rows if getattr(row, field, "")}
    row = by_language.get(language)
    if row is None:
        originals = [r for r in by_language.values() if r.status == TranslationStatus.ORIGINAL]
        row = originals[0] if originals else next(iter(by_language.values()), None)
    if row is None:
        return ShownText(text="", language=language, status="", requested_language=language)
    return ShownText(
        text=getattr(row, field),
        language=row.language_code,
        status=row.status,
        engine=row.machine_engine,
        machine_translated_at=row.machine_translated_at,
        reviewed_at=row.reviewed_at,
        requested_language=language,
    )
