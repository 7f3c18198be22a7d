"""Writing the audit log. Services call ``audit_record`` inside their transaction."""

from __future__ import annotations

from typing import Any

from django.db import models

from govhub.core.models import AuditEntry


def audit_record(
    *,
    actor: Any | None,
    action: str,
    target: models.Model | None = None,
    reason: str = "",
    data: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add one row to the audit log; the caller's transaction decides whether it lands."""
    entry = AuditEntry(
        actor=actor if actor is not None and getattr(actor, "pk", None) else None,
        action=action,
        reason=reason,
        data=data or {},
    )
    if target is not None:
        entry.target_type = target._meta.label_lower
        entry.target_id = str(target.pk)
        entry.target_repr = str(target)[:255]
    entry.save()
    return entry
