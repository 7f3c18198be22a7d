"""The public front page and each person's own start page."""

from __future__ import annotations

from typing import Any

from allauth.mfa.models import Authenticator
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from govhub.assessments import selectors as assessment_selectors
from govhub.organisations import selectors as organisation_selectors
from govhub.organisations.models import AccessRequestStatus


def home(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "home/home.html",
        {
            "figures": organisation_selectors.headline_figures(),
            "recorded": assessment_selectors.recorded_organisation_count(),
        },
    )


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    user: Any = request.user
    memberships = list(organisation_selectors.user_memberships(user))
    latest = assessment_selectors.latest_assessments([m.organisation_id for m in memberships])
    context: dict[str, Any] = {
        "memberships": [(m, latest.get(m.organisation_id)) for m in memberships],
        "has_mfa": Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists(),
    }
    if user.is_coordinator:
        context["pending_requests"] = organisation_selectors.access_request_counts()[
            AccessRequestStatus.PENDING
        ]
    return render(request, "home/dashboard.html", context)
