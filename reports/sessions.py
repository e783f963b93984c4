"""Awareness sessions as HR and the coordination follow them: upcoming registrations,
the attendance list, and the sessions indicators. Reads scheduling; never changes it.

- sessions held: closed sessions that started during the period;
- seats filled: seated registrations (registered, present, absent, excused) of those
  sessions, against their capacity;
- attendance rate: present / seated registrations of those sessions.
"""

from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import JobRole
from scheduling.models import AwarenessSession, Registration

from .models import SessionCell
from .stats import ids_of, rate

UPCOMING = (Registration.Status.REGISTERED, Registration.Status.WAITING)


def upcoming_registrations(people, *, limit=20, now=None):
    """The next `limit` registrations of `people` to sessions still to come (and whether
    there are more: the sessions page lists them all)."""
    now = now or timezone.now()
    registrations = Registration.objects.filter(
        user__in=ids_of(people), status__in=UPCOMING,
        session__status=AwarenessSession.Status.SCHEDULED, session__starts_at__gte=now)
    items = list(registrations.select_related("session", "user")
                 .order_by("session__starts_at", "user__last_name", "pk")[:limit + 1])
    return {"items": items[:limit], "more": len(items) > limit}


def attendance_rows(people, *, with_organisation=False, sessions_per_batch=2000):
    """The attendance list: one row per (non-cancelled) registration of `people`."""
    header = [_("Session"), _("Début"), _("Fin"), _("État de la session"), _("Nom"),
              _("Prénom"), _("E-mail"), _("Métier"), _("Site ou agence")]
    if with_organisation:
        header.append(_("Organisation"))
    header += [_("Inscription"), _("Heures de présence")]
    yield header
    registrations = (Registration.objects.filter(user__in=ids_of(people))
                     .exclude(status=Registration.Status.CANCELLED))
    # Sessions in order, a batch at a time, then their registrations: plain queries that keep
    # memory flat (a server-side cursor over the same rows is twice as slow).
    sessions = list(AwarenessSession.objects.filter(
        pk__in=registrations.values("session_id")).order_by("starts_at", "pk")
        .values_list("pk", flat=True))
    # Labels translated once, not per row; values, not model instances.
    session_states = {value: str(label) for value, label in AwarenessSession.Status.choices}
    statuses = {value: str(label) for value, label in Registration.Status.choices}
    job_roles = {value: str(label) for value, label in JobRole.choices}
    for start in range(0, len(sessions), sessions_per_batch):
        batch = registrations.filter(session_id__in=sessions[start:start + sessions_per_batch])
        for (title, starts_at, ends_at, state, last_name, first_name, email, job_role, site,
             organisation, status, hours) in batch.order_by(
                "session__starts_at", "session_id", "user__last_name", "user__first_name",
                "pk").values_list(
                "session__title", "session__starts_at", "session__ends_at", "session__status",
                "user__last_name", "user__first_name", "user__email", "user__job_role",
                "user__site", "user__organisation__name", "status", "hours_attended"):
            row = [title, starts_at, ends_at, session_states.get(state, state), last_name,
                   first_name, email, job_roles.get(job_role, job_role), site]
            if with_organisation:
                row.append(organisation or "")
            row += [statuses.get(status, status), float(hours)]
            yield row


def attendance_count(people):
    return (Registration.objects.filter(user__in=ids_of(people))
            .exclude(status=Registration.Status.CANCELLED).count())


def session_indicators(start, end, *, organisation=None):
    """Sessions held in [start, end), seats filled and attendance rate (two queries)."""
    held = AwarenessSession.objects.filter(status=AwarenessSession.Status.CLOSED,
                                           starts_at__gte=start, starts_at__lt=end)
    if organisation is None:  # every session: their summaries (reports.models.SessionCell)
        sessions = held.aggregate(count=Count("pk"), seats=Sum("capacity"))
        seated = SessionCell.objects.filter(session__in=held.values("pk")).aggregate(
            seated=Sum("seated"), present=Sum("present"), hours=Sum("hours"))
        seated = {name: value or 0 for name, value in seated.items()}
    else:  # the sessions and registrations of one organisation's people: few
        registrations = Registration.objects.filter(
            session__in=held.values("pk"), status__in=Registration.SEATED,
            user__organisation=organisation)
        held = held.filter(pk__in=registrations.values("session"))
        sessions = held.aggregate(count=Count("pk"), seats=Sum("capacity"))
        seated = registrations.aggregate(
            seated=Count("pk"),
            present=Count("pk", filter=Q(status=Registration.Status.ATTENDED)),
            hours=Sum("hours_attended"))
    seats = sessions["seats"] or 0
    return {"held": sessions["count"], "seats": seats, "filled": seated["seated"],
            "fill_rate": rate(seated["seated"], seats), "present": seated["present"],
            "attendance_rate": rate(seated["present"], seated["seated"]),
            "hours": float(seated["hours"] or 0)}


def person_sessions(person):
    return list(Registration.objects.filter(user=person).select_related("session")
                .order_by("-session__starts_at", "-pk")[:50])
