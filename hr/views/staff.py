"""The staff of the organisation: the list, a person's page, invitations."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts import access, services
from accounts.forms import invitable_roles
from accounts.models import Invitation
from core.staff_search import search_staff

from ..forms import CompleteEmailForm, InvitationForm
from ..pagination import page_of
from .people import person_page


@access.hr_required
def home(request):
    organisations = access.visible_organisations(request.user)
    staff = access.visible_users(request.user).select_related("organisation")
    query = request.GET.get("q", "").strip()[:100]
    staff = search_staff(staff, query)
    # Walk-ins who came without an email address: HR enter it (person_complete_email).
    only_to_complete = request.GET.get("a_completer") == "1"
    if only_to_complete:
        staff = staff.filter(email_to_complete=True)
    page = page_of(staff.order_by("last_name", "first_name", "pk"), request)
    # The first 50 organisations, then their head counts (not a count of every one's staff).
    shown = list(organisations.order_by("name")[:50])
    counts = dict(get_user_model().objects.filter(
        organisation__in=shown, deleted_at__isnull=True, is_active=True).order_by()
        .values_list("organisation").annotate(n=Count("pk")))
    for organisation in shown:
        organisation.staff_count = counts.get(organisation.pk, 0)
    return render(request, "hr/home.html", {
        "page": page,
        "query": query,
        "organisations": shown,
        "pending_invitations": access.scope_to_user(
            request.user, Invitation.objects.pending()
        ).count(),
        "only_to_complete": only_to_complete,
        "to_complete": access.visible_users(request.user).filter(
            email_to_complete=True, is_active=True).count(),
    })


@access.hr_required
def person_detail(request, pk):
    person = access.get_visible_user_or_404(request.user, pk)
    return person_page(request, person)


@access.hr_required
def invitations(request):
    organisations = access.visible_organisations(request.user)
    form = InvitationForm(request.POST or None, organisations=organisations,
                          allowed_roles=invitable_roles(request.user))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        invitation = services.invite(
            organisation=data["organisation"], email=data["email"], invited_by=request.user,
            first_name=data["first_name"], last_name=data["last_name"],
            job_role=data["job_role"], site=data["site"], role=data["role"],
        )
        messages.success(request, _("Invitation envoyée à %(email)s.") % {"email": invitation.email})
        return redirect("hr:invitations")
    invitations = access.scope_to_user(
        request.user, Invitation.objects.select_related("organisation", "invited_by")
    )
    page = page_of(invitations, request)
    return render(request, "hr/invitations.html", {"form": form, "page": page})


def _visible_invitation_or_404(user, pk):
    return get_object_or_404(access.scope_to_user(user, Invitation.objects.all()), pk=pk)


@require_POST
@access.hr_required
def invitation_resend(request, pk):
    invitation = _visible_invitation_or_404(request.user, pk)
    try:
        services.send_invitation(invitation)
    except services.ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Invitation renvoyée à %(email)s.") % {"email": invitation.email})
    return redirect("hr:invitations")


@require_POST
@access.hr_required
def invitation_revoke(request, pk):
    invitation = _visible_invitation_or_404(request.user, pk)
    try:
        services.revoke_invitation(invitation)
    except services.ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Invitation annulée."))
    return redirect("hr:invitations")


@access.hr_required
def person_complete_email(request, pk):
    """The address of someone a trainer added without one: entered here, the person then
    gets the email that activates their account (accounts.services.complete_email). The form
    sits on the person's page; this page shows it again with its errors."""
    person = access.get_visible_user_or_404(request.user, pk)
    if not person.email_to_complete:
        messages.info(request, _("L'adresse de ce compte est déjà renseignée."))
        return redirect("hr:person", pk=person.pk)
    form = CompleteEmailForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.complete_email(person, form.cleaned_data["email"], by=request.user)
            except ValidationError as error:
                if hasattr(error, "error_dict"):
                    for field, errors in error.error_dict.items():
                        form.add_error(field, errors)
                else:
                    form.add_error(None, error)
            else:
                messages.success(request, _(
                    "Adresse enregistrée : %(name)s reçoit un e-mail à %(email)s pour activer "
                    "son compte.") % {"name": person.get_full_name(), "email": person.email})
                return redirect("hr:person", pk=person.pk)
        status = 400
    return render(request, "hr/person_complete_email.html", {
        "person": person, "complete_email_form": form}, status=status)
