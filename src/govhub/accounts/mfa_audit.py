"""MFA changes happen inside allauth's views; its signals are the only place to audit them."""

from __future__ import annotations

from typing import Any

from allauth.mfa import signals

from govhub.core.audit import audit_record


def _recorder(action: str) -> Any:
    def record(sender: Any, request: Any = None, user: Any = None, **kwargs: Any) -> None:
        authenticator = kwargs.get("authenticator")
        audit_record(
            actor=user,
            action=action,
            target=user,
            data={"type": getattr(authenticator, "type", "")},
        )

    return record


_ADDED = _recorder("mfa.added")
_REMOVED = _recorder("mfa.removed")
_RESET = _recorder("mfa.reset")


def connect() -> None:
    signals.authenticator_added.connect(_ADDED, dispatch_uid="govhub.mfa.added")
    signals.authenticator_removed.connect(_REMOVED, dispatch_uid="govhub.mfa.removed")
    signals.authenticator_reset.connect(_RESET, dispatch_uid="govhub.mfa.reset")
