"""Reads about frameworks shared by pages, commands and other apps."""

from __future__ import annotations

from django.db.models import QuerySet

from govhub.frameworks.models import Framework


def framework_list() -> QuerySet[Framework]:
    return Framework.objects.prefetch_related("translations").order_by("key", "-imported_at")


def framework_by_key(key: str, *, version: str = "") -> Framework | None:
    """The named version, or the newest imported version of ``key``."""
    frameworks = Framework.objects.filter(key=key)
    if version:
        frameworks = frameworks.filter(version=version)
    return frameworks.order_by("-imported_at", "-id").first()
