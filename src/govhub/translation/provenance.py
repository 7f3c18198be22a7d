"""Where each language version of a piece of content comes from.

Content models keep their text in django-parler translation rows (one row per language).
``provenance_fields()`` adds to each row whether the text is the ``original``, a ``machine``
translation (which engine, when) or ``reviewed`` (by whom, when).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TranslationStatus(models.TextChoices):
    ORIGINAL = "original", _("Original")
    MACHINE = "machine", _("Machine translation")
    REVIEWED = "reviewed", _("Reviewed translation")


def provenance_fields() -> dict[str, Any]:
    """Fresh field instances to splat into a model's ``TranslatedFields(...)``."""
    return {
        "status": models.CharField(
            _("translation status"),
            max_length=16,
            choices=TranslationStatus.choices,
            default=TranslationStatus.ORIGINAL,
        ),
        "machine_engine": models.CharField(_("translation engine"), max_length=32, blank=True),
        "machine_translated_at": models.DateTimeField(
            _("machine-translated at"), null=True, blank=True
        ),
        "reviewed_by": models.ForeignKey(
            settings.AUTH_USER_MODEL,
            verbose_name=_("reviewed by"),
            null=True,
            blank=True,
            on_delete=models.SET_NULL,
            related_name="+",
        ),
        "reviewed_at": models.DateTimeField(_("reviewed at"), null=True, blank=True),
    }
