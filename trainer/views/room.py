"""The trainer's pages: their sessions, and what they use in the room (the attendance
sheet, walk-ins, the QR code to check in, the sign-in sheet, closing). The rules live in
scheduling.services."""

from datetime import timedelta

import segno
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts import access
from core.links import absolute_url
from core.pdf import pdf_response, render_pdf
from scheduling import services
from scheduling.models import Attendance, AwarenessSession

from ..forms import AttendanceMarkForm, WalkInForm

PAGE_SIZE = 20


def _error(request, error):
    messages.error(request, " ".join(error.messages))


@never_cache
@access.trainer_required
def home(request):
    recent = timezone.now() - timedelta(days=30)
    sessions = (services.with_counts(services.trained_by(request.user))
                .filter(Q(ends_at__gte=recent) | Q(status=AwarenessSession.Status.SCHEDULED))
                .order_by("starts_at", "pk"))
    page = Paginator(sessions, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "trainer/home.html", {"page": page})


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
def session_detail(request, pk):
    session = services.get_trained_session_or_404(request.user, pk)
    slot, slots = _slot(request, session)
    return _render_attendance(request, session, slot, slots, WalkInForm())


def _render_attendance(request, session, slot, slots, walk_in_form, status=200):
    sheet = services.attendance_sheet(session, slot) if slot else []
    for registration in sheet:
        registration.slot_mark = registration.slot_marks[0] if registration.slot_marks else None
        registration.mark = registration.slot_mark.status if registration.slot_mark else ""
    return render(request, "trainer/attendance.html", {
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
    url = reverse("trainer:session", args=[session.pk])
    return redirect(f"{url}?creneau={slot.pk}{anchor}" if slot else url)


@require_POST
@access.trainer_required
def mark(request, pk):
    """Mark one person for one slot; a correction that would revoke a certificate is shown
    first, with its reason, and saved only once confirmed."""
    session = services.get_trained_session_or_404(request.user, pk)
    form = AttendanceMarkForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choix de présence non reconnu : réessayez."))
        return redirect("trainer:session", pk=session.pk)
    registration = get_object_or_404(session.registrations.select_related("session", "user"),
                                     pk=form.cleaned_data["registration"])
    registration.session = session
    slot = get_object_or_404(session.slots, pk=form.cleaned_data["slot"])
    status = form.cleaned_data["status"]
    reason = services.withdrawal_reason(registration, slot, status)
    if reason and not form.cleaned_data["confirm"]:
        return render(request, "trainer/confirm_mark.html", {
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
def qr(request, pk):
    session = services.get_trained_session_or_404(request.user, pk)
    slot, slots = _slot(request, session)
    if slot is None:
        raise Http404
    now = timezone.now()
    url = absolute_url(reverse(
        "scheduling:check_in", args=[session.pk, services.checkin_token(session, slot, now=now)]))
    return render(request, "trainer/qr.html", {
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
    pdf = render_pdf("trainer/sign_in_sheet.html", {
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
    return redirect("trainer:session", pk=session.pk)
