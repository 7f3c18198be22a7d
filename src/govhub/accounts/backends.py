"""What hub roles allow in the administration site, as one policy instead of per-row grants."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.backends import BaseBackend

from govhub.accounts.models import HubRole

# Apps whose data coordinators curate through the administration site.
COORDINATOR_APPS = frozenset({"accounts", "organisations", "core", "auth"})


class HubRoleBackend(BaseBackend):
    def has_perm(self, user_obj: Any, perm: str, obj: Any = None) -> bool:
        if not getattr(user_obj, "is_active", False) or not hasattr(user_obj, "hub_roles"):
            return False
        app_label = perm.split(".", 1)[0]
        return HubRole.COORDINATOR in user_obj.hub_roles and app_label in COORDINATOR_APPS

    def has_module_perms(self, user_obj: Any, app_label: str) -> bool:
        if not getattr(user_obj, "is_active", False) or not hasattr(user_obj, "hub_roles"):
            return False
        return HubRole.COORDINATOR in user_obj.hub_roles and app_label in COORDINATOR_APPS
