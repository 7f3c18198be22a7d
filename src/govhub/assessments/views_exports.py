"""Exports of one assessment (PDF, XLSX, JSON) and the offline questionnaire round trip."""

from __future__ import annotations

import json

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from govhub.assessments import access, exports, offline, selectors
from govhub.assessments.models import Assessment
from govhub.assessments.uploads import MAX_UPLOAD_BYTES, XLSX

PDF_TYPE = "application/pdf"
JSON_TYPE = "application/json"


def _attachment(content: bytes, *, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _filename(assessment: Assessment, stem: str, extension: str) -> str:
    # The slug and the cycle are ASCII letters, digits and hyphens: safe in the header.
    return f"{stem}-{assessment.organisation.slug}-{assessment.cycle}.{extension}"


@login_required
@require_safe
@never_cache
def export_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    assessment = access.assessment_for_user(request.user, pk)
    content = exports.results_pdf(selectors.results(assessment), request)
    return _attachment(
        content,
        content_type=PDF_TYPE,
        filename=_filename(assessment, "self-assessment", "pdf"),
    )


@login_required
@require_safe
@never_cache
def export_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    assessment = access.assessment_for_user(request.user, pk)
    content = exports.results_xlsx(selectors.results(assessment))
    return _attachment(
        content,
        content_type=XLSX.content_type,
        filename=_filename(assessment, "self-assessment", "xlsx"),
    )


@login_required
@require_safe
@never_cache
def export_json(request: HttpRequest, pk: int) -> HttpResponse:
    assessment = access.assessment_for_user(request.user, pk)
    document = exports.results_json(selectors.results(assessment))
    content = json.dumps(document, ensure_ascii=False, indent=2).encode()
    return _attachment(
        content,
        content_type=f"{JSON_TYPE}; charset=utf-8",
        filename=_filename(assessment, "self-assessment", "json"),
    )


@login_required
@require_safe
@never_cache
def questionnaire_download(request: HttpRequest, pk: int) -> HttpResponse:
    assessment = access.assessment_for_user(request.user, pk)
    content = offline.questionnaire_xlsx(assessment, get_language())
    return _attachment(
        content,
        content_type=XLSX.content_type,
        filename=_filename(assessment, "questionnaire", "xlsx"),
    )


class QuestionnaireUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Completed questionnaire"),
        help_text=gettext_lazy(
            "The XLSX file you downloaded from this page and filled in; 10 MB at most."
        ),
        widget=forms.FileInput(
            attrs={
                "accept": ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            }
        ),
    )


@login_required
@never_cache
def questionnaire_upload(request: HttpRequest, pk: int) -> HttpResponse:
    assessment = access.assessment_for_user(request.user, pk)
    if not access.can_edit(request.user, assessment):
        raise PermissionDenied
    posted = request.method == "POST"
    form = QuestionnaireUploadForm(
        request.POST if posted else None, request.FILES if posted else None
    )
    problems: list[offline.Problem] = []
    if posted:
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                changed = offline.questionnaire_import(
                    assessment,
                    request.user,  # type: ignore[arg-type]  # login_required: a User
                    # One byte more than allowed, so an oversize file is recognised as such.
                    upload.read(MAX_UPLOAD_BYTES + 1),
                )
            except offline.QuestionnaireError as error:
                problems = error.problems
            else:
                messages.success(
                    request,
                    ngettext(
                        "The questionnaire is uploaded: %(count)s answer changed.",
                        "The questionnaire is uploaded: %(count)s answers changed.",
                        changed,
                    )
                    % {"count": changed},
                )
                return redirect("assessments:detail", pk=assessment.pk)
        status = 400
    else:
        status = 200
    return render(
        request,
        "assessments/questionnaire_upload.html",
        {"assessment": assessment, "form": form, "problems": problems},
        status=status,
    )
