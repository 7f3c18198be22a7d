"""Organisations, the people's access through them, and requests for access."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from parler.models import TranslatableModel, TranslatedFields

from govhub.translation.provenance import provenance_fields


class OrganisationKind(models.TextChoices):
    UNICAMERAL = "unicameral", _("Unicameral parliament")
    LOWER_CHAMBER = "lower_chamber", _("Lower chamber")
    UPPER_CHAMBER = "upper_chamber", _("Upper chamber")
    PARLIAMENTARY_ASSEMBLY = "parliamentary_assembly", _("Parliamentary assembly")
    OTHER = "other", _("Other organisation")


class Region(models.TextChoices):
    AFRICA = "africa", _("Africa")
    AMERICAS = "americas", _("Americas")
    ASIA = "asia", _("Asia")
    EUROPE = "europe", _("Europe")
    MIDDLE_EAST_NORTH_AFRICA = "middle_east_north_africa", _("Middle East and North Africa")
    PACIFIC = "pacific", _("Pacific")


class Organisation(TranslatableModel):
    """A parliament, a chamber of one, a parliamentary assembly or another body."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("short name in addresses"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=32, choices=OrganisationKind.choices)
    country = CountryField(_("country"))
    region = models.CharField(_("region"), max_length=32, choices=Region.choices)
    website = models.URLField(_("website"), blank=True, max_length=300)
    joined_on = models.DateField(_("joined on"))
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)

    translations = TranslatedFields(
        description=models.TextField(_("description"), blank=True, max_length=2000),
        **provenance_fields(),
    )

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class MembershipRole(models.TextChoices):
    MEMBER = "member", _("Member")
    FOCAL_POINT = "focal_point", _("Focal point")


class Membership(models.Model):
    """One person's individual access to the hub through one organisation."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="memberships",
    )
    role = models.CharField(
        _("role"), max_length=16, choices=MembershipRole.choices, default=MembershipRole.MEMBER
    )
    position = models.CharField(_("position"), max_length=150, blank=True)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("granted on"), auto_now_add=True)
    granted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("granted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["organisation__name", "user__full_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"], name="membership_one_per_person_and_organisation"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.organisation}"


class AccessRequestStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    GRANTED = "granted", _("Granted")
    DECLINED = "declined", _("Declined")


class AccessRequest(models.Model):
    """A person asks for access on behalf of an organisation, known or proposed."""

    full_name = models.CharField(_("full name"), max_length=150)
    email = models.EmailField(_("e-mail address"), max_length=254)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="access_requests",
    )
    proposed_organisation = models.CharField(
        _("organisation not in the list"), max_length=200, blank=True
    )
    proposed_country = CountryField(_("country of that organisation"), blank=True)
    position = models.CharField(_("position"), max_length=150)
    reason = models.TextField(_("why you need access"), max_length=2000)
    preferred_language = models.CharField(
        _("preferred language"), max_length=10, choices=settings.LANGUAGES
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=AccessRequestStatus.choices,
        default=AccessRequestStatus.PENDING,
        db_index=True,
    )
    created_at = models.DateTimeField(_("received"), auto_now_add=True, db_index=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decline_reason = models.TextField(_("reason for declining"), blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person given access"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="access_requests",
    )

    class Meta:
        verbose_name = _("access request")
        verbose_name_plural = _("access requests")
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(organisation__isnull=False) | ~Q(proposed_organisation=""),
                name="access_request_names_an_organisation",
            ),
            models.UniqueConstraint(
                fields=["email"],
                condition=Q(status="pending"),
                name="access_request_one_pending_per_email",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.full_name} <{self.email}>"

    @property
    def organisation_label(self) -> str:
        return self.organisation.name if self.organisation else self.proposed_organisation
