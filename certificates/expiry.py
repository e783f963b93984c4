"""Reminders before a certificate ends: the holder is written to 60 and then 15 days before
its end date (Certificate.expires_on), and each HR person of their organisation gets ONE
digest per run listing their people's certificates reminded in it.

Each reminder is an ExpiryReminder row, unique on (certificate, days before, end date) and
created in its own transaction before anything is queued: a second run, even a parallel one,
finds it and sends nothing. A renewal moves the end date, so the new date is reminded too."""

from collections import defaultdict
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone

from accounts.emails import queue_email
from accounts.roles import GROUP_NAMES, Role
from core.links import absolute_url

from .emails import can_write_to
from .models import SOON_DAYS, Certificate, CertificateValidity, ExpiryReminder

REMINDER_DAYS = (SOON_DAYS, 15)


def _reminded(days):
    return Exists(ExpiryReminder.objects.filter(
        certificate=OuterRef("pk"), days_before=days, expires_on=OuterRef("expires_on")))


def due_certificates(today):
    """Not revoked, ending within SOON_DAYS from `today` (not yet ended), held by someone we
    may write to; annotated with which reminders were already sent for their end date."""
    return (Certificate.objects
            .filter(status=Certificate.Status.VALID, expires_on__gte=today,
                    expires_on__lte=today + timedelta(days=SOON_DAYS),
                    recipient__is_active=True, recipient__deleted_at__isnull=True,
                    recipient__email_to_complete=False)
            .annotate(**{f"reminded_{days}": _reminded(days) for days in REMINDER_DAYS})
            .select_related("recipient").order_by("expires_on", "pk"))


def reminder_due(certificate, today):
    """The one reminder (days before) due for `certificate` `today`, or None: the closest
    threshold reached only (a certificate ending in 10 days gets the 15-day one, never the
    60-day one late), and only if not sent yet for this end date."""
    left = (certificate.expires_on - today).days
    reached = [days for days in REMINDER_DAYS if left <= days]
    if not reached:
        return None
    days = min(reached)
    return None if getattr(certificate, f"reminded_{days}", False) else days


def _record(certificate, days):
    try:
        with transaction.atomic():
            ExpiryReminder.objects.create(certificate=certificate, days_before=days,
                                          expires_on=certificate.expires_on)
    except IntegrityError:  # another run reminded it meanwhile
        return False
    return True


def _refresher_url(validity):
    path = validity.refresher_path
    if path is None or not path.live:
        return ""
    url = path.get_url()
    return absolute_url(url) if url else ""


def _hr_of(organisation_ids):
    """The HR people of these organisations that may be written to, by organisation."""
    people = (get_user_model().objects
              .filter(organisation_id__in=organisation_ids, groups__name=GROUP_NAMES[Role.HR],
                      is_active=True, deleted_at__isnull=True, email_to_complete=False)
              .distinct().order_by("pk"))
    by_organisation = defaultdict(list)
    for person in people:
        if can_write_to(person):
            by_organisation[person.organisation_id].append(person)
    return by_organisation


def _queue_on_commit(prefix, address, context):
    transaction.on_commit(lambda: queue_email(prefix, [address], context))


def send_expiry_reminders(today=None):
    """Send the reminders due `today` (see the module). Safe to run as often as wanted.
    Returns the number of certificates reminded."""
    today = today or timezone.localdate()
    validity = CertificateValidity.load()
    refresher_url = _refresher_url(validity)
    refresher_title = validity.refresher_path.title if refresher_url else ""
    mine_url = absolute_url(reverse("certificates:mine"))
    reminded = defaultdict(list)
    count = 0
    for certificate in due_certificates(today).iterator(chunk_size=500):
        days = reminder_due(certificate, today)
        person = certificate.recipient
        if days is None or not can_write_to(person) or not _record(certificate, days):
            continue
        count += 1
        row = {"certificate": certificate, "data": certificate.snapshot,
               "person": person, "days_before": days,
               "days_left": (certificate.expires_on - today).days,
               "verification_url": absolute_url(certificate.get_verification_url())}
        _queue_on_commit("certificates/emails/expiry", person.email, {
            **row, "kind": certificate.kind, "refresher_url": refresher_url,
            "refresher_title": refresher_title, "mine_url": mine_url})
        if person.organisation_id:
            reminded[person.organisation_id].append(row)
    for organisation_id, hr_people in _hr_of(list(reminded)).items():
        rows = reminded[organisation_id]
        for hr in hr_people:
            _queue_on_commit("certificates/emails/expiry_hr", hr.email, {
                "person": hr, "rows": rows, "refresher_url": refresher_url,
                "refresher_title": refresher_title})
    return count
