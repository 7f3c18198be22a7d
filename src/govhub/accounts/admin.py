from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from govhub.accounts.models import HubRole, Invitation, User
from govhub.accounts.services import user_set_hub_roles
from govhub.core.audit import audit_record


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["full_name", "email"]
    list_display = ["email", "full_name", "preferred_language", "is_active", "is_staff"]
    list_filter = ["is_active", "is_staff", "groups", "preferred_language"]
    search_fields = ["email", "full_name"]
    readonly_fields = ["last_login", "date_joined"]
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        (_("Person"), {"fields": ("full_name", "preferred_language")}),
        (_("Access"), {"fields": ("is_active", "groups")}),
        (_("Dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = ((None, {"classes": ("wide",), "fields": ("email", "full_name")}),)
    filter_horizontal = ["groups"]

    def save_related(self, request: HttpRequest, form: Any, formsets: Any, change: bool) -> None:
        # Hub roles go through the service so the change is audited and staff flags follow.
        roles = [g.name for g in form.cleaned_data.get("groups", []) if g.name in HubRole.values]
        other_groups = [
            g for g in form.cleaned_data.get("groups", []) if g.name not in HubRole.values
        ]
        form.cleaned_data["groups"] = other_groups + [
            g for g in form.instance.groups.all() if g.name in HubRole.values
        ]
        super().save_related(request, form, formsets, change)
        user_set_hub_roles(user=form.instance, roles=roles, by=request.user)  # type: ignore[arg-type]

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        if change and "is_active" in form.changed_data:
            audit_record(
                actor=request.user,
                action="user.activated" if obj.is_active else "user.deactivated",
                target=obj,
            )
        super().save_model(request, obj, form, change)


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["user", "created_at", "expires_at", "used_at", "created_by"]
    list_select_related = ["user", "created_by"]
    readonly_fields = ["user", "token_hash", "created_at", "expires_at", "used_at", "created_by"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False
