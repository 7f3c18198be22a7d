"""Writes about people: creating them, their hub roles, invitations and preferences."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from govhub.accounts.models import HubRole, Invitation, User
from govhub.core.audit import audit_record
from govhub.core.mail import mail_send


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def user_create(
    *, email: str, full_name: str, preferred_language: str, password: str | None = None
) -> User:
    """Create an active person with a verified-or-not primary address.

    Raises ``ValidationError`` when the address is already in use. Without ``password`` the
    person cannot sign in until an invitation is followed.
    """
    email = User.objects.normalize_email(email).strip().lower()
    if User.objects.filter(email__iexact=email).exists():
        raise ValidationError({"email": _("A person with this e-mail address already exists.")})
    user = User(email=email, full_name=full_name.strip(), preferred_language=preferred_language)
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.full_clean()
    user.save()
    EmailAddress.objects.create(user=user, email=email, primary=True, verified=bool(password))
    return user


@transaction.atomic
def user_set_hub_roles(*, user: User, roles: Iterable[str], by: User | None) -> None:
    """Give ``user`` exactly ``roles``; coordinators also get the administration site."""
    wanted = set(roles)
    unknown = wanted - set(HubRole.values)
    if unknown:
        raise ValidationError(_("Unknown hub role."))
    before = set(user.hub_roles)
    # Groups are data: recreate any that an administrator removed.
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in wanted | before}
    user.groups.remove(*[groups[name] for name in before - wanted])
    user.groups.add(*[groups[name] for name in wanted - before])
    is_staff = HubRole.COORDINATOR in wanted
    if user.is_staff != is_staff and not user.is_superuser:
        user.is_staff = is_staff
        user.save(update_fields=["is_staff"])
    user._hub_roles_cache = frozenset(wanted)
    if before != wanted:
        audit_record(
            actor=by,
            action="user.hub_roles_changed",
            target=user,
            data={"before": sorted(before), "after": sorted(wanted)},
        )


@transaction.atomic
def user_set_preferred_language(*, user: User, language: str) -> None:
    if language not in dict(settings.LANGUAGES):
        raise ValidationError(_("This language is not offered."))
    if user.preferred_language != language:
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])


@transaction.atomic
def invitation_send(
    *, user: User, by: User | None, context: dict[str, Any] | None = None
) -> Invitation:
    """Replace any open invitation of ``user`` with a new one and mail its link.

    The link is valid for ``settings.INVITATION_VALID_DAYS`` days and works once.
    """
    now = timezone.now()
    Invitation.objects.filter(user=user, used_at__isnull=True, expires_at__gt=now).update(
        expires_at=now
    )
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        user=user,
        token_hash=_token_hash(token),
        expires_at=now + timedelta(days=settings.INVITATION_VALID_DAYS),
        created_by=by,
    )
    with translation.override(user.preferred_language):
        path = reverse("accounts:invitation_accept", kwargs={"token": token})
    mail_send(
        to=user.email,
        template="accounts/mail/invitation",
        context={
            "user": user,
            "link": f"{settings.SITE_URL}{path}",
            "valid_days": settings.INVITATION_VALID_DAYS,
            "invited_by": by,
            **(context or {}),
        },
        language=user.preferred_language,
    )
    audit_record(actor=by, action="invitation.sent", target=user)
    return invitation


def invitation_for_token(token: str) -> Invitation | None:
    """The usable invitation behind ``token``, or ``None`` (unknown, used or expired alike)."""
    if not token or len(token) > 100:
        return None
    invitation = (
        Invitation.objects.select_related("user").filter(token_hash=_token_hash(token)).first()
    )
    if invitation is None or not invitation.is_usable or not invitation.user.is_active:
        return None
    return invitation


@transaction.atomic
def invitation_accept(*, token: str, password: str) -> User:
    """Set the first password through an invitation; the link is spent afterwards.

    Raises ``ValidationError`` when the link is unknown, used or expired.
    """
    invitation = invitation_for_token(token)
    if invitation is None:
        raise ValidationError(_("This invitation link is not valid any more."))
    locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if locked.used_at is not None:
        raise ValidationError(_("This invitation link is not valid any more."))
    user = invitation.user
    user.set_password(password)
    user.save(update_fields=["password"])
    locked.used_at = timezone.now()
    locked.save(update_fields=["used_at"])
    EmailAddress.objects.filter(user=user, email__iexact=user.email).update(verified=True)
    audit_record(actor=user, action="invitation.accepted", target=user)
    return user
