"""What HR change on a person's page: their details and manager, their account (deactivate,
reactivate) and their invitation (resend). Each action is a POST to its own URL; the rules
are in accounts.services."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts import access, services
from accounts.roles import Role, assigned_roles
from reports.person import training_section

from ..forms import StaffDetailsForm

# How many of the people a manager leads their page names (the count says the rest).
TEAM_SHOWN = 50


def _name(person):
    return person.get_full_name() or person.email


def person_page(request, person, *, details_form=None):
    """The person's page (hr/person.html): what they are, their training, and what HR may
    change; the actions' views show it again with their form and its errors."""
    team = access.team_of(person).order_by("last_name", "first_name", "pk")
    return render(request, "hr/person.html", {
        "person": person,
        "training": training_section(person, request.user),
        "details_form": details_form or StaffDetailsForm(person=person),
        "manager": person.manager if person.manager_id else None,
        "team": list(team[:TEAM_SHOWN]),
        "team_count": team.count(),
        "leads_team": Role.MANAGER in assigned_roles(person),
        "invitation": services.resendable_invitation(person),
        "account_change_error": _account_change_error(person, request.user),
        "history": services.account_history(person),
    })


def _account_change_error(person, viewer):
    try:
        services.check_account_change(person, by=viewer)
    except ValidationError as error:
        return " ".join(error.messages)
    return ""


def _back(person):
    return redirect("hr:person", pk=person.pk)


@require_POST
@access.hr_required
def person_details(request, pk):
    person = access.get_visible_user_or_404(request.user, pk)
    form = StaffDetailsForm(request.POST, person=person)
    if form.is_valid():
        try:
            changed = services.update_staff_details(person, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if changed:
                messages.success(request, _("Fiche de %(name)s enregistrée.")
                                 % {"name": _name(person)})
            else:
                messages.info(request, _("Rien n'a changé."))
            return _back(person)
    return person_page(request, person, details_form=form)


@require_POST
@access.hr_required
def person_deactivate(request, pk):
    """First a page that says what deactivating does; the change once confirmed."""
    person = access.get_visible_user_or_404(request.user, pk)
    try:
        services.check_account_change(person, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return _back(person)
    if request.POST.get("confirm") != "on":
        return render(request, "hr/person_deactivate.html", {"person": person})
    if services.deactivate(person, by=request.user):
        messages.success(request, _("Compte de %(name)s désactivé : cette personne ne peut plus "
                                    "se connecter. Son suivi et ses attestations sont "
                                    "conservés.") % {"name": _name(person)})
    return _back(person)


@require_POST
@access.hr_required
def person_reactivate(request, pk):
    person = access.get_visible_user_or_404(request.user, pk)
    try:
        reactivated = services.reactivate(person, by=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        if reactivated:
            messages.success(request, _("Compte de %(name)s réactivé : cette personne peut de "
                                        "nouveau se connecter.") % {"name": _name(person)})
    return _back(person)


@require_POST
@access.hr_required
def person_invitation_resend(request, pk):
    person = access.get_visible_user_or_404(request.user, pk)
    try:
        invitation = services.resend_invitation_to(person)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Invitation renvoyée à %(email)s.")
                         % {"email": invitation.email})
    return _back(person)
