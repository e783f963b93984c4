"""Sessions seen from an organisation: which are coming, registering staff, cancelling a
registration. The rules live in scheduling.services."""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts import access
from accounts.models import JobRole, Organisation
from core.staff_search import search_staff
from scheduling import services
from scheduling.models import Registration

from ..forms import StaffRegistrationForm
from ..pagination import page_of

PAGE_SIZE = 20


def _error(request, error):
    messages.error(request, " ".join(error.messages))


@access.hr_required
def session_list(request):
    """The sessions of the last 90 days and to come: one page of sessions first, then the
    counts of that page only (seats taken, the viewer's staff registered)."""
    sessions = (services.visible_sessions(request.user)
                .filter(ends_at__gte=timezone.now() - timedelta(days=90)))
    page = page_of(sessions.order_by("starts_at", "pk"), request, PAGE_SIZE)
    ids = [session.pk for session in page]
    on_page = Registration.objects.filter(session__in=ids).order_by()
    taken = dict(on_page.filter(status__in=Registration.SEATED).values_list("session")
                 .annotate(n=Count("pk")))
    mine = access.scope_to_user(request.user, on_page, organisation_field="user__organisation")
    staff_counts = dict(mine.exclude(status=Registration.Status.CANCELLED)
                        .values_list("session").annotate(n=Count("pk")))
    for session in page:
        session.seats_taken = taken.get(session.pk, 0)
        session.staff_count = staff_counts.get(session.pk, 0)
        session.left = services.seats_left(session)
    return render(request, "hr/sessions.html", {"page": page})


CANDIDATES_SHOWN = 100


def _staff_candidates(request, session, staff):
    """The people offered for registration, narrowed by the page's filters (job, name and,
    for the coordination, organisation): None until the coordination picks an organisation."""
    filters = {"job_role": request.GET.get("metier", ""),
               "query": request.GET.get("q", "").strip()[:100], "organisation": None,
               "organisations": []}
    if access.is_coordinator(request.user):
        organisations = Organisation.objects.filter(is_active=True).order_by("name")
        if not session.open_to_all:
            organisations = organisations.filter(pk__in=session.organisations.values("pk"))
        filters["organisations"] = organisations
        chosen = request.GET.get("organisation", "")
        filters["organisation"] = organisations.filter(pk=chosen).first() if chosen.isdigit() \
            else None
        if filters["organisation"] is None:
            return None, filters
        staff = staff.filter(organisation=filters["organisation"])
    if filters["job_role"]:
        staff = staff.filter(job_role=filters["job_role"])
    staff = search_staff(staff, filters["query"])
    return staff, filters


@access.hr_required
def session_detail(request, pk):
    session = get_object_or_404(
        services.with_counts(services.visible_sessions(request.user))
        .prefetch_related("slots", "trainers"), pk=pk)
    registrations = services.staff_registrations(request.user, session).order_by(
        "user__last_name", "user__first_name", "pk")
    already = Registration.objects.filter(session=session).exclude(
        status=Registration.Status.CANCELLED).values("user")
    staff = (access.visible_users(request.user).filter(is_active=True,
                                                       organisation__isnull=False)
             .exclude(pk__in=already).order_by("last_name", "first_name", "pk"))
    candidates, filters = _staff_candidates(request, session, staff)
    form = StaffRegistrationForm(request.POST or None, staff=staff)
    if request.method == "POST" and form.is_valid():
        registered, waiting, errors = services.register_staff(
            session, form.cleaned_data["people"], by=request.user)
        if registered:
            messages.success(request, _("Inscrit·es : %(names)s.") % {
                "names": ", ".join(p.get_full_name() for p in registered)})
        if waiting:
            messages.info(request, _("Sur liste d'attente (session complète) : %(names)s.") % {
                "names": ", ".join(p.get_full_name() for p in waiting)})
        for person, message in errors:
            messages.error(request, f"{person.get_full_name()} : {message}")
        url = reverse("hr:session", args=[session.pk])
        return redirect(f"{url}?{request.GET.urlencode()}" if request.GET else url)
    # Validation accepts any of their staff; the page lists the filtered few only.
    shown = list(candidates[:CANDIDATES_SHOWN + 1]) if candidates is not None else []
    form.fields["people"].queryset = staff.filter(pk__in=[p.pk for p in shown[:CANDIDATES_SHOWN]])
    return render(request, "hr/session.html", {
        "session": session, "registrations": registrations, "form": form,
        "seats_left": services.seats_left(session), "job_roles": JobRole.choices,
        "too_many": len(shown) > CANDIDATES_SHOWN, "shown_limit": CANDIDATES_SHOWN,
        "needs_organisation": candidates is None, **filters,
        "cannot_register": (_("Les inscriptions à cette session sont closes.")
                            if not session.registration_is_open else None),
    }, status=400 if form.errors else 200)


@require_POST
@access.hr_required
def session_cancel(request, pk, registration_pk):
    session = get_object_or_404(services.visible_sessions(request.user), pk=pk)
    registration = get_object_or_404(services.staff_registrations(request.user, session),
                                     pk=registration_pk)
    try:
        services.cancel(registration, by=request.user)
    except ValidationError as error:
        _error(request, error)
    else:
        messages.success(request, _("Inscription de %(name)s annulée.") % {
            "name": registration.user.get_full_name()})
    return redirect("hr:session", pk=session.pk)
