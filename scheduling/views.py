"""Learner, trainer and HR views of awareness sessions. The rules live in services."""

import time

from allauth.core.internal import ratelimit
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from core.links import absolute_url

from . import calendar, services
from .forms import CheckInCodeForm
from .models import AwarenessSession, CalendarFeed, Registration

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
        "checkin_open": (registration is not None
                         and registration.status in Registration.SEATED
                         and services.checkin_open(session, session.slots.all())),
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


@never_cache
@login_required
def check_in_code(request, pk):
    """Check in without scanning: the person types the code shown under the room's QR code.
    Only someone holding a seat sees the form (the others are told they are not registered,
    and shown nothing of the session); wrong codes are limited per person and address."""
    session = get_object_or_404(AwarenessSession.objects.prefetch_related("slots"), pk=pk)
    if not services.holds_seat(session, request.user):
        return render(request, "scheduling/check_in.html", {
            "session": None, "error": _("Vous n'êtes pas inscrit·e à cette session : "
                                        "signalez-vous au formateur, qui peut vous ajouter.")},
            status=403)
    form = CheckInCodeForm(request.POST or None)
    slot, done, already, status = None, False, False, 200
    if request.method == "POST" and form.is_valid():
        usage = ratelimit.consume(request, app="scheduling", action="checkin_code",
                                  config=settings.REPERES_RATE_LIMITS)
        if not usage:
            form.add_error("code", _("Trop d'essais en peu de temps. Patientez quelques "
                                     "minutes, ou signalez-vous au formateur."))
            status = 429
        else:
            try:
                _registration, slot = services.check_in_with_code(
                    session, form.cleaned_data["code"], request.user)
                done = True
            except ValidationError as error:
                if error.error_list[0].code == "already_present":
                    already = True
                else:
                    form.add_error("code", error)
            if done or already:  # only wrong codes count against the limit
                usage.rollback()
    if form.errors and status == 200:
        status = 400
    return render(request, "scheduling/check_in_code.html", {
        "session": session, "slot": slot, "form": form, "done": done, "already": already},
        status=status)
