"""Writes about organisations, memberships and access requests.

Every function here is atomic, validates its input, writes the audit log for sensitive
changes and sends its mail only once the transaction has committed.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from govhub.accounts.models import HubRole, User
from govhub.accounts.services import invitation_send, user_create
from govhub.core.audit import audit_record
from govhub.core.mail import mail_send
from govhub.organisations.models import (
    AccessRequest,
    AccessRequestStatus,
    Membership,
    MembershipRole,
    Organisation,
)
from govhub.translation.provenance import TranslationStatus
from govhub.translation.services import translation_set

# Words the organisation URLs use for their own pages.
RESERVED_SLUGS = frozenset({"new", "request-access", "access-requests"})


def _unique_slug(name: str) -> str:
    base = slugify(name)[:70] or "organisation"
    if base in RESERVED_SLUGS:
        base = f"{base}-organisation"
    slug, n = base, 2
    while Organisation.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


@transaction.atomic
def organisation_create(
    *,
    name: str,
    kind: str,
    country: str,
    region: str,
    joined_on: dt.date,
    website: str = "",
    descriptions: dict[str, str] | None = None,
    source_language: str = "en",
    by: User | None = None,
) -> Organisation:
    """Create an organisation; ``descriptions`` maps language codes to text.

    The text in ``source_language`` is recorded as the original, the others as reviewed
    translations by ``by`` (or as originals when nobody is named).
    """
    name = name.strip()
    if Organisation.objects.filter(name__iexact=name).exists():
        raise ValidationError({"name": _("An organisation with this name already exists.")})
    organisation = Organisation(
        name=name,
        slug=_unique_slug(name),
        kind=kind,
        country=country,
        region=region,
        joined_on=joined_on,
        website=website,
    )
    organisation.full_clean(exclude=["translations"])
    organisation.save()
    for language, text in (descriptions or {}).items():
        status = (
            TranslationStatus.ORIGINAL
            if language == source_language or by is None
            else TranslationStatus.REVIEWED
        )
        translation_set(
            obj=organisation,
            language=language,
            values={"description": text},
            status=status,
            by=by,
        )
    audit_record(actor=by, action="organisation.created", target=organisation)
    return organisation


def _refuse_duplicate_email(email: str) -> None:
    if User.objects.filter(email__iexact=email, is_active=True).exists():
        raise ValidationError(
            {
                "email": _(
                    "This e-mail address already has access to the hub. Use “Forgot your "
                    "password?” on the sign-in page if you cannot sign in."
                )
            }
        )
    if AccessRequest.objects.filter(
        email__iexact=email, status=AccessRequestStatus.PENDING
    ).exists():
        raise ValidationError(
            {"email": _("A request for this e-mail address is already waiting for a decision.")}
        )


@transaction.atomic
def access_request_submit(
    *,
    full_name: str,
    email: str,
    position: str,
    reason: str,
    preferred_language: str,
    organisation: Organisation | None = None,
    proposed_organisation: str = "",
    proposed_country: str = "",
) -> AccessRequest:
    """Record a request for access and tell the coordinators.

    Raises ``ValidationError`` when the address already has access or a pending request,
    or when neither a listed nor a proposed organisation is given.
    """
    email = email.strip().lower()
    _refuse_duplicate_email(email)
    if organisation is None and not proposed_organisation.strip():
        raise ValidationError(
            {"organisation": _("Choose your organisation, or name it if it is not listed.")}
        )
    request = AccessRequest(
        full_name=full_name.strip(),
        email=email,
        organisation=organisation,
        proposed_organisation="" if organisation else proposed_organisation.strip(),
        proposed_country="" if organisation else proposed_country,
        position=position.strip(),
        reason=reason.strip(),
        preferred_language=preferred_language,
    )
    request.full_clean()
    request.save()
    coordinators = User.objects.filter(groups__name=HubRole.COORDINATOR, is_active=True).distinct()
    for coordinator in coordinators:
        mail_send(
            to=coordinator.email,
            template="organisations/mail/access_request_received",
            context={"access_request": request, "recipient": coordinator},
            language=coordinator.preferred_language,
        )
    return request


@transaction.atomic
def membership_grant(
    *, user: User, organisation: Organisation, role: str, position: str, by: User | None
) -> Membership:
    """Give ``user`` access through ``organisation`` (again, if it had ended)."""
    membership, created = Membership.objects.get_or_create(
        user=user,
        organisation=organisation,
        defaults={"role": role, "position": position, "granted_by": by},
    )
    if not created:
        membership.role, membership.position, membership.is_active = role, position, True
        membership.granted_by = by
        membership.save(update_fields=["role", "position", "is_active", "granted_by"])
    audit_record(
        actor=by,
        action="membership.granted",
        target=membership,
        data={"organisation": organisation.pk, "role": role},
    )
    return membership


@transaction.atomic
def access_request_grant(
    *,
    access_request: AccessRequest,
    by: User,
    role: str = MembershipRole.MEMBER,
    organisation: Organisation | None = None,
) -> Membership:
    """Grant a pending request: create the person and the membership, mail the invitation.

    ``organisation`` overrides the one asked for (required when the request only proposed
    an organisation). Raises ``ValidationError`` when the request is not pending any more or
    the address gained access meanwhile.
    """
    locked = AccessRequest.objects.select_for_update().get(pk=access_request.pk)
    if locked.status != AccessRequestStatus.PENDING:
        raise ValidationError(_("This request has already been decided."))
    target = organisation or locked.organisation
    if target is None:
        raise ValidationError(
            {"organisation": _("Choose the organisation through which access is granted.")}
        )
    if role not in MembershipRole.values:
        raise ValidationError({"role": _("Unknown role.")})
    if User.objects.filter(email__iexact=locked.email, is_active=True).exists():
        raise ValidationError(_("This e-mail address already has access to the hub."))
    existing = User.objects.filter(email__iexact=locked.email).first()
    if existing is not None:
        # A person whose access once ended comes back with the same account.
        existing.is_active = True
        existing.full_name = locked.full_name
        existing.preferred_language = locked.preferred_language
        existing.save(update_fields=["is_active", "full_name", "preferred_language"])
        user = existing
    else:
        user = user_create(
            email=locked.email,
            full_name=locked.full_name,
            preferred_language=locked.preferred_language,
        )
    membership = membership_grant(
        user=user, organisation=target, role=role, position=locked.position, by=by
    )
    locked.status = AccessRequestStatus.GRANTED
    locked.decided_at = timezone.now()
    locked.decided_by = by
    locked.user = user
    locked.organisation = target
    locked.save(update_fields=["status", "decided_at", "decided_by", "user", "organisation"])
    audit_record(actor=by, action="access_request.granted", target=locked)
    invitation_send(user=user, by=by, context={"organisation": target})
    return membership


@transaction.atomic
def access_request_decline(*, access_request: AccessRequest, by: User, reason: str) -> None:
    """Decline a pending request and mail the reason to the person who asked."""
    locked = AccessRequest.objects.select_for_update().get(pk=access_request.pk)
    if locked.status != AccessRequestStatus.PENDING:
        raise ValidationError(_("This request has already been decided."))
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": _("Say why the request is declined.")})
    locked.status = AccessRequestStatus.DECLINED
    locked.decided_at = timezone.now()
    locked.decided_by = by
    locked.decline_reason = reason
    locked.save(update_fields=["status", "decided_at", "decided_by", "decline_reason"])
    audit_record(actor=by, action="access_request.declined", target=locked, reason=reason)
    mail_send(
        to=locked.email,
        template="organisations/mail/access_request_declined",
        context={"access_request": locked},
        language=locked.preferred_language,
    )


@transaction.atomic
def colleague_invite(
    *,
    organisation: Organisation,
    by: User,
    full_name: str,
    email: str,
    position: str,
    preferred_language: str,
    role: str = MembershipRole.MEMBER,
) -> Membership:
    """A focal point (or coordinator) gives a colleague access through their organisation."""
    email = email.strip().lower()
    _refuse_duplicate_email(email)
    if role not in MembershipRole.values:
        raise ValidationError({"role": _("Unknown role.")})
    existing = User.objects.filter(email__iexact=email).first()
    if existing is not None:
        existing.is_active = True
        existing.full_name = full_name.strip()
        existing.save(update_fields=["is_active", "full_name"])
        user = existing
    else:
        user = user_create(email=email, full_name=full_name, preferred_language=preferred_language)
    membership = membership_grant(
        user=user, organisation=organisation, role=role, position=position.strip(), by=by
    )
    invitation_send(user=user, by=by, context={"organisation": organisation})
    return membership


def _refuse_losing_last_focal_point(membership: Membership, by: User) -> None:
    if by.is_coordinator or membership.role != MembershipRole.FOCAL_POINT:
        return
    others = Membership.objects.filter(
        organisation=membership.organisation,
        role=MembershipRole.FOCAL_POINT,
        is_active=True,
        user__is_active=True,
    ).exclude(pk=membership.pk)
    if not others.exists():
        raise ValidationError(
            _("An organisation keeps at least one focal point. Name another one first.")
        )


@transaction.atomic
def membership_set_role(*, membership: Membership, role: str, by: User) -> None:
    if role not in MembershipRole.values:
        raise ValidationError({"role": _("Unknown role.")})
    if membership.role == role:
        return
    if role != MembershipRole.FOCAL_POINT:
        _refuse_losing_last_focal_point(membership, by)
    before = membership.role
    membership.role = role
    membership.save(update_fields=["role"])
    audit_record(
        actor=by,
        action="membership.role_changed",
        target=membership,
        data={"before": before, "after": role},
    )


@transaction.atomic
def membership_end(*, membership: Membership, by: User) -> None:
    """End one person's access through one organisation; their account stays for history."""
    if not membership.is_active:
        return
    _refuse_losing_last_focal_point(membership, by)
    membership.is_active = False
    membership.save(update_fields=["is_active"])
    audit_record(actor=by, action="membership.ended", target=membership)
