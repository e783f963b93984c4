"""iCalendar (.ics) for sessions: one event per time slot, times in Europe/Paris."""

import functools
from datetime import date

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, Timezone

from core.links import absolute_url

from .models import AwarenessSession

PRODID = "-//Repères//Sessions de sensibilisation//FR"


def build(sessions, *, method=None, name=None):
    """An iCalendar document (bytes) for `sessions` (with their slots prefetched)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method:
        calendar.add("method", method)
    if name:
        calendar.add("x-wr-calname", name)
    for session in sessions:
        for slot in session.slots.all():
            calendar.add_component(_event(session, slot))
    calendar.add_component(_vtimezone(timezone.localdate().year))
    return calendar.to_ical()


@functools.lru_cache(maxsize=2)
def _vtimezone(year):
    """Europe/Paris's rules around `year`: computing them costs more than the whole event
    list, and they change once a year at most."""
    return Timezone.from_tzid(settings.TIME_ZONE, first_date=date(year - 2, 1, 1),
                              last_date=date(year + 3, 1, 1))


def _event(session, slot):
    event = Event()
    event.add("uid", f"session-{session.pk}-creneau-{slot.pk}@reperes")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", timezone.localtime(slot.starts_at))
    event.add("dtend", timezone.localtime(slot.ends_at))
    event.add("sequence", session.sequence)
    event.add("summary", session.title)
    if session.location_text:
        event.add("location", session.location_text)
    url = absolute_url(session.get_absolute_url())
    event.add("url", url)
    lines = [session.description, session.access_notes, session.video_url, url]
    event.add("description", "\n\n".join(line for line in lines if line))
    cancelled = session.status == AwarenessSession.Status.CANCELLED
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    return event


def for_email(session, *, cancelled=False):
    """The attachment of a confirmation, change or cancellation email: the same for every
    registrant of a session version, so it is built once per version."""
    return ("session.ics", _session_ics(session, session.sequence, session.status,
                                        session.updated_at, cancelled), "text/calendar")


@functools.lru_cache(maxsize=256)
def _session_ics(session, sequence, status, updated_at, cancelled):
    return build([session], method="CANCEL" if cancelled else "PUBLISH").decode()
