"""Self-assessments: one organisation against one framework version in one cycle."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from govhub.assessments.storage import evidence_storage
from govhub.frameworks.models import MAX_LEVEL, Framework, Practice
from govhub.organisations.models import Organisation


class Status(models.TextChoices):
    IN_PROGRESS = "in_progress", _("In progress")
    SUBMITTED = "submitted", _("Submitted")
    RETURNED = "returned", _("Returned")
    VALIDATED = "validated", _("Validated")
    ARCHIVED = "archived", _("Archived")


OPEN_STATUSES = (Status.IN_PROGRESS, Status.SUBMITTED, Status.RETURNED)
EDITABLE_STATUSES = (Status.IN_PROGRESS, Status.RETURNED)


class Assessment(models.Model):
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="assessments",
    )
    framework = models.ForeignKey(
        Framework, verbose_name=_("framework"), on_delete=models.PROTECT, related_name="+"
    )
    # The framework's identifier, kept here so the database can allow one open assessment
    # per organisation and framework whatever the version.
    framework_key = models.SlugField(max_length=64, editable=False)
    cycle = models.PositiveSmallIntegerField(_("cycle"))
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.IN_PROGRESS
    )
    created_at = models.DateTimeField(_("opened"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("opened by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    validated_at = models.DateTimeField(_("validated"), null=True, blank=True)

    class Meta:
        verbose_name = _("self-assessment")
        verbose_name_plural = _("self-assessments")
        ordering = ["-cycle", "organisation__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "framework_key"],
                condition=Q(status__in=["in_progress", "submitted", "returned"]),
                name="assessment_one_open_per_organisation_and_framework",
            ),
            models.UniqueConstraint(
                fields=["organisation", "framework_key", "cycle"],
                name="assessment_one_per_cycle",
            ),
            models.CheckConstraint(
                condition=Q(cycle__gte=2000) & Q(cycle__lte=2100), name="assessment_cycle_year"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} — {self.cycle}"

    @property
    def is_editable(self) -> bool:
        return self.status in EDITABLE_STATUSES


class Answer(models.Model):
    """One answer per practice. ``revision`` grows with every save so that two people
    saving the same answer cannot overwrite each other silently."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="answers")
    practice = models.ForeignKey(Practice, on_delete=models.PROTECT, related_name="+")
    current_level = models.PositiveSmallIntegerField(_("current level"), null=True, blank=True)
    target_level = models.PositiveSmallIntegerField(_("target level"), null=True, blank=True)
    not_applicable = models.BooleanField(_("not applicable"), default=False)
    not_applicable_reason = models.TextField(_("why it does not apply"), blank=True)
    comment = models.TextField(_("comment"), blank=True)
    revision = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(_("last saved"), null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last saved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        constraints = [
            models.UniqueConstraint(
                fields=["assessment", "practice"], name="answer_one_per_practice"
            ),
            models.CheckConstraint(
                condition=Q(current_level__isnull=True) | Q(current_level__lte=MAX_LEVEL),
                name="answer_current_level_range",
            ),
            models.CheckConstraint(
                condition=Q(target_level__isnull=True) | Q(target_level__lte=MAX_LEVEL),
                name="answer_target_level_range",
            ),
            models.CheckConstraint(
                condition=Q(not_applicable=False)
                | (
                    Q(current_level__isnull=True)
                    & Q(target_level__isnull=True)
                    & ~Q(not_applicable_reason="")
                ),
                name="answer_not_applicable_has_reason_and_no_levels",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.assessment} / {self.practice.key}"

    @property
    def is_answered(self) -> bool:
        return self.not_applicable or (
            self.current_level is not None and self.target_level is not None
        )


class Evidence(models.Model):
    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="evidence")
    url = models.URLField(_("link"), max_length=500, blank=True)
    file = models.FileField(_("file"), storage=evidence_storage, blank=True, max_length=300)
    original_name = models.CharField(_("file name"), max_length=255, blank=True)
    content_type = models.CharField(max_length=100, blank=True)
    size = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(_("added"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(~Q(url="") & Q(file="")) | (Q(url="") & ~Q(file="")),
                name="evidence_is_a_link_or_a_file",
            ),
        ]

    def __str__(self) -> str:
        return self.original_name or self.url


class Transition(models.Model):
    """The history of an assessment: who moved it from one status to another, when and why."""

    assessment = models.ForeignKey(Assessment, on_delete=models.CASCADE, related_name="transitions")
    from_status = models.CharField(max_length=16, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=16, choices=Status.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    comment = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status}"


class ReviewComment(models.Model):
    """A reviewer's remark on one practice of a submitted assessment."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="review_comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(_("comment"), max_length=4000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self) -> str:
        return self.text[:60]
