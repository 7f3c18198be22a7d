"""Reads about frameworks shared by pages, commands and other apps."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from govhub.frameworks.models import Framework, LevelDescriptor


def descriptors_prefetch(lookup: str = "descriptors") -> Prefetch:
    """Prefetch a practice's level descriptors in level order with their translations;
    ``lookup`` is the path to them from the queried model."""
    return Prefetch(
        lookup,
        queryset=LevelDescriptor.objects.order_by("level").prefetch_related("translations"),
    )


def framework_list() -> QuerySet[Framework]:
    return Framework.objects.prefetch_related("translations").order_by("key", "-imported_at")


def framework_by_key(key: str, *, version: str = "") -> Framework | None:
    """The named version, or the newest imported version of ``key``."""
    frameworks = Framework.objects.filter(key=key)
    if version:
        frameworks = frameworks.filter(version=version)
    return frameworks.order_by("-imported_at", "-id").first()
