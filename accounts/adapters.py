from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from allauth.core.internal import ratelimit
from django.conf import settings
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from core.http import client_ip

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

    # allauth's ways to confirm it is you before a sensitive change, in the Repères words.
    reauthentication_labels = {
        "reauthenticate": _("Avec mon mot de passe"),
        "reauthenticate_by_code": _("Avec un code reçu par e-mail"),
        "mfa_reauthenticate": _("Avec le code de mon application"),
    }

    def get_reauthentication_methods(self, user):
        return [{**method, "description": self.reauthentication_labels.get(
            method["id"], method["description"])}
            for method in super().get_reauthentication_methods(user)]

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

    def get_client_ip(self, request):
        """The address behind our proxies (core.http.client_ip), for every allauth limit."""
        return client_ip(request)

    def _get_login_attempts_cache_key(self, request, **credentials):
        """Wrong passwords are counted per account *and* address: someone who tries passwords
        on an account from their machine does not lock its owner out of theirs."""
        key = super()._get_login_attempts_cache_key(request, **credentials)
        return f"{key}:{client_ip(request)}"

    def pre_authenticate(self, request, **credentials):
        """allauth's limits (per address, per account and address), then one per account
        from every address together, for a guessing spread over many machines."""
        super().pre_authenticate(request, **credentials)
        login = (credentials.get("email") or "").lower()
        usage = ratelimit.consume(request, app="allauth.account", action="login_failed_account",
                                  config=settings.REPERES_RATE_LIMITS, key=f"account:{login}")
        if not usage:
            self._login_failed_rl_usage.rollback()
            raise self.validation_error("too_many_login_attempts")
        self._login_failed_rl_usage.usage.extend(usage.usage)
