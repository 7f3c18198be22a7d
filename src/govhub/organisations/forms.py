from __future__ import annotations

import unicodedata
from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import (  # type: ignore[attr-defined]  # absent from its stubs
    LazyTypedChoiceField,
)

from govhub.organisations.models import MembershipRole, Organisation, OrganisationKind, Region


def sort_key(text: str) -> str:
    """Order names as readers expect in every language: accents do not push a name last."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class OrganisationChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Any) -> str:
        return f"{obj.name} ({obj.country.name})"


def _active_organisations() -> Any:
    return Organisation.objects.filter(is_active=True).order_by("name")


class AccessRequestForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    email = forms.EmailField(
        label=_("Work e-mail address"),
        max_length=254,
        help_text=_("Use the address of your parliament or organisation."),
    )
    organisation = OrganisationChoiceField(
        label=_("Your organisation"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("— My organisation is not listed —"),
    )
    proposed_organisation = forms.CharField(
        label=_("Name of your organisation, if it is not listed"),
        max_length=200,
        required=False,
    )
    proposed_country = LazyTypedChoiceField(
        label=_("Country of that organisation"),
        choices=[("", "—"), *countries],
        required=False,
    )
    position = forms.CharField(label=_("Your position"), max_length=150)
    reason = forms.CharField(
        label=_("Why do you need access?"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "For example: to lead your parliament's self-assessment. 2,000 characters at most."
        ),
    )
    preferred_language = forms.ChoiceField(
        label=_("Preferred language"), choices=settings.LANGUAGES
    )
    # A field people never see; form-filling robots do.
    homepage = forms.CharField(label=_("Leave this field empty"), required=False, max_length=200)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = _active_organisations()  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if not cleaned.get("organisation") and not cleaned.get("proposed_organisation", "").strip():
            self.add_error(
                "organisation", _("Choose your organisation, or name it if it is not listed.")
            )
        proposes = cleaned.get("proposed_organisation") and not cleaned.get("organisation")
        if proposes and not cleaned.get("proposed_country"):
            self.add_error("proposed_country", _("Give the country of the organisation you name."))
        return cleaned

    @property
    def is_robot(self) -> bool:
        return bool(self.data.get("homepage"))


class GrantForm(forms.Form):
    organisation = OrganisationChoiceField(
        label=_("Organisation"), queryset=Organisation.objects.none()
    )
    role = forms.ChoiceField(
        label=_("Role"), choices=MembershipRole.choices, initial=MembershipRole.MEMBER
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = _active_organisations()  # type: ignore[attr-defined]


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason, sent to the person"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class OrganisationForm(forms.Form):
    """A new organisation, typically one a request proposed."""

    name = forms.CharField(label=_("Name"), max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), choices=OrganisationKind.choices)
    country = LazyTypedChoiceField(label=_("Country"), choices=countries)
    region = forms.ChoiceField(label=_("Region"), choices=Region.choices)
    website = forms.URLField(
        label=_("Website"), required=False, max_length=300, assume_scheme="https"
    )
    joined_on = forms.DateField(
        label=_("Joined on"), widget=forms.DateInput(attrs={"type": "date"})
    )
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class InviteColleagueForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=150)
    email = forms.EmailField(label=_("Work e-mail address"), max_length=254)
    position = forms.CharField(label=_("Position"), max_length=150)
    role = forms.ChoiceField(
        label=_("Role"), choices=MembershipRole.choices, initial=MembershipRole.MEMBER
    )
    preferred_language = forms.ChoiceField(
        label=_("Language of the invitation"), choices=settings.LANGUAGES
    )


class MembershipRoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=MembershipRole.choices)


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Name contains"), required=False, max_length=100)
    region = forms.ChoiceField(
        label=_("Region"), required=False, choices=[("", _("All regions")), *Region.choices]
    )
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *OrganisationKind.choices]
    )
    country = forms.ChoiceField(label=_("Country"), required=False, choices=[])

    def __init__(self, *args: Any, country_codes: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        named = sorted(
            ((code, countries.name(code)) for code in country_codes),
            key=lambda item: sort_key(item[1]),
        )
        self.fields["country"].choices = [("", _("All countries")), *named]  # type: ignore[attr-defined]
