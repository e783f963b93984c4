"""iCalendar (.ics) for sessions: one event per time slot, times in Europe/Paris."""

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event

from .models import AwarenessSession

PRODID = "-//Repères//Sessions de sensibilisation//FR"


def _absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


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
    calendar.add_missing_timezones()
    return calendar.to_ical()


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
    url = _absolute(session.get_absolute_url())
    event.add("url", url)
    lines = [session.description, session.access_notes, session.video_url, url]
    event.add("description", "\n\n".join(line for line in lines if line))
    cancelled = session.status == AwarenessSession.Status.CANCELLED
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    return event


def for_email(session, *, cancelled=False):
    """The attachment of a confirmation, change or cancellation email."""
    return ("session.ics", build([session], method="CANCEL" if cancelled else "PUBLISH")
            .decode(), "text/calendar")
