"""How allauth fits the hub: no open sign-up, mail through the queue, the reader's language."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.db import transaction
from django.http import HttpRequest
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext as _

from govhub.core.mail import send_email_task


@dataclass(frozen=True)
class HubSite:
    """What allauth's mail templates call the site: the hub's name, in the mail's language."""

    name: str
    domain: str = urlsplit(settings.SITE_URL).netloc


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request: HttpRequest) -> bool:
        # Access is granted by the hub team, never taken.
        return False

    def send_mail(self, template_prefix: str, email: str, context: dict[str, Any]) -> None:
        user = context.get("user")
        language = getattr(user, "preferred_language", None) or translation.get_language()
        context = dict(context)
        for key in ("password_reset_url", "activate_url"):
            # Links lead to pages in the language of the mail.
            if isinstance(context.get(key), str):
                context[key] = translate_url(context[key], language)
        with translation.override(language):
            context["current_site"] = HubSite(name=str(_("ICT Governance Hub")))
            message = self.render_mail(template_prefix, email, context)
        subject, body = str(message.subject), str(message.body)
        transaction.on_commit(
            lambda: send_email_task.enqueue(to=email, subject=subject, body=body, attempt=1)
        )

    def add_message(
        self,
        request: HttpRequest,
        level: int,
        message_template: str | None = None,
        message_context: dict[str, Any] | None = None,
        extra_tags: str = "",
        message: str | None = None,
    ) -> None:
        # A signed-in person is taken to pages in their own language, so the message that
        # greets them there is written in it too.
        language = getattr(request.user, "preferred_language", None) or translation.get_language()
        with translation.override(language):
            super().add_message(
                request, level, message_template, message_context, extra_tags, message
            )

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        user = request.user
        language = getattr(user, "preferred_language", None) or translation.get_language()
        with translation.override(language):
            return reverse("home_dashboard")
