from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache

from govhub.core.models import AuditEntry
from govhub.core.permissions import hub_role_required


@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """200 when the database answers, 503 otherwise; small enough for any probe."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        return JsonResponse({"status": "unavailable", "database": "error"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@hub_role_required("coordinator")
def audit_log(request: HttpRequest) -> HttpResponse:
    entries = AuditEntry.objects.select_related("actor").order_by("-created_at", "-id")
    action = request.GET.get("action", "")
    if action:
        entries = entries.filter(action=action[:64])
    page = Paginator(entries, 50).get_page(request.GET.get("page"))
    actions = AuditEntry.objects.values_list("action", flat=True).distinct().order_by("action")
    context: dict[str, Any] = {
        "page": page,
        "action": action,
        "actions": list(actions),
        "query_string": urlencode({"action": action}) if action else "",
    }
    return render(request, "core/audit_log.html", context)


def error_404(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "404.html", status=404)


def error_403(request: HttpRequest, exception: Exception) -> HttpResponse:
    return render(request, "403.html", status=403)


def error_500(request: HttpRequest) -> HttpResponse:
    return render(request, "500.html", status=500)
