import json

from allauth.account.adapter import get_adapter
from allauth.account.decorators import reauthentication_required
from django.contrib import admin, messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from . import home, services
from .forms import DeleteAccountForm, ProfileForm

STAFF_PAGE_SIZE = 50


# --- The person's own space ----------------------------------------------------------------

@login_required
def dashboard(request):
    organisation = request.user.organisation
    escalation = organisation.escalation_contacts.all() if organisation else []
    return render(request, "accounts/dashboard.html", {
        "organisation": organisation,
        "escalation_contacts": escalation,
        "panels": home.panels(request),
    })


@login_required
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Votre profil est enregistré."))
        return redirect("accounts:profile")
    return render(request, "accounts/profile.html", {"form": form})


@login_required
def privacy(request):
    return render(request, "accounts/privacy.html")


@login_required
@reauthentication_required
def export_data(request):
    """Everything about the person, after a fresh proof that it is them (password, emailed
    code or second factor, within ACCOUNT_REAUTHENTICATION_TIMEOUT): a shared phone left
    logged in must not hand it over."""
    data = services.export_user_data(request.user)
    filename = f"reperes-mes-donnees-{timezone.localdate():%Y-%m-%d}.json"
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2, default=str),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@reauthentication_required(allow_get=True)
def delete_account(request):
    """Confirming the deletion needs a fresh proof of identity, as the export does."""
    form = DeleteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.delete_account(request.user)
        logout(request)
        messages.success(request, _("Votre compte est supprimé. Vos attestations restent "
                                    "vérifiables ; vos autres données sont effacées."))
        return redirect("/")
    return render(request, "accounts/delete.html", {"form": form})


# --- Invitations ---------------------------------------------------------------------------

def accept_invitation(request, token):
    invitation = services.find_invitation(token)
    if invitation is None:
        return render(request, "accounts/invitation_invalid.html",
                      {"reason": "unknown"}, status=404)
    if not invitation.is_usable:
        return render(request, "accounts/invitation_invalid.html",
                      {"reason": invitation.status, "invitation": invitation}, status=410)
    account = services.existing_account(invitation)
    if account is not None:  # never moved by an invitation; the person logs in as usual
        return render(request, "accounts/invitation_invalid.html", {
            "reason": "existing_account", "invitation": invitation,
            "same_organisation": account.organisation_id == invitation.organisation_id,
        }, status=409)
    if request.user.is_authenticated:
        # Someone else is logged in on this device (a shared phone, HR trying the link):
        # ask before ending their session.
        if request.method != "POST":
            return render(request, "accounts/invitation_switch.html",
                          {"invitation": invitation})
        logout(request)
    request.session[services.INVITATION_SESSION_KEY] = invitation.token
    get_adapter(request).stash_verified_email(request, invitation.email)
    messages.info(request, _("Bienvenue ! Choisissez votre mot de passe pour rejoindre %(org)s.")
                  % {"org": invitation.organisation.name})
    return redirect("account_signup")


def admin_login(request):
    """Every admin login goes through allauth (rate limits, MFA); this view only redirects.

    Both the Wagtail admin and the Django admin send unauthenticated people here. A
    logged-in person without access gets a 403 page rather than a redirect loop.
    """
    django_admin = request.path.startswith("/django-admin/")
    default = "/django-admin/" if django_admin else "/admin/"
    next_url = request.GET.get("next") or default
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = default
    if not request.user.is_authenticated:
        return redirect_to_login(next_url, login_url="account_login")
    if django_admin:
        allowed = admin.site.has_permission(request)
    else:
        allowed = request.user.has_perm("wagtailadmin.access_admin")
    if not allowed:
        raise PermissionDenied(_("Votre compte n'a pas accès à l'administration."))
    return redirect(next_url)
