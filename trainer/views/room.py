"""The trainer's pages: their sessions, and what they use in the room (the attendance
sheet, walk-ins, the QR code to check in, the sign-in sheet, closing). The rules live in
scheduling.services."""

from datetime import timedelta

import segno
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts import access
from core.links import absolute_url
from core.pdf import pdf_response, render_pdf
from scheduling import services
from scheduling.models import Attendance, AwarenessSession

from ..forms import AttendanceMarkForm, CloseForm, SlotForm, WalkInForm

PAGE_SIZE = 20


def _error(request, error):
    messages.error(request, " ".join(error.messages))


def _wants_json(request):
    """The page's script asks for JSON (`Accept: application/json` first); a form posted
    without JavaScript asks for HTML and gets the page."""
    accept = request.headers.get("Accept", "")
    return accept.split(",")[0].split(";")[0].strip().lower() == "application/json"


def _json_error(message, *, status=400, **extra):
    return JsonResponse({"error": message, **extra}, status=status)


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
    return _render_attendance(request, session, slot, slots, WalkInForm(session=session))


def _render_attendance(request, session, slot, slots, walk_in_form, status=200):
    sheet = services.attendance_sheet(session, slot) if slot else []
    for registration in sheet:
        registration.slot_mark = registration.slot_marks[0] if registration.slot_marks else None
        registration.mark = registration.slot_mark.status if registration.slot_mark else ""
    counts = services.sheet_counts(sheet)
    return render(request, "trainer/attendance.html", {
        "session": session, "slot": slot, "slots": slots, "sheet": sheet,
        "waiting": list(session.registrations.waiting().select_related("user")),
        "counts": counts, "present": counts["present"],
        "walk_in_form": walk_in_form, "statuses": Attendance.Status,
        "walk_in_closed": services.walk_in_error(session, slot) if slot else None,
        "can_mark": slot is not None and session.status != AwarenessSession.Status.CANCELLED,
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
    first, with its reason, and saved only once confirmed.

    Asked for JSON (the page's script), it answers with the mark and the slot's counts; a
    correction to confirm is answered 409, and the script then posts the form as a page."""
    session = services.get_trained_session_or_404(request.user, pk)
    wants_json = _wants_json(request)
    form = AttendanceMarkForm(request.POST)
    if not form.is_valid():
        message = _("Choix de présence non reconnu : réessayez.")
        if wants_json:
            return _json_error(message)
        messages.error(request, message)
        return redirect("trainer:session", pk=session.pk)
    registration = get_object_or_404(session.registrations.select_related("session", "user"),
                                     pk=form.cleaned_data["registration"])
    registration.session = session
    slot = get_object_or_404(session.slots, pk=form.cleaned_data["slot"])
    status = form.cleaned_data["status"]
    reason = services.withdrawal_reason(registration, slot, status)
    if reason and not form.cleaned_data["confirm"]:
        if wants_json:
            return _json_error(reason, status=409, confirm=True)
        return render(request, "trainer/confirm_mark.html", {
            "session": session, "registration": registration, "slot": slot, "status": status,
            "status_label": Attendance.Status(status).label, "reason": reason})
    try:
        services.mark(registration, slot, status, by=request.user, withdraw=bool(reason))
    except ValidationError as error:
        if wants_json:
            return _json_error(" ".join(error.messages))
        _error(request, error)
    else:
        label = Attendance.Status(status).label
        if reason:
            message = _("Présence corrigée : l'attestation de %(name)s est révoquée.") % {
                "name": _name(registration.user)}
        else:
            message = _("%(name)s : %(status)s.") % {"name": _name(registration.user),
                                                     "status": label.lower()}
        if wants_json:
            return JsonResponse({
                "registration": registration.pk, "slot": slot.pk, "status": status,
                "label": label, "counts": services.slot_counts(session, slot),
                "message": message})
        if reason:  # the page shows the row's new state; the revocation needs saying
            messages.success(request, message)
    return _back_to_attendance(session, slot, f"#inscription-{registration.pk}")


@require_POST
@access.trainer_required
def mark_all(request, pk):
    """"Tous présents": everyone not yet marked on the slot is marked present, at once."""
    session = services.get_trained_session_or_404(request.user, pk)
    wants_json = _wants_json(request)
    form = SlotForm(request.POST)
    if not form.is_valid():
        message = _("Créneau non reconnu : réessayez.")
        if wants_json:
            return _json_error(message)
        messages.error(request, message)
        return redirect("trainer:session", pk=session.pk)
    slot = get_object_or_404(session.slots, pk=form.cleaned_data["slot"])
    try:
        marked = services.mark_all_present(session, slot, by=request.user)
    except ValidationError as error:
        if wants_json:
            return _json_error(" ".join(error.messages))
        _error(request, error)
        return _back_to_attendance(session, slot)
    if marked:
        message = ngettext("Tous présents : %(n)s personne notée présente.",
                           "Tous présents : %(n)s personnes notées présentes.",
                           len(marked)) % {"n": len(marked)}
    else:
        message = _("Tout le monde est déjà pointé sur ce créneau : rien n'a changé.")
    if wants_json:
        return JsonResponse({
            "marked": [registration.pk for registration in marked], "slot": slot.pk,
            "status": Attendance.Status.PRESENT, "label": Attendance.Status.PRESENT.label,
            "counts": services.slot_counts(session, slot), "message": message})
    (messages.success if marked else messages.info)(request, message)
    return _back_to_attendance(session, slot)


def _name(person):
    if person.deleted_at:
        return _("Compte supprimé")
    return person.get_full_name() or person.email


@require_POST
@access.trainer_required
def walk_in(request, pk):
    session = services.get_trained_session_or_404(request.user, pk)
    slot, slots = _slot(request, session)
    form = WalkInForm(request.POST, session=session)
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
            elif added.account_created and added.person.email_to_complete:
                messages.success(request, _(
                    "%(name)s est ajouté·e et noté·e présent·e. Un compte a été créé sans "
                    "adresse e-mail : adresse à compléter par les RH de %(organisation)s, "
                    "qui la verront dans leur espace.") % {
                        "name": name, "organisation": added.person.organisation.name})
            elif added.account_created:
                messages.success(request, _("%(name)s est ajouté·e et noté·e présent·e. Un compte "
                                            "a été créé : un e-mail lui explique comment "
                                            "l'activer.") % {"name": name})
            else:
                messages.success(request, _("%(name)s est ajouté·e et noté·e présent·e.")
                                 % {"name": name})
            return _back_to_attendance(session, slot)
    return _render_attendance(request, session, slot, slots, form, status=400)


def _qr_code(session, slot, now):
    """The room's QR code for the current minute (an inline SVG) and the link it holds."""
    url = absolute_url(reverse(
        "scheduling:check_in", args=[session.pk, services.checkin_token(session, slot, now=now)]))
    svg = segno.make(url, error="m").svg_inline(
        scale=8, border=2, omitsize=True, title=_("QR code de pointage"),
        svgclass="checkin-screen__svg")
    return svg, url


def _checked_in(session, slot):
    """The live list: who is marked present on the slot, and how (latest first)."""
    method_labels = {Attendance.Method.QR: _("QR code"), Attendance.Method.CODE: _("code tapé"),
                     Attendance.Method.TRAINER: _("par le formateur")}
    return [{"id": mark.registration_id, "name": _name(mark.registration.user),
             "time": timezone.localtime(mark.marked_at).strftime("%H:%M"),
             "method": mark.method, "how": method_labels.get(mark.method, "")}
            for mark in services.checked_in(session, slot)]


@never_cache
@access.trainer_required
def qr(request, pk):
    """The check-in screen, full screen on a phone or a projector: the QR code, the code to
    type under it, and who has checked in (refreshed by the page's script)."""
    session = services.get_trained_session_or_404(request.user, pk)
    slot, slots = _slot(request, session)
    if slot is None:
        raise Http404
    now = timezone.now()
    svg, url = _qr_code(session, slot, now)
    counts = services.slot_counts(session, slot)
    return render(request, "trainer/qr.html", {
        "session": session, "slot": slot, "slots": slots,
        "qr_svg": svg, "check_in_url": url, "refresh_in": services.checkin_refresh_in(now),
        "code": services.format_checkin_code(services.checkin_code(session, slot, now=now)),
        "code_url": absolute_url(reverse("scheduling:check_in_code", args=[session.pk])
                                 ).split("://", 1)[-1],
        "window": services.checkin_window(now),
        "not_now": not slot.starts_at - services.CHECKIN_EARLY <= now <= slot.ends_at,
        "checked_in": _checked_in(session, slot), "counts": counts,
        "summary": counts["summary"],
    })


@never_cache
@require_GET
@access.trainer_required
def checkins(request, pk):
    """The check-in screen's live data (JSON), polled every few seconds: who is present on
    the slot, and, once the minute changed (`fenetre` is the one the page shows), the new
    QR code and typed code."""
    session = services.get_trained_session_or_404(request.user, pk)
    slot = get_object_or_404(session.slots, pk=_id(request.GET.get("creneau")))
    now = timezone.now()
    window = services.checkin_window(now)
    counts = services.slot_counts(session, slot)
    data = {"window": window, "refresh_in": services.checkin_refresh_in(now),
            "count": counts["present"], "total": counts["total"],
            "summary": counts["summary"], "people": _checked_in(session, slot)}
    if request.GET.get("fenetre") != str(window):
        data["qr_svg"], _url = _qr_code(session, slot, now)
        data["code"] = services.format_checkin_code(services.checkin_code(session, slot, now=now))
    return JsonResponse(data)


def _id(value):
    """A primary key from a query parameter, or 404 (not a number, or not one of ours)."""
    if not value or not value.isdigit() or len(value) > 18:
        raise Http404
    return int(value)


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


@never_cache
@require_http_methods(["GET", "POST"])
@access.trainer_required
def close(request, pk):
    """Closing asks first, saying how many people are not marked (they will be absent);
    posted with the confirmation, it closes."""
    session = services.get_trained_session_or_404(request.user, pk)
    if request.method == "POST" and CloseForm(request.POST).is_valid():
        try:
            services.close_session(session, by=request.user)
        except ValidationError as error:
            _error(request, error)
        else:
            messages.success(request, _("Session clôturée : les attestations de présence sont "
                                        "délivrées."))
        return redirect("trainer:session", pk=session.pk)
    return render(request, "trainer/confirm_close.html", {
        "session": session, "error": services.close_error(session),
        "summary": services.closing_summary(session)})
