"""Writing translated content with its provenance."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from govhub.translation.provenance import TranslationStatus


@transaction.atomic
def translation_set(
    *,
    obj: Any,
    language: str,
    values: dict[str, str],
    status: str,
    engine: str = "",
    by: Any | None = None,
    require_reviewer: bool = True,
) -> None:
    """Store ``values`` for ``obj`` in ``language`` and record where they come from.

    ``status`` is ``original``, ``machine`` (``engine`` required) or ``reviewed`` (``by``
    required unless ``require_reviewer`` is false, as for texts reviewed by the authors of an
    imported file). Raises ``ValidationError`` for an unknown language or status.
    """
    if language not in dict(settings.LANGUAGES):
        raise ValidationError(_("This language is not offered."))
    if status not in TranslationStatus.values:
        raise ValidationError(_("Unknown translation status."))
    if status == TranslationStatus.MACHINE and not engine:
        raise ValidationError(_("A machine translation names its engine."))
    if status == TranslationStatus.REVIEWED and by is None and require_reviewer:
        raise ValidationError(_("A reviewed translation names its reviewer."))
    now = timezone.now()
    obj.set_current_language(language)
    for field, value in values.items():
        setattr(obj, field, value)
    obj.status = status
    obj.machine_engine = engine if status == TranslationStatus.MACHINE else ""
    obj.machine_translated_at = now if status == TranslationStatus.MACHINE else None
    obj.reviewed_by = by if status == TranslationStatus.REVIEWED else None
    obj.reviewed_at = now if status == TranslationStatus.REVIEWED else None
    obj.save_translations()
