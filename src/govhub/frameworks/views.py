"""Reading a framework: every signed-in person may study the model, in their language."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from govhub.frameworks import selectors
from govhub.frameworks.models import Domain, Framework, Level, Practice
from govhub.frameworks.selectors import descriptors_prefetch


@login_required
def framework_list(request: HttpRequest) -> HttpResponse:
    return render(request, "frameworks/list.html", {"frameworks": list(selectors.framework_list())})


@login_required
def framework_detail(request: HttpRequest, key: str, version: str) -> HttpResponse:
    framework = (
        Framework.objects.prefetch_related("translations").filter(key=key, version=version).first()
    )
    if framework is None:
        raise Http404
    domains = (
        Domain.objects.filter(framework=framework)
        .order_by("order")
        .prefetch_related(
            "translations",
            Prefetch(
                "practices",
                queryset=Practice.objects.order_by("order").prefetch_related(
                    "translations",
                    "references__model__translations",
                    "references__translations",
                    descriptors_prefetch("descriptors"),
                ),
            ),
        )
    )
    return render(
        request,
        "frameworks/detail.html",
        {"framework": framework, "domains": domains, "levels": Level.choices},
    )
