from __future__ import annotations

from typing import Any

from allauth.core import ratelimit
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from govhub.accounts.models import HubRole
from govhub.core.forms import add_service_error
from govhub.core.permissions import hub_role_required
from govhub.organisations import access, selectors, services
from govhub.organisations.forms import (
    AccessRequestForm,
    DeclineForm,
    DirectoryFilterForm,
    GrantForm,
    InviteColleagueForm,
    MembershipRoleForm,
    OrganisationForm,
)
from govhub.organisations.models import AccessRequestStatus, Region
from govhub.translation.selectors import shown_text

PAGE_SIZE = 50


def directory(request: HttpRequest) -> HttpResponse:
    form = DirectoryFilterForm(request.GET or None, country_codes=selectors.directory_countries())
    filters: dict[str, str] = {}
    if form.is_valid():
        filters = {
            "region": form.cleaned_data["region"],
            "kind": form.cleaned_data["kind"],
            "country": form.cleaned_data["country"],
            "query": form.cleaned_data["q"].strip(),
        }
    organisations = selectors.organisation_directory(**filters)
    page = Paginator(organisations, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = [(org, shown_text(org, "description")) for org in page.object_list]
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "organisations/directory.html",
        {
            "form": form,
            "page": page,
            "rows": rows,
            "query_string": query.urlencode(),
            "regions": Region.choices,
        },
    )


def detail(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = access.organisation_for_reader(request.user, slug)
    manages = access.user_manages_organisation(request.user, organisation)
    people = list(selectors.organisation_people(organisation)) if manages else []
    return render(
        request,
        "organisations/detail.html",
        {
            "organisation": organisation,
            "description": shown_text(organisation, "description"),
            "manages": manages,
            "people": people,
            "focal_points": [m for m in people if m.role == "focal_point"],
            "role_form": MembershipRoleForm(),
        },
    )


def access_request(request: HttpRequest) -> HttpResponse:
    initial = {"preferred_language": request.LANGUAGE_CODE}
    form = AccessRequestForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if form.is_robot:
            # Robots are told nothing useful and nothing is stored.
            return redirect("organisations:access_request_sent")
        if not ratelimit.consume(request, action="access_request"):
            return render(request, "429.html", status=429)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.access_request_submit(
                    full_name=data["full_name"],
                    email=data["email"],
                    organisation=data["organisation"],
                    proposed_organisation=data["proposed_organisation"],
                    proposed_country=data["proposed_country"] or "",
                    position=data["position"],
                    reason=data["reason"],
                    preferred_language=data["preferred_language"],
                )
            except ValidationError as error:
                add_service_error(form, error)
            else:
                return redirect("organisations:access_request_sent")
    return render(request, "organisations/access_request.html", {"form": form})


def access_request_sent(request: HttpRequest) -> HttpResponse:
    return render(request, "organisations/access_request_sent.html")


@login_required
def invite(request: HttpRequest, slug: str) -> HttpResponse:
    organisation = access.organisation_for_manager(request.user, slug)
    form = InviteColleagueForm(
        request.POST or None, initial={"preferred_language": request.LANGUAGE_CODE}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            membership = services.colleague_invite(
                organisation=organisation,
                by=request.user,  # type: ignore[arg-type]
                full_name=data["full_name"],
                email=data["email"],
                position=data["position"],
                role=data["role"],
                preferred_language=data["preferred_language"],
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request,
                _("An invitation has been sent to %(email)s.") % {"email": membership.user.email},
            )
            return redirect("organisations:detail", slug=organisation.slug)
    return render(
        request, "organisations/invite.html", {"form": form, "organisation": organisation}
    )


@login_required
@require_POST
def membership_role(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    membership = access.membership_for_manager(request.user, slug, pk)
    form = MembershipRoleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a role from the list."))
    else:
        try:
            services.membership_set_role(
                membership=membership,
                role=form.cleaned_data["role"],
                by=request.user,  # type: ignore[arg-type]
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("%(name)s's role has been changed.") % {"name": membership.user}
            )
    return redirect("organisations:detail", slug=slug)


@login_required
@require_POST
def membership_end(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    membership = access.membership_for_manager(request.user, slug, pk)
    try:
        services.membership_end(membership=membership, by=request.user)  # type: ignore[arg-type]
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("%(name)s no longer has access through this organisation.")
            % {"name": membership.user},
        )
    return redirect("organisations:detail", slug=slug)


@hub_role_required(HubRole.COORDINATOR)
def queue(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", AccessRequestStatus.PENDING)
    if status not in AccessRequestStatus.values:
        status = AccessRequestStatus.PENDING
    page = Paginator(selectors.access_request_queue(status=status), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    counts = selectors.access_request_counts()
    tabs = [(value, label, counts[value]) for value, label in AccessRequestStatus.choices]
    return render(
        request,
        "organisations/queue.html",
        {"page": page, "status": status, "tabs": tabs, "query_string": f"status={status}"},
    )


@hub_role_required(HubRole.COORDINATOR)
def access_request_detail(request: HttpRequest, pk: int) -> HttpResponse:
    access_request = access.access_request_for_coordinator(request.user, pk)
    grant_form = GrantForm(
        initial={"organisation": access_request.organisation_id, "role": "member"}
    )
    return _render_decision(request, access_request, grant_form, DeclineForm())


def _render_decision(
    request: HttpRequest,
    access_request: Any,
    grant_form: Form,
    decline_form: Form,
    status: int = 200,
) -> HttpResponse:
    return render(
        request,
        "organisations/access_request_detail.html",
        {
            "access_request": access_request,
            "grant_form": grant_form,
            "decline_form": decline_form,
            "is_pending": access_request.status == AccessRequestStatus.PENDING,
        },
        status=status,
    )


@hub_role_required(HubRole.COORDINATOR)
@require_POST
def access_request_grant(request: HttpRequest, pk: int) -> HttpResponse:
    access_request = access.access_request_for_coordinator(request.user, pk)
    form = GrantForm(request.POST)
    if form.is_valid():
        try:
            services.access_request_grant(
                access_request=access_request,
                by=request.user,  # type: ignore[arg-type]
                organisation=form.cleaned_data["organisation"],
                role=form.cleaned_data["role"],
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(
                request,
                _("Access granted. An invitation has been sent to %(email)s.")
                % {"email": access_request.email},
            )
            return redirect("organisations:queue")
    return _render_decision(request, access_request, form, DeclineForm(), status=400)


@hub_role_required(HubRole.COORDINATOR)
@require_POST
def access_request_decline(request: HttpRequest, pk: int) -> HttpResponse:
    access_request = access.access_request_for_coordinator(request.user, pk)
    form = DeclineForm(request.POST)
    if form.is_valid():
        try:
            services.access_request_decline(
                access_request=access_request,
                by=request.user,  # type: ignore[arg-type]
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The request has been declined and the person told why."))
            return redirect("organisations:queue")
    grant_form = GrantForm(initial={"organisation": access_request.organisation_id})
    return _render_decision(request, access_request, grant_form, form, status=400)


@hub_role_required(HubRole.COORDINATOR)
def organisation_create(request: HttpRequest) -> HttpResponse:
    initial: dict[str, Any] = {"joined_on": timezone.localdate()}
    from_request = request.GET.get("from_request", "")
    if from_request.isdigit():
        proposal = access.access_request_for_coordinator(request.user, int(from_request))
        initial.update(name=proposal.proposed_organisation, country=proposal.proposed_country)
    form = OrganisationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            organisation = services.organisation_create(
                name=data["name"],
                kind=data["kind"],
                country=data["country"],
                region=data["region"],
                website=data["website"],
                joined_on=data["joined_on"],
                descriptions=(
                    {request.LANGUAGE_CODE: data["description"]} if data["description"] else {}
                ),
                source_language=request.LANGUAGE_CODE,
                by=request.user,  # type: ignore[arg-type]
            )
        except ValidationError as error:
            add_service_error(form, error)
        else:
            messages.success(request, _("The organisation has been added."))
            if from_request.isdigit():
                return redirect("organisations:access_request_detail", pk=int(from_request))
            return redirect("organisations:detail", slug=organisation.slug)
    return render(request, "organisations/organisation_form.html", {"form": form})
