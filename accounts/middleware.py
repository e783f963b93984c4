from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from .roles import waits_for_second_factor


class RequireMFAMiddleware:
    """Staff roles (trainer, HR, coordinator, editor) must set up TOTP before their spaces.

    The protection itself is by role: until the second factor is set up, accounts.roles
    does not count the staff roles, so no view anywhere grants them (an HR officer sees
    only their own certificates). This middleware adds the way out: the staff spaces
    (REPERES_MFA_PROTECTED_PREFIXES, and the Wagtail admin whose permissions come from
    groups) send the person to set the second factor up instead of refusing.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(settings.REPERES_MFA_PROTECTED_PREFIXES)

    def __call__(self, request):
        if self._must_set_up_mfa(request):
            messages.warning(
                request,
                _("Votre rôle donne accès à des données de personnes : activez la double "
                  "authentification pour continuer."),
            )
            url = reverse("mfa_activate_totp")
            return redirect(f"{url}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)

    def _must_set_up_mfa(self, request):
        user = getattr(request, "user", None)
        if not user or not user.is_authenticated:
            return False
        if not request.path.startswith(self.prefixes) or request.path.endswith("/login/"):
            return False
        return waits_for_second_factor(user)
