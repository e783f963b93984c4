"""Sending a staff member to set up their second factor, then back where they were going."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _


def second_factor_setup(request):
    messages.warning(request, _("Votre rôle donne accès à des données de personnes : activez "
                                "la double authentification pour continuer."))
    url = reverse("mfa_activate_totp")
    return redirect(f"{url}?{urlencode({'next': request.get_full_path()})}")
