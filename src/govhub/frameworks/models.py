"""Maturity frameworks as data: domains, practices, one descriptor per level, mappings."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from parler.models import TranslatableModel, TranslatedFields

from govhub.translation.provenance import provenance_fields

MAX_LEVEL = 5


class Level(models.IntegerChoices):
    """The six maturity levels every framework uses."""

    NON_EXISTENT = 0, _("Non-existent")
    INITIAL = 1, _("Initial")
    REPEATABLE = 2, _("Repeatable")
    DEFINED = 3, _("Defined")
    MANAGED = 4, _("Managed and measured")
    OPTIMISING = 5, _("Optimising")


class Framework(TranslatableModel):
    """One version of a framework. A version used by an assessment is frozen for good."""

    key = models.SlugField(_("identifier"), max_length=64)
    version = models.CharField(_("version"), max_length=32)
    source_language = models.CharField(
        _("source language"), max_length=10, choices=settings.LANGUAGES, default="en"
    )
    is_frozen = models.BooleanField(_("frozen"), default=False)
    imported_at = models.DateTimeField(_("imported"), auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    translations = TranslatedFields(
        title=models.CharField(_("title"), max_length=200),
        description=models.TextField(_("description"), blank=True),
        **provenance_fields(),
    )

    class Meta:
        verbose_name = _("framework")
        verbose_name_plural = _("frameworks")
        ordering = ["key", "-imported_at"]
        constraints = [
            models.UniqueConstraint(fields=["key", "version"], name="framework_version_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.key} {self.version}"


class ReferenceModel(TranslatableModel):
    """A model that practices map to, e.g. the ISO/IEC 38500 principles."""

    key = models.SlugField(_("identifier"), max_length=64, unique=True)
    translations = TranslatedFields(
        title=models.CharField(_("title"), max_length=200), **provenance_fields()
    )

    class Meta:
        verbose_name = _("reference model")
        verbose_name_plural = _("reference models")
        ordering = ["key"]

    def __str__(self) -> str:
        return self.key


class ReferenceEntry(TranslatableModel):
    model = models.ForeignKey(ReferenceModel, on_delete=models.CASCADE, related_name="entries")
    key = models.SlugField(_("identifier"), max_length=64)
    order = models.PositiveSmallIntegerField(default=0)
    translations = TranslatedFields(
        title=models.CharField(_("title"), max_length=200), **provenance_fields()
    )

    class Meta:
        verbose_name = _("reference entry")
        verbose_name_plural = _("reference entries")
        ordering = ["model__key", "order"]
        constraints = [
            models.UniqueConstraint(fields=["model", "key"], name="reference_entry_unique"),
        ]

    def __str__(self) -> str:
        return f"{self.model.key}:{self.key}"


class Domain(TranslatableModel):
    framework = models.ForeignKey(Framework, on_delete=models.CASCADE, related_name="domains")
    key = models.CharField(_("identifier"), max_length=100)
    order = models.PositiveSmallIntegerField(default=0)
    weight = models.PositiveSmallIntegerField(_("weight"), default=1)
    translations = TranslatedFields(
        title=models.CharField(_("title"), max_length=200),
        description=models.TextField(_("description"), blank=True),
        **provenance_fields(),
    )

    class Meta:
        verbose_name = _("domain")
        verbose_name_plural = _("domains")
        ordering = ["framework", "order"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "key"], name="domain_key_unique"),
            models.CheckConstraint(condition=Q(weight__gte=1), name="domain_weight_positive"),
        ]

    def __str__(self) -> str:
        return self.key


class Practice(TranslatableModel):
    domain = models.ForeignKey(Domain, on_delete=models.CASCADE, related_name="practices")
    key = models.CharField(_("identifier"), max_length=100)
    order = models.PositiveSmallIntegerField(default=0)
    weight = models.PositiveSmallIntegerField(_("weight"), default=1)
    references = models.ManyToManyField(
        ReferenceEntry, blank=True, related_name="practices", verbose_name=_("maps to")
    )
    translations = TranslatedFields(
        title=models.CharField(_("title"), max_length=200),
        guidance=models.TextField(_("guidance"), blank=True),
        **provenance_fields(),
    )

    class Meta:
        verbose_name = _("practice")
        verbose_name_plural = _("practices")
        ordering = ["domain__order", "order"]
        constraints = [
            models.UniqueConstraint(fields=["domain", "key"], name="practice_key_unique"),
            models.CheckConstraint(condition=Q(weight__gte=1), name="practice_weight_positive"),
        ]

    def __str__(self) -> str:
        return self.key


class LevelDescriptor(TranslatableModel):
    """What a practice looks like at one level."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="descriptors")
    level = models.PositiveSmallIntegerField(_("level"), choices=Level.choices)
    translations = TranslatedFields(text=models.TextField(_("descriptor")), **provenance_fields())

    class Meta:
        verbose_name = _("level descriptor")
        verbose_name_plural = _("level descriptors")
        ordering = ["practice", "level"]
        constraints = [
            models.UniqueConstraint(fields=["practice", "level"], name="descriptor_level_unique"),
            models.CheckConstraint(
                condition=Q(level__gte=0) & Q(level__lte=MAX_LEVEL), name="descriptor_level_range"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.practice.key}[{self.level}]"
