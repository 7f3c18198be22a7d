from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from govhub.accounts.models import HubRole
from govhub.assessments import access, selectors, services
from govhub.assessments.forms import (
    AnswerForm,
    EvidenceFileForm,
    EvidenceLinkForm,
    OpenAssessmentForm,
    ReviewCommentForm,
    TransitionForm,
)
from govhub.assessments.models import Answer, Evidence
from govhub.assessments.uploads import MAX_UPLOAD_BYTES
from govhub.core.forms import add_service_error
from govhub.core.permissions import hub_role_required
from govhub.frameworks.models import Domain, Level
from govhub.organisations import selectors as organisation_selectors
from govhub.organisations.access import organisation_for_reader


@login_required
def my_assessments(request: HttpRequest) -> HttpResponse:
    memberships = list(organisation_selectors.user_memberships(request.user))  # type: ignore[arg-type]
    rows = [
        (membership, list(selectors.organisation_assessments(membership.organisation_id)))
        for membership in memberships
    ]
    return render(request, "assessments/my_assessments.html", {"rows": rows})


@login_required
def assessment_open(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = organisation_for_reader(request.user, slug)
    if not access.is_focal_point(request.user, organisation.pk):
        raise Http404
    form = OpenAssessmentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            assessment = services.assessment_open(
                organisation=organisation,
                framework=form.cleaned_data["framework"],
                cycle=form.cleaned_data["cycle"],
                by=request.user,  # type: ignore[arg-type]
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request, _("The assessment is open. Your colleagues can now contribute.")
            )
            return redirect("assessments:detail", pk=assessment.pk)
    return render(request, "assessments/open.html", {"form": form, "organisation": organisation})


@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    assessment = access.assessment_for_user(request.user, pk)
    domains, answered, total = selectors.progress(assessment)
    resume = next((row for row in domains if row.answered < row.total), None)
    can_submit = access.can_submit(request.user, assessment)
    return render(
        request,
        "assessments/detail.html",
        {
            "assessment": assessment,
            "domains": domains,
            "answered": answered,
            "total": total,
            "percent": round(100 * answered / total) if total else 100,
            "resume": resume,
            "history": assessment.transitions.select_related("by"),
            "can_edit": access.can_edit(request.user, assessment),
            "can_submit": can_submit,
            "unanswered": selectors.unanswered_practices(assessment) if can_submit else [],
            "can_review": access.can_review(request.user, assessment),
            "transition_form": TransitionForm(),
        },
    )


def _domain_or_404(assessment: Any, order: int) -> Domain:
    domain = (
        Domain.objects.filter(framework_id=assessment.framework_id, order=order)
        .prefetch_related("translations")
        .first()
    )
    if domain is None:
        raise Http404
    return domain


@login_required
def answer_domain(request: HttpRequest, pk: int, order: int) -> HttpResponse:
    assessment = access.assessment_for_user(request.user, pk)
    domain = _domain_or_404(assessment, order)
    editable = access.can_edit(request.user, assessment)
    answers = selectors.domain_answers(assessment, domain)
    forms: list[tuple[Answer, AnswerForm, Any]] = []
    saved, problems = 0, 0
    posted = request.method == "POST"
    if posted and not editable:
        raise PermissionDenied
    for answer in answers:
        initial = {
            "revision": answer.revision,
            "current_level": answer.current_level,
            "target_level": answer.target_level,
            "not_applicable": answer.not_applicable,
            "not_applicable_reason": answer.not_applicable_reason,
            "comment": answer.comment,
        }
        form = AnswerForm(request.POST if posted else None, initial=initial, prefix=f"a{answer.pk}")
        conflict = None
        if posted:
            if form.is_valid():
                data = form.cleaned_data
                try:
                    services.answer_save(
                        answer=answer,
                        by=request.user,  # type: ignore[arg-type]
                        revision=data["revision"],
                        current_level=data["current_level"],
                        target_level=data["target_level"],
                        not_applicable=data["not_applicable"],
                        not_applicable_reason=data["not_applicable_reason"],
                        comment=data["comment"],
                    )
                    saved += 1
                except services.AnswerConflict as clash:
                    conflict = clash.answer
                    problems += 1
                    form.add_error(None, str(clash))
                except ValidationError as error:
                    problems += 1
                    add_service_error(form, error)
            else:
                problems += 1
        forms.append((answer, form, conflict))
    if posted and not problems:
        messages.success(request, _("Your answers are saved."))
        next_order = order + 1
        if (
            request.POST.get("then") == "next"
            and Domain.objects.filter(
                framework_id=assessment.framework_id, order=next_order
            ).exists()
        ):
            return redirect("assessments:domain", pk=pk, order=next_order)
        return redirect("assessments:domain", pk=pk, order=order)
    progress_rows, answered, total = selectors.progress(assessment)
    return render(
        request,
        "assessments/domain.html",
        {
            "assessment": assessment,
            "domain": domain,
            "forms": forms,
            "editable": editable,
            "progress_rows": progress_rows,
            "answered": answered,
            "total": total,
            "levels": Level.choices,
            "has_next": order + 1 < len(progress_rows),
            "link_form": EvidenceLinkForm(),
            "file_form": EvidenceFileForm(),
            "problems": problems,
        },
        status=400 if problems else 200,
    )


@login_required
@require_POST
def evidence_add(request: HttpRequest, pk: int, answer_pk: int) -> HttpResponse:
    assessment = access.assessment_for_user(request.user, pk)
    answer = access.answer_of(assessment, answer_pk)
    if not access.can_edit(request.user, assessment):
        raise PermissionDenied
    back = reverse("assessments:domain", kwargs={"pk": pk, "order": answer.practice.domain.order})
    try:
        if request.FILES.get("file"):
            form: Any = EvidenceFileForm(request.POST, request.FILES)
            if form.is_valid():
                upload = form.cleaned_data["file"]
                services.evidence_add_file(
                    answer=answer,
                    by=request.user,  # type: ignore[arg-type]
                    name=upload.name,
                    # One byte more than allowed, so an oversize file is recognised as such.
                    data=upload.read(MAX_UPLOAD_BYTES + 1),
                )
            else:
                raise ValidationError(form.errors.get("file") or _("Choose a file."))
        else:
            form = EvidenceLinkForm(request.POST)
            if not form.is_valid():
                raise ValidationError(form.errors.get("url") or _("Enter a valid link."))
            services.evidence_add_link(answer=answer, by=request.user, url=form.cleaned_data["url"])  # type: ignore[arg-type]
    except ValidationError as error:
        messages.error(
            request,
            _("The evidence was not added: %(reason)s") % {"reason": " ".join(error.messages)},
        )
    else:
        messages.success(request, _("The evidence has been added."))
    return redirect(f"{back}#practice-{answer.pk}")


@login_required
def evidence_download(request: HttpRequest, pk: int, evidence_pk: int) -> FileResponse:
    evidence = access.evidence_for_user(request.user, evidence_pk)
    if evidence.answer.assessment_id != pk:
        raise Http404
    response = FileResponse(
        evidence.file.open("rb"),
        as_attachment=True,
        filename=evidence.original_name,
        content_type=evidence.content_type,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


@login_required
@require_POST
def evidence_remove(request: HttpRequest, pk: int, evidence_pk: int) -> HttpResponse:
    assessment = access.assessment_for_user(request.user, pk)
    evidence = (
        Evidence.objects.select_related("answer__practice__domain")
        .filter(pk=evidence_pk, answer__assessment=assessment)
        .first()
    )
    if evidence is None:
        raise Http404
    services.evidence_remove(evidence=evidence, by=request.user)  # type: ignore[arg-type]
    messages.success(request, _("The evidence has been removed."))
    return redirect("assessments:domain", pk=pk, order=evidence.answer.practice.domain.order)


def _transition(request: HttpRequest, pk: int, action: Any, success: str) -> HttpResponse:
    assessment = access.assessment_for_user(request.user, pk)
    form = TransitionForm(request.POST)
    comment = form.cleaned_data["comment"] if form.is_valid() else ""
    try:
        action(assessment=assessment, by=request.user, comment=comment)
    except PermissionDenied:
        raise
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, success)
    return redirect("assessments:detail", pk=pk)


@login_required
@require_POST
def submit(request: HttpRequest, pk: int) -> HttpResponse:
    return _transition(
        request, pk, services.assessment_submit, _("The assessment has been submitted for review.")
    )


@login_required
@require_POST
def return_to_organisation(request: HttpRequest, pk: int) -> HttpResponse:
    return _transition(
        request,
        pk,
        services.assessment_return,
        _("The assessment has been returned with your comments."),
    )


@login_required
@require_POST
def validate(request: HttpRequest, pk: int) -> HttpResponse:
    return _transition(
        request, pk, services.assessment_validate, _("The assessment has been validated.")
    )


@hub_role_required(HubRole.REVIEWER)
def review_queue(request: HttpRequest) -> HttpResponse:
    return render(
        request, "assessments/review_queue.html", {"assessments": selectors.review_queue()}
    )


@login_required
@require_POST
def review_comment(request: HttpRequest, pk: int, answer_pk: int) -> HttpResponse:
    assessment = access.assessment_for_user(request.user, pk)
    answer = access.answer_of(assessment, answer_pk)
    form = ReviewCommentForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write a comment of at most 4,000 characters."))
    else:
        services.review_comment_add(answer=answer, by=request.user, text=form.cleaned_data["text"])  # type: ignore[arg-type]
        messages.success(request, _("Your comment has been added."))
    url = reverse("assessments:domain", kwargs={"pk": pk, "order": answer.practice.domain.order})
    return redirect(f"{url}#practice-{answer.pk}")


@login_required
def results(request: HttpRequest, pk: int) -> HttpResponse:
    assessment = access.assessment_for_user(request.user, pk)
    data = selectors.results(assessment)
    return render(
        request,
        "assessments/results.html",
        {"assessment": assessment, "results": data, "levels": dict(Level.choices)},
    )
