"""Demo of certificate validity: two Paris Habitat learners hold the certificate of an earlier
awareness session (before the platform: it names no session, subject 0), one ending within
60 days and one already ended, so that HR see both states. Dates are relative to the day of
the first load; created once (no email: the demo sends none)."""

from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from .models import Certificate, CertificateValidity
from .services import _person, add_months

EARLIER_SESSION = 0  # subject_id: a session held before the platform existed
# (learner, days from today to the end of validity)
ENDS = [("gardien@paris-habitat.example", 40), ("mediatrice@paris-habitat.example", -20)]


def load(stdout=None):
    months = CertificateValidity.load().session_months or 36
    people = {u.email: u for u in get_user_model().objects.filter(
        email__in=[email for email, _ in ENDS]).select_related("organisation")}
    today = timezone.localdate()
    for email, days in ENDS:
        person = people.get(email)
        if person is None:
            continue
        ends = today + timedelta(days=days)
        held = add_months(ends, -months)
        certificate, created = Certificate.objects.get_or_create(
            recipient=person, kind=Certificate.Kind.SESSION, subject_id=EARLIER_SESSION,
            defaults={"organisation_id": person.organisation_id, "expires_on": ends,
                      "snapshot": {**_person(person),
                                   "title": "Sensibilisation santé mentale et logement",
                                   "dates": [held.isoformat()], "hours": 3.0,
                                   "trainers": [], "description": "Session de sensibilisation "
                                   "organisée avant l'ouverture de la plateforme.",
                                   "place": "Paris 13e", "slots": []}})
        if created:  # issued on the day of the session (issued_at is set on create)
            Certificate.objects.filter(pk=certificate.pk).update(
                issued_at=timezone.make_aware(datetime.combine(held, time(17))))
    if stdout:
        stdout.write("Attestations : une expire bientôt, une a expiré (Paris Habitat).")


def describe():
    return ["Attestations : les RH de Paris Habitat voient une attestation qui expire bientôt "
            "et une attestation expirée (/espace-rh/attestations/?validity=soon)."]
