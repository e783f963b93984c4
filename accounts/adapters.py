from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from .emails import enqueue_email


class AccountAdapter(DefaultAccountAdapter):
    """allauth, the Repères way: French messages, emails sent through a task."""

    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "too_many_login_attempts": _(
            "Trop de tentatives de connexion. Patientez quelques minutes avant de réessayer."
        ),
        "email_password_mismatch": _("L'adresse e-mail ou le mot de passe est incorrect."),
        "rate_limited": _("Trop de demandes en peu de temps. Patientez un peu, puis réessayez."),
    }

    def send_mail(self, template_prefix, email, context):
        """allauth's context and templates, rendered now (the context holds objects and the
        live code), sent sealed from the task worker (`emails.enqueue_email`).

        allauth's emails are plain text (`account/email/*_message.txt`); the HTML part is the
        same text in the Repères layout, which escapes it once and turns links into links.
        """
        context = {"request": allauth_context.request, "email": email,
                   "current_site": self.current_site(), **context}
        message = self.render_mail(template_prefix, email, context)
        html = render_to_string("emails/layout.html", {
            "subject": message.subject, "body_text": message.body})
        enqueue_email(subject=message.subject, to=message.to, text_body=message.body,
                      html_body=html, from_email=message.from_email)

    def current_site(self):
        """What allauth's templates call the site: without django.contrib.sites it would be
        the host name, or nothing when an email is sent outside a request."""
        return SimpleNamespace(name=settings.WAGTAIL_SITE_NAME,
                               domain=urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc)
