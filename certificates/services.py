"""Issuing certificates (automatic and idempotent), rendering them, verifying them."""

import calendar
import functools
import io
from datetime import timedelta

import segno
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify

from core.links import absolute_url
from core.pdf import render_pdf

from .models import Certificate, CertificateExport, CertificateValidity, NameCorrection
from .tasks import build_certificate_zip, notify_issued

# One ZIP holds at most this many certificates (about 60 MB of PDFs).
MAX_EXPORT = 5000


# What a certificate says of its holder: frozen at issue, changed only by correct_name.
PERSON_FIELDS = ("recipient_name", "job_role", "organisation")


def _person(user):
    return {
        "recipient_name": user.get_full_name() or user.email,
        "job_role": str(user.get_job_role_display()),
        "organisation": user.organisation.name if user.organisation_id else "",
    }


LOG_RENEWED = "reperes.certificate.renewed"


def add_months(day, months):
    """`day` plus `months` calendar months (the 31st becomes the month's last day)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last))


def end_date(kind, start, validity=None):
    """When a certificate of `kind` valid from `start` ends; None when its kind has no limit
    (CertificateValidity, 0 months)."""
    months = (validity or CertificateValidity.load()).months_for(kind)
    return add_months(start, months) if months else None


def issue(kind, user, subject_id, snapshot):
    """The certificate for (user, kind, subject), created once whatever the number of calls.
    Its end date follows its kind's validity; a reissue (same row) keeps it."""
    existing = Certificate.objects.filter(recipient=user, kind=kind, subject_id=subject_id).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            certificate = Certificate.objects.create(
                kind=kind, subject_id=subject_id, recipient=user,
                organisation_id=user.organisation_id,
                snapshot={**_person(user), **snapshot},
                expires_on=end_date(kind, timezone.localdate()))
    except IntegrityError:  # issued by a parallel request
        return Certificate.objects.get(recipient=user, kind=kind, subject_id=subject_id), False
    # The holder is told once the certificate is there for good (never for a reissue).
    transaction.on_commit(lambda: notify_issued.enqueue(certificate_id=certificate.pk))
    return certificate, True


def renew_for(user, *, today=None):
    """Renew `user`'s certificates that have an end date (current or expired, never revoked):
    each is valid again for its kind's months from `today`. Logged in Wagtail's log of each
    certificate. Returns how many were renewed."""
    today = today or timezone.localdate()
    validity = CertificateValidity.load()
    from wagtail.log_actions import log

    renewed = 0
    with transaction.atomic():
        for certificate in (Certificate.objects.select_for_update()
                            .filter(recipient=user, status=Certificate.Status.VALID,
                                    expires_on__isnull=False).order_by("pk")):
            new_end = end_date(certificate.kind, today, validity)
            if new_end is None or new_end <= certificate.expires_on:
                continue
            previous = certificate.expires_on
            certificate.expires_on, certificate.renewed_on = new_end, today
            certificate.save(update_fields=["expires_on", "renewed_on"])
            log(instance=certificate, action=LOG_RENEWED, user=user,
                data={"previous": previous.isoformat(), "expires_on": new_end.isoformat()})
            renewed += 1
    return renewed


def renew_on_refresher(sender, user, path, completed_at, **kwargs):
    """courses.services.path_completed: completing the refresher path renews (its own
    certificate, issued by issue_for_path, follows the normal rule)."""
    validity = CertificateValidity.load()
    if validity.refresher_path_id and validity.refresher_path_id == path.pk:
        renew_for(user, today=timezone.localdate(completed_at))


def issue_for_module(sender, user, module, completed_at, **kwargs):
    issue(Certificate.Kind.MODULE, user, module.pk, {
        "title": module.title, "dates": [timezone.localdate(completed_at).isoformat()],
        "hours": round(module.duration_minutes / 60, 2), "trainers": [],
        "description": module.summary,
    })


def issue_for_path(sender, user, path, completed_at, **kwargs):
    modules = path.modules()
    issue(Certificate.Kind.PATH, user, path.pk, {
        "title": path.title, "dates": [timezone.localdate(completed_at).isoformat()],
        "hours": round(sum(m.duration_minutes for m in modules) / 60, 2), "trainers": [],
        "description": path.summary, "modules": [m.title for m in modules],
    })


def session_snapshot(session, registration):
    """What an attendance certificate states: the slots actually attended and their hours."""
    from scheduling.services import attended_slots

    slots = attended_slots(registration)
    return {
        "title": session.title,
        "dates": sorted({timezone.localdate(slot.starts_at).isoformat() for slot in slots}),
        "hours": float(registration.hours_attended),
        "trainers": [t.get_full_name() for t in session.trainers.all()],
        "description": session.topic,
        "place": session.location_text,
        "slots": [str(slot) for slot in slots],
    }


def issue_for_session(sender, session, registration, **kwargs):
    issue(Certificate.Kind.SESSION, registration.user, session.pk,
          session_snapshot(session, registration))


def revoke_for_session(sender, session, registration, reason, **kwargs):
    """A trainer's confirmed correction after the closing: the person no longer attended."""
    for certificate in Certificate.objects.filter(
            kind=Certificate.Kind.SESSION, subject_id=session.pk,
            recipient_id=registration.user_id, status=Certificate.Status.VALID):
        revoke(certificate, reason)


def reissue(certificate, snapshot):
    """A corrected certificate (attendance fixed by the trainer): same code, new content.
    The holder's name, job and organisation stay as they were at issue."""
    frozen = {key: certificate.snapshot[key] for key in PERSON_FIELDS
              if key in certificate.snapshot}
    certificate.snapshot = {**snapshot, **frozen}
    certificate.issued_at = timezone.now()
    certificate.save(update_fields=["snapshot", "issued_at"])
    return certificate


def correct_name(certificate, name, *, reason, by):
    """HR or the coordination corrects the holder's name: the correction is kept with its
    reason, and the certificate is reissued (same code) with the new name."""
    with transaction.atomic():
        NameCorrection.objects.create(certificate=certificate,
                                      previous_name=certificate.snapshot.get("recipient_name", ""),
                                      new_name=name, reason=reason, corrected_by=by)
        certificate.snapshot = {**certificate.snapshot, "recipient_name": name}
        certificate.issued_at = timezone.now()
        certificate.save(update_fields=["snapshot", "issued_at"])
    return certificate


def verification_url(certificate):
    return absolute_url(certificate.get_verification_url())


def qr_data_uri(certificate):
    """A PNG (WeasyPrint draws it faster than an SVG), of the certificate's fixed URL."""
    return _qr_png_data_uri(verification_url(certificate))


@functools.lru_cache(maxsize=2048)
def _qr_png_data_uri(url):
    # Encoding costs more than laying out the whole certificate: reuse it across renders.
    return segno.make(url, error="m").png_data_uri(scale=6, border=2)


def qr_png(certificate):
    buffer = io.BytesIO()
    segno.make(verification_url(certificate), error="m").save(buffer, kind="png", scale=6)
    return buffer.getvalue()


def render(certificate):
    """The PDF, rebuilt from the snapshot: the same certificate always gives the same text."""
    return render_pdf("certificates/pdf.html", {
        "certificate": certificate, "data": certificate.snapshot,
        "verification_url": verification_url(certificate),
        "qr": qr_data_uri(certificate),
    }, stylesheets=["css/certificate-pdf.css"])


def revoke(certificate, reason):
    certificate.status = Certificate.Status.REVOKED
    certificate.revoked_at = timezone.now()
    certificate.revocation_reason = reason
    certificate.save(update_fields=["status", "revoked_at", "revocation_reason"])
    return certificate


def file_name(certificate):
    data = certificate.snapshot
    return (f"{slugify(data.get('recipient_name', ''))}-{slugify(data.get('title', ''))[:50]}"
            f"-{certificate.code[:6]}.pdf")


def request_export(user, certificates, filters):
    """Queue a ZIP of `certificates` (already scoped to what `user` may see, at most
    MAX_EXPORT: the view says so before calling)."""
    ids = list(certificates.values_list("pk", flat=True)[:MAX_EXPORT])
    export = CertificateExport.objects.create(
        requested_by=user, organisation_id=None if user.is_superuser else user.organisation_id,
        filters=filters, certificate_ids=ids, total=len(ids))
    transaction.on_commit(lambda: build_certificate_zip.enqueue(export_id=export.pk))
    return export


def prune_exports(*, now=None):
    """Delete the ZIPs of certificates (and their rows) older than
    REPERES_CERTIFICATE_EXPORT_DAYS: they hold people's certificates and are meant to be
    downloaded once. Returns how many were deleted."""
    cutoff = (now or timezone.now()) - timedelta(days=settings.REPERES_CERTIFICATE_EXPORT_DAYS)
    stale = CertificateExport.objects.filter(created_at__lt=cutoff)
    count = 0
    for export in stale.iterator():
        if export.file:
            export.file.delete(save=False)
        export.delete()
        count += 1
    return count
