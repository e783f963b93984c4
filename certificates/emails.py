"""The email telling a holder that their certificate is ready: its title, where to download
it (Mes attestations) and where anyone can check it. Sent once, when the certificate is
issued (certificates.services.issue), never for a reissue or a name correction; never to an
account that is deleted, inactive or whose address names nobody (a walk-in's still to be
completed by HR, a deleted account's in the `.invalid` domain)."""

from django.urls import reverse

from accounts.emails import queue_email
from core.links import absolute_url

from .models import Certificate


def can_write_to(person):
    email = (person.email or "").strip().lower() if person is not None else ""
    return bool(
        email and person.is_active and person.deleted_at is None
        and not person.email_to_complete
        and not email.endswith(("@invalid", ".invalid")))


def certificate_issued(certificate):
    """Queue the email; None when there is nobody to write to."""
    person = certificate.recipient
    if certificate.status != Certificate.Status.VALID or not can_write_to(person):
        return None
    return queue_email("certificates/emails/issued", [person.email], {
        "person": person, "certificate": certificate, "data": certificate.snapshot,
        "kind": certificate.kind,
        "verification_url": absolute_url(certificate.get_verification_url()),
        "mine_url": absolute_url(reverse("certificates:mine")),
    })
