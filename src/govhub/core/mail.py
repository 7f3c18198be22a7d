"""Outgoing mail: rendered in the recipient's language, sent by the task queue after commit."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import timedelta
from functools import partial
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template import Context
from django.template.loader import get_template
from django.utils import timezone, translation
from django_tasks import task

logger = logging.getLogger(__name__)
_suppressed: ContextVar[bool] = ContextVar("govhub_mail_suppressed", default=False)


@contextmanager
def mail_suppressed() -> Iterator[None]:
    """Within this block ``mail_send`` sends nothing (used to load demo data quietly)."""
    token = _suppressed.set(True)
    try:
        yield
    finally:
        _suppressed.reset(token)


def mail_send(
    *, to: str, template: str, context: dict[str, Any], language: str | None = None
) -> None:
    """Render ``<template>_subject.txt`` and ``<template>_body.txt`` and queue the message.

    The text is rendered now, in ``language`` (the recipient's), so the worker needs no
    request or locale. The message leaves only if the caller's transaction commits.
    """
    if _suppressed.get():
        return
    language = language or settings.LANGUAGE_CODE
    with translation.override(language):
        full_context = {"site_url": settings.SITE_URL, "language": language, **context}
        subject = _render_text(f"{template}_subject.txt", full_context).strip()
        body = _render_text(f"{template}_body.txt", full_context)
    subject = " ".join(subject.split())
    transaction.on_commit(
        partial(send_email_task.enqueue, to=to, subject=subject, body=body, attempt=1)
    )


def _render_text(name: str, context: dict[str, Any]) -> str:
    """Render a plain-text template without HTML escaping.

    Mail is text, not HTML: a name such as ``O'Brien & Co`` must arrive as typed, not as
    ``O&#x27;Brien &amp; Co``, whether or not the template remembers ``{% autoescape off %}``.
    """
    engine_template = get_template(name)
    return engine_template.template.render(Context(context, autoescape=False))  # type: ignore[attr-defined]


@task()
def send_email_task(*, to: str, subject: str, body: str, attempt: int = 1) -> None:
    """Send one message; on failure try again later with a growing delay."""
    message = EmailMessage(subject=subject, body=body, to=[to])
    try:
        message.send()
    except Exception:
        if attempt >= settings.TASK_MAX_ATTEMPTS:
            logger.exception("Giving up sending mail %r to %s", subject, to)
            raise
        delay = timedelta(minutes=2**attempt)
        logger.warning("Mail to %s failed; trying again in %s", to, delay)
        send_email_task.using(run_after=timezone.now() + delay).enqueue(
            to=to, subject=subject, body=body, attempt=attempt + 1
        )
