from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest
from parler.admin import TranslatableAdmin

from govhub.organisations.models import AccessRequest, Membership, Organisation


class MembershipInline(admin.TabularInline):
    model = Membership
    fk_name = "organisation"
    extra = 0
    can_delete = False
    # Access is given and ended on the organisation's page, where it is audited.
    readonly_fields = ["user", "role", "position", "is_active", "created_at", "granted_by"]

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def get_queryset(self, request: HttpRequest) -> QuerySet[Membership]:
        # Each row shows the person, who granted access and the membership's name (which
        # names the organisation): joined here, or three queries per row.
        return super().get_queryset(request).select_related("user", "granted_by", "organisation")


@admin.register(Organisation)
class OrganisationAdmin(TranslatableAdmin):
    list_display = ["name", "country", "region", "kind", "joined_on", "is_active"]
    list_filter = ["region", "kind", "is_active"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ("name",)}
    inlines = [MembershipInline]
    # As on the hub's own form: a website typed without a scheme is https (Django 6 default).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(AccessRequest)
class AccessRequestAdmin(admin.ModelAdmin):
    list_display = ["full_name", "email", "organisation", "status", "created_at"]
    list_filter = ["status"]
    search_fields = ["full_name", "email", "proposed_organisation"]
    list_select_related = ["organisation"]
    readonly_fields = ["decided_at", "decided_by", "user", "created_at"]
