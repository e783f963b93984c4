"""Learner, trainer and HR views of awareness sessions. The rules live in services."""

import time
from datetime import timedelta

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts import access
from accounts.models import JobRole, Organisation
from core.links import absolute_url
from core.pdf import pdf_response, render_pdf
from core.staff_search import search_staff

from . import calendar, services
from .forms import AttendanceMarkForm, StaffRegistrationForm, WalkInForm
from .models import Attendance, AwarenessSession, CalendarFeed, Registration

PAGE_SIZE = 20


def _error(request, error):
    messages.error(request, " ".join(error.messages))


# --- Learner ------------------------------------------------------------------------------

@login_required
def session_list(request):
    sessions = services.upcoming_for(request.user)
    page = Paginator(sessions, PAGE_SIZE).get_page(request.GET.get("page"))
    for session in page:
        session.mine = session.my_registrations[0] if session.my_registrations else None
        session.left = services.seats_left(session)
    return render(request, "scheduling/session_list.html", {"page": page})


def _session_for(user, pk, *, for_display=True):
    """A session this person may look at: open to them, or one they are on, or one they
    run or oversee; 404 otherwise. `for_display` brings its counts, slots and trainers
    (registering and cancelling need none of them)."""
    sessions = AwarenessSession.objects.all()
    if for_display:
        sessions = services.with_counts(sessions).prefetch_related("slots", "trainers")
    session = get_object_or_404(sessions, pk=pk)
    if (services.open_to(session, user)
            or Registration.objects.filter(session=session, user=user).exists()
            or services.trained_by(user).filter(pk=pk).exists()
            or services.visible_sessions(user).filter(pk=pk).exists()):
        return session
    raise Http404


@login_required
def session_detail(request, pk):
    session = _session_for(request.user, pk)
    registration = Registration.objects.filter(session=session, user=request.user).first()
    return render(request, "scheduling/session_detail.html", {
        "session": session,
        "registration": registration,
        "position": services.waiting_position(registration) if registration else None,
        "can_cancel": registration is not None and services.can_cancel(registration,
                                                                       request.user),
        "cannot_register": services.registration_error(session, request.user),
        "seats_left": services.seats_left(session),
    })


@require_POST
@login_required
def register(request, pk):
    # Registering proves the session is open to them; only a refusal needs the check that
    # they may see it (a 404 then, as for its page).
    try:
        registration = services.register(pk, request.user)
    except AwarenessSession.DoesNotExist:
        raise Http404 from None
    except ValidationError as error:
        _session_for(request.user, pk, for_display=False)
        _error(request, error)
    else:
        if registration.status == Registration.Status.WAITING:
            messages.info(request, _("La session est complète : vous êtes sur la liste "
                                     "d'attente, en position %(position)s.") % {
                "position": registration.place_when_registered})
        else:
            messages.success(request, _("Vous êtes inscrit·e. Une confirmation vous a été "
                                        "envoyée par e-mail."))
    return redirect("scheduling:detail", pk=pk)


@require_POST
@login_required
def cancel(request, pk):
    session = _session_for(request.user, pk, for_display=False)
    registration = get_object_or_404(Registration, session=session, user=request.user)
    try:
        services.cancel(registration, by=request.user)
    except ValidationError as error:
        _error(request, error)
    else:
        messages.success(request, _("Votre inscription est annulée."))
    return redirect(session.get_absolute_url())


@login_required
def session_ics(request, pk):
    session = _session_for(request.user, pk)
    response = HttpResponse(calendar.build([session], method="PUBLISH"),
                            content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="session-{session.pk}.ics"'
    return response


@login_required
def my_sessions(request):
    registrations = services.registrations_of(request.user)
    page = Paginator(registrations, PAGE_SIZE).get_page(request.GET.get("page"))
    feed = services.calendar_feed(request.user)
    return render(request, "scheduling/my_sessions.html", {
        "page": page, "now": timezone.now(),
        "feed_url": absolute_url(feed.get_absolute_url()),
    })


@require_POST
@login_required
def renew_feed(request):
    services.renew_calendar_feed(request.user)
    messages.success(request, _("Nouvelle adresse créée : l'ancienne ne fonctionne plus. "
                                "Ajoutez la nouvelle à votre agenda."))
    return redirect("scheduling:mine")


@never_cache
def calendar_feed(request, token):
    feed = get_object_or_404(CalendarFeed.objects.select_related("user"), token=token)
    if not feed.user.is_active or feed.user.deleted_at:
        raise Http404
    body = calendar.build(services.feed_sessions(feed.user),
                          name=_("Repères — mes sessions"))
    return HttpResponse(body, content_type="text/calendar; charset=utf-8")


@never_cache
@login_required
def check_in(request, pk, token):
    """The page a scanned QR code opens: confirm to be marked present. Someone without a
    seat in the session is told so, and shown nothing of it."""
    session = get_object_or_404(AwarenessSession, pk=pk)
    slot = error = code = None
    done = already = False
    # The code is bound to the person who opened it: confirming needs the same session,
    # within CHECKIN_CONFIRM seconds of opening (a link passed on must be opened anew).
    opened_key = f"checkin:{pk}:{token}"
    try:
        if request.method == "POST":
            services.checkin_registration(session, token, request.user)
            opened = request.session.get(opened_key)
            if opened is None or time.time() - opened > services.CHECKIN_CONFIRM:
                raise ValidationError(_("Ce pointage a expiré. Scannez le code affiché en ce "
                                        "moment par le formateur."), code="expired")
            _registration, slot = services.check_in(session, token, request.user)
            done = True
        else:
            _registration, slot = services.checkin_registration(session, token, request.user)
            request.session[opened_key] = time.time()
    except ValidationError as exc:
        code = exc.error_list[0].code
        if code == "already_present":
            already = True
        else:
            error = " ".join(exc.messages)
            if code in ("invalid", "not_registered"):
                session = None
    status = (403 if code == "not_registered" else 400) if error else 200
    return render(request, "scheduling/check_in.html", {
        "session": session, "slot": slot, "error": error, "done": done, "already": already},
        status=status)


# --- Trainer ------------------------------------------------------------------------------

@never_cache
@access.trainer_required
def trainer_home(request):
    recent = timezone.now() - timedelta(days=30)
    sessions = (services.with_counts(services.trained_by(request.user))
                .filter(Q(ends_at__gte=recent) | Q(status=AwarenessSession.Status.SCHEDULED))
                .order_by("starts_at", "pk"))
    page = Paginator(sessions, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "scheduling/trainer/home.html", {"page": page})


def _slot(request, session):
    slots = list(session.slots.all())
    chosen = request.GET.get("creneau") or request.POST.get("slot")
    if chosen:
        for slot in slots:
            if str(slot.pk) == str(chosen):
                return slot, slots
    return services.current_slot(session, slots), slots


@never_cache
@access.trainer_required
def attendance(request, pk):
    session = services.get_trained_session_or_404(request.user, pk)
    slot, slots = _slot(request, session)
    return _render_attendance(request, session, slot, slots, WalkInForm())


def _render_attendance(request, session, slot, slots, walk_in_form, status=200):
    sheet = services.attendance_sheet(session, slot) if slot else []
    for registration in sheet:
        registration.slot_mark = registration.slot_marks[0] if registration.slot_marks else None
        registration.mark = registration.slot_mark.status if registration.slot_mark else ""
    return render(request, "scheduling/trainer/attendance.html", {
        "session": session, "slot": slot, "slots": slots, "sheet": sheet,
        "waiting": list(session.registrations.waiting().select_related("user")),
        "present": sum(1 for r in sheet if r.mark == Attendance.Status.PRESENT),
        "walk_in_form": walk_in_form, "statuses": Attendance.Status,
        "walk_in_closed": services.walk_in_error(session, slot) if slot else None,
        "qr_method": Attendance.Method.QR,
        "conflicts": (services.conflict_warnings(session, request.user)
                      if session.status == AwarenessSession.Status.SCHEDULED else []),
    }, status=status)


def _back_to_attendance(session, slot, anchor=""):
    url = reverse("scheduling:attendance", args=[session.pk])
    return redirect(f"{url}?creneau={slot.pk}{anchor}" if slot else url)


@require_POST
@access.trainer_required
def mark_attendance(request, pk):
    """Mark one person for one slot; a correction that would revoke a certificate is shown
    first, with its reason, and saved only once confirmed."""
    session = services.get_trained_session_or_404(request.user, pk)
    form = AttendanceMarkForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choix de présence non reconnu : réessayez."))
        return redirect("scheduling:attendance", pk=session.pk)
    registration = get_object_or_404(session.registrations.select_related("session", "user"),
                                     pk=form.cleaned_data["registration"])
    registration.session = session
    slot = get_object_or_404(session.slots, pk=form.cleaned_data["slot"])
    status = form.cleaned_data["status"]
    reason = services.withdrawal_reason(registration, slot, status)
    if reason and not form.cleaned_data["confirm"]:
        return render(request, "scheduling/trainer/confirm_mark.html", {
            "session": session, "registration": registration, "slot": slot, "status": status,
            "status_label": Attendance.Status(status).label, "reason": reason})
    try:
        services.mark(registration, slot, status, by=request.user, withdraw=bool(reason))
    except ValidationError as error:
        _error(request, error)
    else:
        if reason:
            messages.success(request, _("Présence corrigée : l'attestation de %(name)s est "
                                        "révoquée.") % {"name": _name(registration.user)})
    return _back_to_attendance(session, slot, f"#inscription-{registration.pk}")


def _name(person):
    return person.get_full_name() or person.email


@require_POST
@access.trainer_required
def walk_in(request, pk):
    session = services.get_trained_session_or_404(request.user, pk)
    slot, slots = _slot(request, session)
    form = WalkInForm(request.POST)
    if form.is_valid() and slot is not None:
        try:
            added = services.add_walk_in(session, slot, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            name = _name(added.person)
            if added.outcome == added.ALREADY_PRESENT:
                messages.info(request, _("%(name)s est déjà sur la liste, noté·e présent·e : "
                                         "rien n'a changé.") % {"name": name})
            elif added.outcome == added.WAS_REGISTERED:
                messages.success(request, _("%(name)s était déjà inscrit·e : noté·e "
                                            "présent·e.") % {"name": name})
            elif added.account_created:
                messages.success(request, _("%(name)s est ajouté·e et noté·e présent·e. Un compte "
                                            "a été créé : un e-mail lui explique comment "
                                            "l'activer.") % {"name": name})
            else:
                messages.success(request, _("%(name)s est ajouté·e et noté·e présent·e.")
                                 % {"name": name})
            return _back_to_attendance(session, slot)
    return _render_attendance(request, session, slot, slots, form, status=400)


@never_cache
@access.trainer_required
def qr_code(request, pk):
    session = services.get_trained_session_or_404(request.user, pk)
    slot, slots = _slot(request, session)
    if slot is None:
        raise Http404
    now = timezone.now()
    url = absolute_url(reverse(
        "scheduling:check_in", args=[session.pk, services.checkin_token(session, slot, now=now)]))
    return render(request, "scheduling/trainer/qr.html", {
        "session": session, "slot": slot, "slots": slots,
        "qr_svg": segno.make(url, error="m").svg_inline(scale=8, border=2,
                                                        title=_("QR code de pointage")),
        "check_in_url": url, "refresh_in": services.checkin_refresh_in(now),
        "not_now": not slot.starts_at - services.CHECKIN_EARLY <= now <= slot.ends_at,
    })


@never_cache
@access.trainer_required
def sign_in_sheet(request, pk):
    session = services.get_trained_session_or_404(request.user, pk)
    registrations = (session.registrations.seated().select_related("user", "user__organisation")
                     .order_by("user__last_name", "user__first_name", "pk"))
    pdf = render_pdf("scheduling/sign_in_sheet.html", {
        "session": session, "slots": list(session.slots.all()),
        "registrations": registrations, "trainers": list(session.trainers.all()),
    }, stylesheets=["css/sign-in-sheet.css"])
    return pdf_response(pdf, f"emargement-{slugify(session.title)[:40]}-{session.pk}.pdf")


@require_POST
@access.trainer_required
def close(request, pk):
    session = services.get_trained_session_or_404(request.user, pk)
    try:
        services.close_session(session, by=request.user)
    except ValidationError as error:
        _error(request, error)
    else:
        messages.success(request, _("Session clôturée : les attestations de présence sont "
                                    "délivrées."))
    return redirect("scheduling:attendance", pk=session.pk)


# --- HR -----------------------------------------------------------------------------------

@access.hr_required
def hr_sessions(request):
    """The sessions of the last 90 days and to come: one page of sessions first, then the
    counts of that page only (seats taken, the viewer's staff registered)."""
    sessions = (services.visible_sessions(request.user)
                .filter(ends_at__gte=timezone.now() - timedelta(days=90)))
    page = Paginator(sessions.order_by("starts_at", "pk"), PAGE_SIZE).get_page(
        request.GET.get("page"))
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
    return render(request, "scheduling/hr/sessions.html", {"page": page})


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
def hr_session(request, pk):
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
        url = reverse("scheduling:hr_session", args=[session.pk])
        return redirect(f"{url}?{request.GET.urlencode()}" if request.GET else url)
    # Validation accepts any of their staff; the page lists the filtered few only.
    shown = list(candidates[:CANDIDATES_SHOWN + 1]) if candidates is not None else []
    form.fields["people"].queryset = staff.filter(pk__in=[p.pk for p in shown[:CANDIDATES_SHOWN]])
    return render(request, "scheduling/hr/session.html", {
        "session": session, "registrations": registrations, "form": form,
        "seats_left": services.seats_left(session), "job_roles": JobRole.choices,
        "too_many": len(shown) > CANDIDATES_SHOWN, "shown_limit": CANDIDATES_SHOWN,
        "needs_organisation": candidates is None, **filters,
        "cannot_register": (_("Les inscriptions à cette session sont closes.")
                            if not session.registration_is_open else None),
    }, status=400 if form.errors else 200)


@require_POST
@access.hr_required
def hr_cancel(request, pk, registration_pk):
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
    return redirect("scheduling:hr_session", pk=session.pk)
