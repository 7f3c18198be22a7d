from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from govhub.frameworks.models import Framework, Level


def _level_choices() -> list[tuple[str, str]]:
    return [(str(value), f"{value} — {label}") for value, label in Level.choices]


class OpenAssessmentForm(forms.Form):
    framework = forms.ModelChoiceField(
        label=_("Framework"), queryset=Framework.objects.none(), empty_label=None
    )
    cycle = forms.IntegerField(
        label=_("Cycle (year)"), min_value=2000, max_value=2100, help_text=_("For example 2027.")
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["framework"].queryset = Framework.objects.prefetch_related(  # type: ignore[attr-defined]
            "translations"
        ).order_by("key", "-imported_at")
        self.fields["framework"].label_from_instance = lambda f: (  # type: ignore[attr-defined]
            f"{f.safe_translation_getter('title', any_language=True)} ({f.version})"
        )
        if not self.is_bound:
            self.initial.setdefault("cycle", dt.date.today().year)  # noqa: DTZ011


class AnswerForm(forms.Form):
    """One practice's answer; the page holds one such form per practice of a domain."""

    revision = forms.IntegerField(widget=forms.HiddenInput, min_value=0)
    current_level = forms.TypedChoiceField(
        label=_("Where are you today?"),
        choices=_level_choices,
        coerce=int,
        required=False,
        empty_value=None,
        widget=forms.RadioSelect,
    )
    target_level = forms.TypedChoiceField(
        label=_("Where do you want to be?"),
        choices=_level_choices,
        coerce=int,
        required=False,
        empty_value=None,
        widget=forms.RadioSelect,
    )
    not_applicable = forms.BooleanField(
        label=_("This practice does not apply to us"), required=False
    )
    not_applicable_reason = forms.CharField(
        label=_("Why it does not apply"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class EvidenceLinkForm(forms.Form):
    url = forms.URLField(label=_("Link to evidence"), max_length=500, assume_scheme="https")


class EvidenceFileForm(forms.Form):
    file = forms.FileField(
        label=_("File"),
        help_text=_("PDF, DOCX, XLSX, ODT, PNG or JPEG; 10 MB at most."),
    )


class TransitionForm(forms.Form):
    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ReviewCommentForm(forms.Form):
    text = forms.CharField(
        label=_("Comment on this practice"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
