"""The rules of awareness sessions: who may register, seats and waiting list, cancellation,
attendance, walk-ins, closing, check-in by QR code and reminders.

Every change to the seats of a session takes the session's row lock first
(`_locked_session`), in one transaction, so that capacity holds however many people
register at once. Emails are queued after the commit and written by the task worker.
"""

import re
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, Max, OuterRef, Prefetch, Q, prefetch_related_objects
from django.dispatch import Signal
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts import access
from accounts import audience as audiences
from accounts.emails import placeholder_address
from accounts.models import OrganisationEmailDomain
from accounts.roles import Role, has_role, set_roles
from courses.models import ModuleProgress, PathCompletion

from . import notifications
from .models import Attendance, AwarenessSession, CalendarFeed, Registration, TimeSlot
from .tasks import notify_after_commit

# Sent once per person who attended, when the session is closed, and again when the
# attendance of a closed session is corrected (receivers must be idempotent):
# (sender=AwarenessSession, session=..., registration=...)
attendance_confirmed = Signal()

# Sent when a correction after the closing leaves someone who attended with no slot
# attended (the trainer confirmed it, having read `reason`):
# (sender=AwarenessSession, session=..., registration=..., reason=...)
attendance_withdrawn = Signal()

# Sent inside the transaction when "Tous présents" marked many registrations at once, saved
# in bulk (no post_save): their status and hours changed.
# (sender=AwarenessSession, session=..., registrations=[...])
attendance_bulk_marked = Signal()

# The check-in code shown in the room changes every CHECKIN_WINDOW seconds (on the minute);
# a code is accepted during its own minute, and CHECKIN_GRACE seconds more for a phone that
# scanned it just before it changed. The person who opens it must then confirm within
# CHECKIN_CONFIRM seconds, from their own session (scheduling.views.check_in).
CHECKIN_WINDOW = 60
CHECKIN_GRACE = 10
CHECKIN_CONFIRM = 60
# A slot's code is accepted from this long before the slot starts until it ends.
CHECKIN_EARLY = timedelta(minutes=30)
# The short code shown under the QR code, for a phone that cannot scan it: typed on the
# session's check-in page (scheduling.views.check_in_code). It names the same slot and minute
# as the QR code, with the same rules; 6 characters without look-alikes (no I, O, 0 or 1).
CHECKIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CHECKIN_CODE_LENGTH = 6
# A typed code of the last half hour that is no longer accepted is told "expired", not "wrong".
CHECKIN_CODE_LOOKBACK = 30

# Accounts that a trainer may never add as a walk-in: staff of the programme or of HR.
STAFF_ROLES = (Role.TRAINER, Role.HR, Role.COORDINATOR, Role.EDITOR)


# --- Reading ------------------------------------------------------------------------------

def with_counts(sessions):
    return sessions.annotate(
        seats_taken=Count("registrations", filter=Q(registrations__status__in=Registration.SEATED),
                          distinct=True),
        waiting_count=Count("registrations",
                            filter=Q(registrations__status=Registration.Status.WAITING),
                            distinct=True),
    )


def seats_left(session):
    taken = getattr(session, "seats_taken", None)
    if taken is None:
        taken = session.registrations.seated().count()
    return max(session.capacity - taken, 0)


def open_to(session, user):
    """Whether the session is meant for this person (organisation and job role)."""
    return audiences.includes(session, user)


def _open_to_organisation(sessions, organisation_id):
    return audiences.meant_for(sessions, organisation=organisation_id)


def upcoming_for(user):
    """Sessions a learner may register for, soonest first, with seats and their own status."""
    sessions = AwarenessSession.objects.filter(status=AwarenessSession.Status.SCHEDULED,
                                               starts_at__gt=timezone.now())
    sessions = audiences.meant_for(sessions, job_role=user.job_role, organisation=user)
    mine = Registration.objects.filter(user=user)
    return with_counts(sessions).prefetch_related(
        Prefetch("registrations", queryset=mine, to_attr="my_registrations"),
        "slots").order_by("starts_at", "pk")


def registrations_of(user):
    return (Registration.objects.filter(user=user)
            .select_related("session").prefetch_related("session__slots")
            .order_by("-session__starts_at"))


def next_registration(user):
    """The person's next session, registered or waiting (None when there is none)."""
    return (Registration.objects.filter(
        user=user, status__in=[Registration.Status.REGISTERED, Registration.Status.WAITING],
        session__status=AwarenessSession.Status.SCHEDULED, session__starts_at__gt=timezone.now())
        .select_related("session").order_by("session__starts_at", "pk").first())


def waiting_position(registration):
    if registration.status != Registration.Status.WAITING:
        return None
    ahead = Registration.objects.waiting().filter(session_id=registration.session_id).filter(
        Q(waiting_since__lt=registration.waiting_since)
        | Q(waiting_since=registration.waiting_since, pk__lt=registration.pk)).count()
    return ahead + 1


def visible_sessions(user):
    """Sessions an HR officer (their organisation's) or a coordinator (all) may look at."""
    sessions = AwarenessSession.objects.all()
    if access.is_coordinator(user):
        return sessions
    if access.is_hr(user):
        return _open_to_organisation(sessions, user.organisation_id)
    return sessions.none()


def trained_by(user):
    """Sessions a trainer runs (a coordinator: all)."""
    if access.is_coordinator(user):
        return AwarenessSession.objects.all()
    if has_role(user, Role.TRAINER):
        return AwarenessSession.objects.filter(trainers=user)
    return AwarenessSession.objects.none()


def get_trained_session_or_404(user, pk):
    return get_object_or_404(trained_by(user).prefetch_related("slots", "trainers"), pk=pk)


def staff_registrations(user, session):
    """The registrations of a session that an HR officer or a coordinator may see."""
    registrations = Registration.objects.filter(session=session).select_related(
        "user", "user__organisation")
    return access.scope_to_user(user, registrations, organisation_field="user__organisation")


def update_span(session):
    """Copy the first start and last end of the slots onto the session."""
    slots = list(session.slots.all())
    session.starts_at = min((s.starts_at for s in slots), default=None)
    session.ends_at = max((s.ends_at for s in slots), default=None)
    AwarenessSession.objects.filter(pk=session.pk).update(starts_at=session.starts_at,
                                                          ends_at=session.ends_at)


def schedule_fingerprint(session):
    """What registrants must hear about when it changes: times and place."""
    return (tuple((s.starts_at, s.ends_at) for s in session.slots.order_by("starts_at")),
            session.place_name, session.address, session.room, session.video_url)


# --- Registering -------------------------------------------------------------------------

def _locked_session(session_id):
    return AwarenessSession.objects.select_for_update().get(pk=session_id)


def registration_error(session, user, *, by=None):
    """Why `user` cannot register now (a French sentence), or None."""
    if session.status == AwarenessSession.Status.CANCELLED:
        return _("Cette session est annulée.")
    if session.status == AwarenessSession.Status.CLOSED:
        return _("Cette session est terminée.")
    if not session.registration_is_open:
        return _("Les inscriptions à cette session sont closes.")
    if user.organisation_id is None or not user.is_active:
        return _("Ce compte n'est rattaché à aucune organisation.")
    if not open_to(session, user):
        if by and by != user:
            return _("Cette session n'est pas ouverte à %(name)s (organisation ou métier).") % {
                "name": user.get_full_name()}
        return _("Cette session n'est pas ouverte à votre organisation ou à votre métier.")
    if session.prerequisite_required:
        missing = missing_prerequisite(session, user)
        if missing:
            return _("Il faut d'abord terminer « %(title)s ».") % {"title": missing}
    return None


def missing_prerequisite(session, user):
    if session.module_id and not ModuleProgress.objects.filter(
            user=user, module_id=session.module_id, completed_at__isnull=False).exists():
        return session.module.title
    if session.learning_path_id and not PathCompletion.objects.filter(
            user=user, path_id=session.learning_path_id).exists():
        return session.learning_path.title
    return None


def register(session, user, *, by=None):
    """Give `user` a seat, or a place on the waiting list when the session is full.

    `session` is a session or its id: the locked read below is the only one needed.
    Raises ValidationError with a French message when they cannot register, and
    AwarenessSession.DoesNotExist for an unknown id.
    """
    with transaction.atomic():
        session = _locked_session(getattr(session, "pk", session))
        if error := registration_error(session, user, by=by):
            raise ValidationError(error)
        # One reading of the session's registrations: the seats, the waiting list and this
        # person's earlier registration, if any.
        counts = session.registrations.order_by().aggregate(
            seated=Count("pk", filter=Q(status__in=Registration.SEATED)),
            waiting=Count("pk", filter=Q(status=Registration.Status.WAITING)),
            mine=Max("pk", filter=Q(user=user)))
        registration = Registration.objects.get(pk=counts["mine"]) if counts["mine"] else None
        if registration is not None and registration.is_active:
            raise ValidationError(
                _("%(name)s est déjà inscrit·e à cette session.") % {"name": user.get_full_name()}
                if by and by != user else _("Vous êtes déjà inscrit·e à cette session."))
        now = timezone.now()
        full = counts["seated"] >= session.capacity
        fields = {
            "status": Registration.Status.WAITING if full else Registration.Status.REGISTERED,
            "waiting_since": now if full else None,
            "registered_by": by if by and by != user else None,
            "cancelled_at": None, "promoted_at": None, "reminder_sent_at": None,
            "hours_attended": Decimal("0"), "walk_in": False,
        }
        if registration is None:
            registration = Registration.objects.create(session=session, user=user, **fields)
        else:
            for name, value in fields.items():
                setattr(registration, name, value)
            registration.save()
        # Their place in line as they joined it, known under the lock (for the message that
        # answers the registration; waiting_position() counts it again later).
        registration.place_when_registered = counts["waiting"] + 1 if full else None
        notify_after_commit("waitlisted" if full else "registered", registration)
    return registration


def register_staff(session, people, *, by):
    """HR registers several of their staff at once: (registered, waiting, errors)."""
    registered, waiting, errors = [], [], []
    for person in people:
        try:
            registration = register(session, person, by=by)
        except ValidationError as error:
            errors.append((person, " ".join(error.messages)))
        else:
            (waiting if registration.status == Registration.Status.WAITING
             else registered).append(person)
    return registered, waiting, errors


def can_cancel(registration, user):
    session = registration.session
    if registration.status not in (Registration.Status.REGISTERED, Registration.Status.WAITING):
        return False
    if session.status != AwarenessSession.Status.SCHEDULED:
        return False
    if user.pk != registration.user_id and (access.is_coordinator(user)
                                            or has_role(user, Role.TRAINER)):
        return session.starts_at is not None and timezone.now() < session.starts_at
    return session.registration_is_open


def cancel(registration, *, by, force=False, notify=True):
    """Free the seat; the first person waiting takes it, in the same transaction.

    `force` skips the deadline (account deletion); `notify=False` sends no email to them.
    """
    with transaction.atomic():
        session = _locked_session(registration.session_id)
        registration = Registration.objects.select_related("session").get(pk=registration.pk)
        registration.session = session
        if not force and not can_cancel(registration, by):
            raise ValidationError(_("Cette inscription ne peut plus être annulée : la date "
                                    "limite est passée. Prévenez le formateur ou votre RH."))
        held_seat = registration.status == Registration.Status.REGISTERED
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.waiting_since = None
        registration.save(update_fields=["status", "cancelled_at", "waiting_since",
                                         "updated_at"])
        promoted = fill_seats(session) if held_seat else []
        if notify:
            notify_after_commit("cancelled", registration, by=by)
    return registration, promoted


def fill_seats(session):
    """Promote people from the waiting list while there are free seats (lock held)."""
    if session.status != AwarenessSession.Status.SCHEDULED or (
            session.starts_at and session.starts_at <= timezone.now()):
        return []
    free = session.capacity - session.registrations.seated().count()
    if free <= 0:
        return []
    promoted = list(session.registrations.waiting().select_related("user")[:free])
    now = timezone.now()
    for registration in promoted:
        registration.status = Registration.Status.REGISTERED
        registration.promoted_at = now
        registration.waiting_since = None
        registration.save(update_fields=["status", "promoted_at", "waiting_since",
                                         "updated_at"])
        notify_after_commit("promoted", registration)
    return promoted


# --- Changes made in the admin ------------------------------------------------------------

def after_admin_save(session, *, before=None, previous_status=None, user=None):
    """Run after the admin form saved `session`: span, seats, and telling registrants."""
    update_span(session)
    with transaction.atomic():
        locked = _locked_session(session.pk)
        if session.status == AwarenessSession.Status.CANCELLED and \
                previous_status != AwarenessSession.Status.CANCELLED:
            cancel_session(locked, reason=session.cancellation_reason)
            return
        if before is not None and before != schedule_fingerprint(locked):
            locked.sequence += 1
            locked.save(update_fields=["sequence"])
            for registration in locked.registrations.filter(
                    status__in=[Registration.Status.REGISTERED, Registration.Status.WAITING]):
                notify_after_commit("rescheduled", registration)
        fill_seats(locked)


@dataclass(frozen=True)
class Conflict:
    """Another session at the same time as this one, with a trainer or the room in common."""

    session: AwarenessSession
    slot: TimeSlot  # the other session's sitting that overlaps
    trainers: tuple  # the trainers booked in both, by name
    same_room: bool


def _place_key(session):
    """The room a session is held in, in a form that ignores case and spacing; None for a
    session with no address (by video, or not yet placed): it cannot clash with another."""
    if not session.address.strip():
        return None
    return tuple(" ".join(part.lower().split()) for part in (session.address, session.room))


def conflicts(session):
    """The scheduled sessions whose sittings overlap one of `session`'s and that share one
    of its trainers or its room, soonest first (one query for the candidates, whatever
    the number of sessions)."""
    slots = list(session.slots.all())
    if not slots or session.status == AwarenessSession.Status.CANCELLED:
        return []
    trainer_ids = {trainer.pk: trainer for trainer in session.trainers.all()}
    place = _place_key(session)
    overlapping = Q()
    for slot in slots:
        overlapping |= Q(starts_at__lt=slot.ends_at, ends_at__gt=slot.starts_at)
    shared = Q(session__trainers__in=list(trainer_ids)) if trainer_ids else Q(pk__in=[])
    if place is not None:
        shared |= Q(session__address__iexact=session.address.strip())
    candidates = (TimeSlot.objects.filter(overlapping).filter(shared)
                  .exclude(session=session)
                  .exclude(session__status=AwarenessSession.Status.CANCELLED)
                  .select_related("session").prefetch_related("session__trainers")
                  .order_by("starts_at", "pk").distinct())
    found = {}
    for slot in candidates:
        other = slot.session
        common = tuple(trainer_ids[t.pk].get_full_name() for t in other.trainers.all()
                       if t.pk in trainer_ids)
        same_room = place is not None and _place_key(other) == place
        if (common or same_room) and other.pk not in found:
            found[other.pk] = Conflict(other, slot, common, same_room)
    return list(found.values())


def conflict_warnings(session, viewer):
    """conflicts() as French sentences for `viewer`: the other session is named only to
    someone who runs it or to the coordination."""
    warnings = []
    for conflict in conflicts(session):
        other = conflict.session
        named = access.is_coordinator(viewer) or any(
            trainer.pk == viewer.pk for trainer in other.trainers.all())
        what = {"session": _("la session « %(title)s »") % {"title": other.title} if named
                else _("une autre session"), "when": str(conflict.slot),
                "trainers": ", ".join(conflict.trainers)}
        if conflict.trainers and conflict.same_room:
            text = _("Chevauchement : %(session)s (%(when)s) a lieu en même temps, avec "
                     "%(trainers)s, dans la même salle.")
        elif conflict.trainers:
            text = _("Chevauchement : %(session)s (%(when)s) a lieu en même temps, avec "
                     "%(trainers)s.")
        else:
            text = _("Chevauchement : %(session)s (%(when)s) a lieu en même temps dans la "
                     "même salle.")
        warnings.append(text % what)
    return warnings


def cancel_session(session, *, reason):
    """Called with the lock held: everyone registered or waiting is told."""
    now = timezone.now()
    session.status = AwarenessSession.Status.CANCELLED
    session.cancelled_at = now
    session.cancellation_reason = reason
    session.sequence += 1
    session.save(update_fields=["status", "cancelled_at", "cancellation_reason", "sequence"])
    told = list(session.registrations.filter(
        status__in=[Registration.Status.REGISTERED, Registration.Status.WAITING]))
    for registration in told:
        notify_after_commit("session_cancelled", registration)
    return told


# --- Attendance ---------------------------------------------------------------------------

def current_slot(session, slots=None):
    """The slot of today closest to now, else the first."""
    slots = list(slots if slots is not None else session.slots.all())
    if not slots:
        return None
    now = timezone.now()
    today = [s for s in slots if timezone.localdate(s.starts_at) == timezone.localdate(now)]
    candidates = today or slots
    return min(candidates, key=lambda s: abs((s.starts_at - now).total_seconds()))


def attendance_sheet(session, slot):
    """Registrants who hold a seat, each with their mark for `slot` (`mark`, or None)."""
    marks = Attendance.objects.filter(slot=slot)
    return list(
        session.registrations.seated().select_related("user", "user__organisation")
        .prefetch_related(Prefetch("attendances", queryset=marks, to_attr="slot_marks"))
        .order_by("user__last_name", "user__first_name", "pk"))


def withdrawal_reason(registration, slot, status):
    """The reason a certificate is revoked if `slot` is marked `status` for `registration`
    (a correction after the closing that leaves no slot attended), or None."""
    if (status == Attendance.Status.PRESENT
            or registration.session.status != AwarenessSession.Status.CLOSED
            or registration.status != Registration.Status.ATTENDED
            or registration.attendances.filter(status=Attendance.Status.PRESENT)
            .exclude(slot=slot).exists()):
        return None
    return _("Présence corrigée par le formateur après la clôture de la session : la personne "
             "n'y est plus notée présente.")


def mark(registration, slot, status, *, by, method=Attendance.Method.TRAINER, withdraw=False):
    """Record presence for one slot and settle the registration's status and hours.

    A correction that withdraws the attendance of a closed session (see
    `withdrawal_reason`) needs `withdraw=True`: the trainer has read and confirmed it.
    """
    if slot.session_id != registration.session_id:
        raise ValidationError(_("Ce créneau n'appartient pas à cette session."))
    if registration.status not in Registration.SEATED:
        raise ValidationError(_("Cette personne n'a pas de place à cette session."))
    if registration.session.status == AwarenessSession.Status.CANCELLED:
        raise ValidationError(_("Cette session est annulée."))
    reason = withdrawal_reason(registration, slot, status)
    if reason and not withdraw:
        raise ValidationError(_("Cette correction révoque l'attestation de présence de la "
                                "personne : confirmez-la d'abord."), code="confirm")
    with transaction.atomic():
        Attendance.objects.update_or_create(
            registration=registration, slot=slot,
            defaults={"status": status, "method": method, "marked_by": by,
                      "marked_at": timezone.now()})
        settle(registration)
        if registration.session.status == AwarenessSession.Status.CLOSED:
            _confirm(registration)
            if reason and registration.status != Registration.Status.ATTENDED:
                attendance_withdrawn.send(sender=AwarenessSession, session=registration.session,
                                          registration=registration, reason=reason)
    return registration


def _settled(marks, *, closing=False):
    """The status and hours of a registration whose marks are `marks` (each with its slot)."""
    present = [m for m in marks if m.status == Attendance.Status.PRESENT]
    if present:
        status = Registration.Status.ATTENDED
    elif any(m.status == Attendance.Status.EXCUSED for m in marks):
        status = Registration.Status.EXCUSED
    elif marks or closing:
        status = Registration.Status.ABSENT
    else:
        status = Registration.Status.REGISTERED
    return status, sum((m.slot.hours for m in present), Decimal("0"))


def settle(registration, *, closing=False):
    """Derive the registration's status and hours from its marks."""
    registration.status, registration.hours_attended = _settled(
        list(registration.attendances.select_related("slot")), closing=closing)
    registration.save(update_fields=["status", "hours_attended", "updated_at"])


def mark_all_present(session, slot, *, by):
    """"Tous présents": mark present on `slot`, in one transaction, everyone holding a seat
    who is not marked on it yet. Marks already given (absent, excused, checked in) are kept.

    Only while the session is scheduled: after the closing, a correction is made person by
    person (`mark`), so that none issues or withdraws a certificate unseen. Returns the
    registrations marked; raises ValidationError with a French reason.
    """
    if slot.session_id != session.pk:
        raise ValidationError(_("Ce créneau n'appartient pas à cette session."))
    with transaction.atomic():
        session = _locked_session(session.pk)
        if session.status == AwarenessSession.Status.CANCELLED:
            raise ValidationError(_("Cette session est annulée."))
        if session.status == AwarenessSession.Status.CLOSED:
            raise ValidationError(_("La session est clôturée : corrigez les présences une "
                                    "par une."))
        marked = Attendance.objects.filter(registration=OuterRef("pk"), slot=slot)
        unmarked = list(session.registrations.seated().filter(~Exists(marked))
                        .order_by("pk").select_for_update())
        if not unmarked:
            return []
        now = timezone.now()
        # A person who checks in at this very moment keeps their own mark (ignore_conflicts).
        Attendance.objects.bulk_create(
            [Attendance(registration=registration, slot=slot, status=Attendance.Status.PRESENT,
                        method=Attendance.Method.TRAINER, marked_by=by, marked_at=now)
             for registration in unmarked], ignore_conflicts=True)
        slots = {each.pk: each for each in session.slots.all()}
        prefetch_related_objects(unmarked, Prefetch(
            "attendances", queryset=Attendance.objects.only("registration_id", "slot_id",
                                                            "status"), to_attr="all_marks"))
        for registration in unmarked:
            for each in registration.all_marks:
                each.slot = slots[each.slot_id]
            registration.status, registration.hours_attended = _settled(registration.all_marks)
            registration.updated_at = now
        Registration.objects.bulk_update(unmarked, ["status", "hours_attended", "updated_at"])
        attendance_bulk_marked.send(sender=AwarenessSession, session=session,
                                    registrations=unmarked)
    return unmarked


def slot_counts(session, slot):
    """How many people holding a seat are present, absent, excused and not marked on `slot`
    (one query)."""
    on_slot = Q(attendances__slot=slot)
    counts = session.registrations.seated().order_by().aggregate(
        total=Count("pk", distinct=True),
        present=Count("attendances", filter=on_slot & Q(
            attendances__status=Attendance.Status.PRESENT)),
        absent=Count("attendances", filter=on_slot & Q(
            attendances__status=Attendance.Status.ABSENT)),
        excused=Count("attendances", filter=on_slot & Q(
            attendances__status=Attendance.Status.EXCUSED)))
    return _with_unmarked(counts)


def sheet_counts(sheet):
    """slot_counts() for an attendance sheet already read (no query)."""
    counts = {"total": len(sheet), "present": 0, "absent": 0, "excused": 0}
    for registration in sheet:
        if registration.slot_marks:
            counts[registration.slot_marks[0].status] += 1
    return _with_unmarked(counts)


def _with_unmarked(counts):
    counts["unmarked"] = counts["total"] - counts["present"] - counts["absent"] - \
        counts["excused"]
    counts["summary"] = ngettext("Présences : %(present)s sur %(total)s inscrit·e",
                                 "Présences : %(present)s sur %(total)s inscrit·es",
                                 counts["total"]) % counts
    return counts


def checked_in(session, slot):
    """Who is marked present on `slot`, latest first: the live list of the check-in screen."""
    return list(Attendance.objects.filter(
        slot=slot, status=Attendance.Status.PRESENT, registration__session=session,
        registration__status__in=Registration.SEATED)
        .select_related("registration__user").order_by("-marked_at", "-pk"))


# --- Walk-ins: people who come without registering -------------------------------------

class WalkIn:
    """What adding a walk-in did: `outcome` is ADDED, WAS_REGISTERED or ALREADY_PRESENT;
    `account_created` when the person had no account (they get an email to activate it, or,
    without an address, their organisation's HR complete it: `person.email_to_complete`)."""

    ADDED = "added"
    WAS_REGISTERED = "was_registered"
    ALREADY_PRESENT = "already_present"

    def __init__(self, registration, outcome, account_created=False):
        self.registration = registration
        self.person = registration.user
        self.outcome = outcome
        self.account_created = account_created


def walk_in_error(session, slot, *, now=None):
    """Why nobody can be added to `slot` as a walk-in now (a French sentence), or None: only
    on the slot's day, and never to a cancelled or closed session."""
    if session.status == AwarenessSession.Status.CANCELLED:
        return _("Cette session est annulée.")
    if session.status == AwarenessSession.Status.CLOSED:
        return _("La session est clôturée : on ne peut plus y ajouter de personne.")
    today = timezone.localdate(now or timezone.now())
    if today not in {timezone.localdate(slot.starts_at), timezone.localdate(slot.ends_at)}:
        return _("On ne peut ajouter une personne venue sans inscription que le jour du "
                 "créneau (%(slot)s).") % {"slot": slot}
    return None


def _audience_error(session, job_role, name):
    if not audiences.job_roles_include(session.audience, job_role):
        return _("Cette session est réservée à d'autres métiers (%(audience)s) : %(name)s ne "
                 "peut pas y être ajouté·e.") % {
            "audience": ", ".join(str(label) for label in session.audience_labels()),
            "name": name}
    return None


def walk_in_person_error(session, person):
    """Why this existing account cannot be added as a walk-in (a French sentence), or None."""
    name = person.get_full_name() or person.email
    if not person.is_active or person.deleted_at:
        return _("Le compte de %(name)s est désactivé : la personne doit s'adresser à son "
                 "service RH.") % {"name": name}
    if person.is_superuser or has_role(person, *STAFF_ROLES):
        return _("%(name)s a un compte de l'équipe du programme ou d'un service RH : ce compte "
                 "ne peut pas être ajouté comme participant·e.") % {"name": name}
    if person.organisation_id is None:
        return _("Ce compte n'est rattaché à aucune organisation.")
    if not audiences.organisations_include(session, person):
        return _("Cette session n'est pas ouverte à l'organisation de %(name)s "
                 "(%(organisation)s).") % {"name": name,
                                            "organisation": person.organisation.name}
    return _audience_error(session, person.job_role, name)


def walk_in_organisation(session, email):
    """The organisation a new account for `email` joins: the one that declared the address's
    domain, if the session is open to it; otherwise ValidationError with a French reason."""
    domain = email.rsplit("@", 1)[-1].strip().lower()
    declared = (OrganisationEmailDomain.objects.select_related("organisation")
                .filter(domain=domain, organisation__is_active=True).first())
    if declared is None:
        raise ValidationError(_(
            "Aucun compte n'existe pour cette adresse, et « %(domain)s » n'est le domaine "
            "d'aucune organisation partenaire : le compte ne peut pas être créé ici. La "
            "personne peut demander une invitation à son service RH.") % {"domain": domain})
    organisation = declared.organisation
    if not audiences.organisations_include(session, organisation):
        raise ValidationError(_("Cette adresse est celle de %(organisation)s, qui n'est pas "
                                "invitée à cette session.") % {"organisation": organisation.name})
    return organisation


def _find_account(email):
    return (get_user_model().objects.select_related("organisation")
            .filter(email__iexact=email, deleted_at__isnull=True).first())


def _create_walk_in_account(*, email, first_name, last_name, organisation, job_role):
    """A learner account so that the walk-in's certificate has a home; None if the address
    was taken meanwhile. They activate it by logging in with a code sent to that address.

    Without an address (`email` empty), the account gets one that names nobody and is
    flagged `email_to_complete`: nothing is ever sent to it, and their organisation's HR
    enter the real one (accounts.services.complete_email)."""
    User = get_user_model()
    to_complete = not email
    try:
        with transaction.atomic():
            person = User.objects.create_user(
                email=email or placeholder_address("a-completer"), first_name=first_name,
                last_name=last_name, organisation=organisation, job_role=job_role,
                email_to_complete=to_complete)
            person.set_unusable_password()
            person.save(update_fields=["password"])
            if not to_complete:
                EmailAddress.objects.create(user=person, email=email, primary=True,
                                            verified=False)
    except IntegrityError:
        return None
    set_roles(person, [Role.LEARNER])
    return person


def walk_in_organisation_error(session, organisation):
    """Why a person of `organisation` cannot be added to the session (a French sentence), or
    None."""
    if organisation is None:
        return _("Sans adresse e-mail, choisissez l'organisation de la personne.")
    if not organisation.is_active:
        return _("%(organisation)s n'est plus une organisation partenaire.") % {
            "organisation": organisation.name}
    if not audiences.organisations_include(session, organisation):
        return _("Cette session n'est pas ouverte à %(organisation)s.") % {
            "organisation": organisation.name}
    return None


def _walk_in_without_email(session, *, first_name, last_name, organisation, job_role):
    """The account of someone who came without an email address: the one given to them at
    this session already (the same name in the same organisation, still to complete: the
    trainer added them twice), or a new one. Returns (person, created)."""
    first_name, last_name = " ".join(first_name.split()), " ".join(last_name.split())
    if not first_name or not last_name:
        raise ValidationError(_("Sans adresse e-mail, le prénom et le nom sont nécessaires "
                                "pour créer son compte."))
    if error := walk_in_organisation_error(session, organisation):
        raise ValidationError(error)
    if error := _audience_error(session, job_role, f"{first_name} {last_name}"):
        raise ValidationError(error)
    earlier = (Registration.objects.filter(
        session=session, user__email_to_complete=True, user__organisation=organisation,
        user__first_name__iexact=first_name, user__last_name__iexact=last_name,
        user__deleted_at__isnull=True).select_related("user").first())
    if earlier is not None:
        return earlier.user, False
    person = _create_walk_in_account(email="", first_name=first_name, last_name=last_name,
                                     organisation=organisation, job_role=job_role)
    if person is None:  # a placeholder drawn twice: vanishingly rare
        raise ValidationError(_("Le compte n'a pas pu être créé : réessayez."))
    return person, True


def add_walk_in(session, slot, *, email="", first_name="", last_name="", job_role="",
                organisation=None, by, now=None):
    """Someone who came without registering: seat them (beyond capacity) and mark them
    present on `slot`. Returns a WalkIn; raises ValidationError with a French reason.

    The session must be open to their organisation and job role, today must be the slot's
    day, and staff accounts are never added. An unknown address gets a learner account only
    if its domain is that of an organisation the session is open to. Without an address,
    the person gets an account in `organisation`, whose HR complete its address.
    """
    email = (email or "").strip().lower()
    with transaction.atomic():
        session = _locked_session(session.pk)
        if error := walk_in_error(session, slot, now=now):
            raise ValidationError(error)
        if not email:
            person, created = _walk_in_without_email(
                session, first_name=first_name, last_name=last_name,
                organisation=organisation, job_role=job_role)
        else:
            person, created = _find_account(email), False
        if person is None:
            organisation = walk_in_organisation(session, email)
            name = f"{first_name} {last_name}".strip() or email
            if error := _audience_error(session, job_role, name):
                raise ValidationError(error)
            person = _create_walk_in_account(email=email, first_name=first_name,
                                             last_name=last_name, organisation=organisation,
                                             job_role=job_role)
            created = person is not None
            person = person or _find_account(email)
            if person is None:  # taken and deleted meanwhile: vanishingly rare
                raise ValidationError(_("Cette adresse vient de changer : réessayez."))
        if not created and (error := walk_in_person_error(session, person)):
            raise ValidationError(error)
        registration = Registration.objects.filter(session=session, user=person).first()
        outcome = WalkIn.ADDED
        if registration is not None and registration.status in Registration.SEATED:
            if registration.attendances.filter(slot=slot,
                                               status=Attendance.Status.PRESENT).exists():
                return WalkIn(registration, WalkIn.ALREADY_PRESENT)
            outcome = WalkIn.WAS_REGISTERED
        elif registration is None:
            registration = Registration.objects.create(
                session=session, user=person, status=Registration.Status.REGISTERED,
                walk_in=True, registered_by=by)
        else:  # cancelled or waiting: they came anyway
            registration.status = Registration.Status.REGISTERED
            registration.waiting_since = None
            registration.cancelled_at = None
            registration.walk_in = True
            registration.save()
        registration.session = session
        mark(registration, slot, Attendance.Status.PRESENT, by=by)
        if created and not person.email_to_complete:
            notify_after_commit("walk_in_account", registration)
    return WalkIn(registration, outcome, created)


# --- Closing --------------------------------------------------------------------------------

def close_error(session):
    """Why the session cannot be closed now (a French sentence), or None."""
    if session.status == AwarenessSession.Status.CANCELLED:
        return _("Une session annulée ne peut pas être clôturée.")
    if session.status == AwarenessSession.Status.CLOSED:
        return _("La session est déjà clôturée.")
    if session.starts_at and session.starts_at > timezone.now():
        return _("La session n'a pas encore commencé.")
    return None


def closing_summary(session):
    """What closing will do: how many people holding a seat have no mark at all (they will be
    noted absent), and how many are not marked on each slot (three queries)."""
    seated = session.registrations.seated()
    total = seated.count()
    marked = dict(Attendance.objects.filter(registration__in=seated).order_by()
                  .values_list("slot").annotate(n=Count("pk")))
    never_marked = seated.filter(~Exists(Attendance.objects.filter(
        registration=OuterRef("pk")))).count()
    return {"total": total, "never_marked": never_marked,
            "slots": [(slot, total - marked.get(slot.pk, 0)) for slot in session.slots.all()]}


def close_session(session, *, by):
    """End of the session: who was not marked is absent; those who came get certified."""
    if session.status == AwarenessSession.Status.CANCELLED:
        raise ValidationError(_("Une session annulée ne peut pas être clôturée."))
    if session.starts_at and session.starts_at > timezone.now():
        raise ValidationError(_("La session n'a pas encore commencé."))
    with transaction.atomic():
        session = _locked_session(session.pk)
        if session.status == AwarenessSession.Status.CLOSED:
            return session
        prefetch_related_objects([session], "trainers")  # named on every certificate
        session.status = AwarenessSession.Status.CLOSED
        session.closed_at = timezone.now()
        session.save(update_fields=["status", "closed_at"])
        session.registrations.waiting().update(status=Registration.Status.CANCELLED,
                                               waiting_since=None, cancelled_at=timezone.now())
        for registration in session.registrations.seated().prefetch_related("attendances"):
            registration.session = session
            settle(registration, closing=True)
            _confirm(registration)
    return session


def _confirm(registration):
    if registration.status == Registration.Status.ATTENDED:
        attendance_confirmed.send(sender=AwarenessSession, session=registration.session,
                                  registration=registration)


def attended_slots(registration):
    return [m.slot for m in registration.attendances.select_related("slot").order_by(
        "slot__starts_at") if m.status == Attendance.Status.PRESENT]


# --- Check-in by QR code ------------------------------------------------------------------
#
# The trainer's screen shows one code for the room, for one slot, redrawn on every minute.
# A code names the slot and its minute, signed with the session's secret: it is accepted
# during that minute and the next one (so that a code scanned just before the change still
# works), never later, and only from CHECKIN_EARLY before the slot until its end. On
# confirmation it is tied to the account that scans it: only a person holding a seat in the
# session is checked in, once per slot (a second scan, or a slot the trainer already marked,
# changes nothing). A code forwarded within its two minutes to another registrant would
# still work: the trainer sees who checked in by QR code, and when, on the attendance list.

def _checkin_signer(session):
    return signing.Signer(salt=f"scheduling.checkin.{session.checkin_secret}")


def _checkin_window(now=None):
    return int((now or timezone.now()).timestamp()) // CHECKIN_WINDOW


def checkin_window(now=None):
    """The number of the current minute of codes (the check-in screen asks for a new code
    when it changes)."""
    return _checkin_window(now)


def checkin_token(session, slot, *, now=None):
    """The room's code for `slot` during the current minute (the same for everyone)."""
    return _checkin_signer(session).sign(f"{slot.pk}.{_checkin_window(now)}")


def checkin_refresh_in(now=None):
    """Seconds until the room's code changes (the QR page reloads then)."""
    now = now or timezone.now()
    return CHECKIN_WINDOW - int(now.timestamp()) % CHECKIN_WINDOW + 1


def checkin_registration(session, token, user, *, now=None):
    """The registration and slot that a scanned code checks `user` into, or ValidationError
    with a French reason. Its `code` is "not_registered" for someone without a seat (they
    are shown nothing of the session) and "already_present" for a second scan."""
    now = now or timezone.now()
    invalid = _("Ce QR code n'est pas valable pour cette session.")
    try:
        slot_pk, window = (int(part) for part in _checkin_signer(session).unsign(token)
                           .split("."))
    except (signing.BadSignature, ValueError):
        raise ValidationError(invalid, code="invalid") from None
    slot = TimeSlot.objects.filter(session=session, pk=slot_pk).first()
    if slot is None:
        raise ValidationError(invalid, code="invalid")
    registration = (Registration.objects.filter(session=session, user=user,
                                                status__in=Registration.SEATED)
                    .select_related("session").first())
    if registration is None:
        raise ValidationError(_("Vous n'êtes pas inscrit·e à cette session : signalez-vous au "
                                "formateur, qui peut vous ajouter."), code="not_registered")
    age = now.timestamp() - window * CHECKIN_WINDOW
    if not 0 <= age < CHECKIN_WINDOW + CHECKIN_GRACE:
        raise ValidationError(_("Ce QR code a expiré. Scannez le code affiché en ce moment "
                                "par le formateur."), code="expired")
    if session.status == AwarenessSession.Status.CANCELLED:
        raise ValidationError(_("Cette session est annulée."), code="closed")
    if session.status == AwarenessSession.Status.CLOSED:
        raise ValidationError(_("La session est clôturée : le pointage est terminé."),
                              code="closed")
    if not slot.starts_at - CHECKIN_EARLY <= now <= slot.ends_at:
        raise ValidationError(_("Ce créneau n'a pas lieu en ce moment (%(slot)s) : le pointage "
                                "n'est possible que pendant le créneau.") % {"slot": slot},
                              code="not_now")
    earlier = registration.attendances.filter(slot=slot).first()
    if earlier is not None and earlier.status == Attendance.Status.PRESENT:
        raise ValidationError(_("Vous êtes déjà noté·e présent·e pour ce créneau."),
                              code="already_present")
    if earlier is not None:
        raise ValidationError(_("Le formateur a déjà noté votre présence pour ce créneau : "
                                "adressez-vous à lui pour la corriger."), code="marked")
    return registration, slot


def check_in(session, token, user, *, now=None, method=Attendance.Method.QR):
    """Mark `user` present on the slot of a scanned code, once (see checkin_registration)."""
    with transaction.atomic():
        registration, slot = checkin_registration(session, token, user, now=now)
        try:
            with transaction.atomic():  # one mark per slot: a parallel scan loses here
                Attendance.objects.create(registration=registration, slot=slot,
                                          status=Attendance.Status.PRESENT,
                                          method=method, marked_by=user,
                                          marked_at=timezone.now())
        except IntegrityError:
            raise ValidationError(_("Vous êtes déjà noté·e présent·e pour ce créneau."),
                                  code="already_present") from None
        settle(registration)
    return registration, slot


# The typed code: the same slot and minute as the room's QR code, six characters a person can
# read from the back of the room and type on any phone. It is derived from the QR code's
# parts with the session's secret (nothing stored), so it changes and expires with it.

def _checkin_code(session, slot_pk, window):
    digest = salted_hmac(f"scheduling.checkin-code.{session.checkin_secret}",
                         f"{slot_pk}.{window}", algorithm="sha256").digest()
    number, code = int.from_bytes(digest[:8], "big"), []
    for _position in range(CHECKIN_CODE_LENGTH):
        number, index = divmod(number, len(CHECKIN_CODE_ALPHABET))
        code.append(CHECKIN_CODE_ALPHABET[index])
    return "".join(code)


def checkin_code(session, slot, *, now=None):
    """The room's typed code for `slot` during the current minute (shown under the QR code)."""
    return _checkin_code(session, slot.pk, _checkin_window(now))


def format_checkin_code(code):
    """The code as shown: two groups of three, easier to read aloud and to type."""
    return f"{code[:3]} {code[3:]}"


def normalise_checkin_code(text):
    """What a person typed, as a code: capitals, without spaces, dashes or dots."""
    return re.sub(r"[\s.\-_]+", "", (text or "")[:40]).upper()


def checkin_token_for_code(session, code, *, now=None):
    """The room's QR token that the typed `code` stands for, or ValidationError with a French
    reason ("invalid" for a code that is not this session's, "expired" for one of the last
    half hour). The token then goes through checkin_registration's rules."""
    now = now or timezone.now()
    code = normalise_checkin_code(code)
    if len(code) != CHECKIN_CODE_LENGTH or any(c not in CHECKIN_CODE_ALPHABET for c in code):
        raise ValidationError(_("Le code affiché par le formateur a 6 caractères, lettres et "
                                "chiffres (par exemple K7M 4QX). Vérifiez ce que vous avez "
                                "tapé."), code="invalid")
    window = _checkin_window(now)
    lookback = timedelta(seconds=CHECKIN_WINDOW * (CHECKIN_CODE_LOOKBACK + 1))
    expired = False
    for slot in session.slots.all():
        if not slot.starts_at - CHECKIN_EARLY - lookback <= now <= slot.ends_at + lookback:
            continue
        for back in range(CHECKIN_CODE_LOOKBACK + 1):
            if constant_time_compare(_checkin_code(session, slot.pk, window - back), code):
                if now.timestamp() - (window - back) * CHECKIN_WINDOW < \
                        CHECKIN_WINDOW + CHECKIN_GRACE:
                    return _checkin_signer(session).sign(f"{slot.pk}.{window - back}")
                expired = True
    if expired:
        raise ValidationError(_("Ce code a expiré : il change chaque minute. Tapez le code "
                                "affiché en ce moment par le formateur."), code="expired")
    raise ValidationError(_("Ce code ne correspond pas à celui que le formateur affiche pour "
                            "cette session. Vérifiez chaque caractère : il change chaque "
                            "minute."), code="invalid")


def check_in_with_code(session, code, user, *, now=None):
    """Mark `user` present with the typed code, under the QR code's rules (check_in)."""
    token = checkin_token_for_code(session, code, now=now)
    return check_in(session, token, user, now=now, method=Attendance.Method.CODE)


def holds_seat(session, user):
    return Registration.objects.filter(session=session, user=user,
                                       status__in=Registration.SEATED).exists()


def checkin_open(session, slots=None, *, now=None):
    """Whether one of the session's slots takes check-ins now (from CHECKIN_EARLY before it
    until its end), the session being scheduled."""
    now = now or timezone.now()
    return session.status == AwarenessSession.Status.SCHEDULED and any(
        slot.starts_at - CHECKIN_EARLY <= now <= slot.ends_at
        for slot in (slots if slots is not None else session.slots.all()))


# --- Calendar feed ------------------------------------------------------------------------

def calendar_feed(user):
    feed, _created = CalendarFeed.objects.get_or_create(user=user)
    return feed


def renew_calendar_feed(user):
    """A new private address; the old one stops working at once."""
    CalendarFeed.objects.filter(user=user).delete()
    return CalendarFeed.objects.create(user=user)


def feed_sessions(user):
    """The sessions shown in a person's calendar: those they hold a seat in, and the
    cancelled ones they were registered to (so calendars remove them)."""
    since = timezone.now() - timedelta(days=180)
    held = Registration.objects.filter(user=user, status__in=Registration.SEATED,
                                       session=OuterRef("pk"))
    return (AwarenessSession.objects.filter(Exists(held), ends_at__gte=since)
            .prefetch_related("slots").order_by("starts_at"))


# --- Reminders ----------------------------------------------------------------------------

def send_reminders(*, now=None):
    """Remind everyone registered to a session starting tomorrow. Safe to run twice, or
    twice at once: each reminder is claimed by a conditional update before it is sent."""
    now = now or timezone.now()
    tomorrow = timezone.localdate(now) + timedelta(days=1)
    sessions = AwarenessSession.objects.filter(
        status=AwarenessSession.Status.SCHEDULED,
        slots__starts_at__date=tomorrow).distinct()
    due = Registration.objects.filter(session__in=sessions, status=Registration.Status.REGISTERED,
                                      reminder_sent_at__isnull=True)
    sent = 0
    for registration in due.select_related("session", "user"):
        claimed = Registration.objects.filter(pk=registration.pk,
                                              reminder_sent_at__isnull=True).update(
            reminder_sent_at=now)
        if claimed:
            notifications.reminder(registration)
            sent += 1
    return sent
