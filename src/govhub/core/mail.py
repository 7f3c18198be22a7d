"""Outgoing mail: rendered in the recipient's language, sent by the task queue after commit."""

from __future__ import annotations

import logging
from datetime import timedelta
from functools import partial
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django_tasks import task

logger = logging.getLogger(__name__)


def mail_send(
    *, to: str, template: str, context: dict[str, Any], language: str | None = None
) -> None:
    """Render ``<template>_subject.txt`` and ``<template>_body.txt`` and queue the message.

    The text is rendered now, in ``language`` (the recipient's), so the worker needs no
    request or locale. The message leaves only if the caller's transaction commits.
    """
    language = language or settings.LANGUAGE_CODE
    with translation.override(language):
        full_context = {"site_url": settings.SITE_URL, "language": language, **context}
        subject = render_to_string(f"{template}_subject.txt", full_context).strip()
        body = render_to_string(f"{template}_body.txt", full_context)
    subject = " ".join(subject.split())
    transaction.on_commit(
        partial(send_email_task.enqueue, to=to, subject=subject, body=body, attempt=1)
    )


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
