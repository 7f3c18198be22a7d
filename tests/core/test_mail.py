"""Mail leaves through the task queue, after commit, and is tried again when the server fails."""

from __future__ import annotations

import socket
from datetime import timedelta

import pytest
from django.core import mail
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from govhub.core.mail import mail_send, mail_suppressed, send_email_task

pytestmark = pytest.mark.django_db

DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def database_queue():
    # django-tasks rebuilds its backends when TASKS changes.
    with override_settings(TASKS=DATABASE_QUEUE):
        yield


def test_mail_is_queued_only_when_the_transaction_commits(
    database_queue, django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        mail_send(
            to="ana@parl.example",
            template="organisations/mail/access_request_declined",
            context={"access_request": {"full_name": "Ana", "decline_reason": "Test"}},
            language="pt",
        )
    assert DBTaskResult.objects.count() == 0
    for callback in callbacks:
        callback()
    queued = DBTaskResult.objects.get()
    assert queued.task_path == "govhub.core.mail.send_email_task"
    assert queued.args_kwargs["kwargs"]["to"] == "ana@parl.example"
    assert "Ana" in queued.args_kwargs["kwargs"]["body"]


def test_a_failing_mail_server_means_another_try_later(database_queue) -> None:
    port = _closed_port()
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=port,
        EMAIL_TIMEOUT=2,
    ):
        send_email_task.call(to="x@parl.example", subject="S", body="B", attempt=1)
    retry = DBTaskResult.objects.get()
    assert retry.args_kwargs["kwargs"]["attempt"] == 2
    assert retry.run_after > timezone.now() + timedelta(minutes=1)
    assert not mail.outbox


def test_the_last_attempt_gives_up_loudly(database_queue, settings) -> None:
    with (
        override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=_closed_port(),
            EMAIL_TIMEOUT=2,
        ),
        pytest.raises(OSError),
    ):
        send_email_task.call(
            to="x@parl.example", subject="S", body="B", attempt=settings.TASK_MAX_ATTEMPTS
        )
    assert DBTaskResult.objects.count() == 0


def test_nothing_is_sent_inside_mail_suppressed(django_capture_on_commit_callbacks) -> None:
    with django_capture_on_commit_callbacks(execute=True), mail_suppressed():
        mail_send(
            to="ana@parl.example",
            template="organisations/mail/access_request_declined",
            context={"access_request": {"full_name": "Ana", "decline_reason": "Test"}},
        )
    assert not mail.outbox
