"""The attendance certificates of a session the trainer ran: list, download, reissue after a
correction. The rules live in certificates.services."""

from decimal import Decimal

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts import access
from certificates import services
from certificates.models import Certificate, normalise_code
from certificates.views import pdf_download
from scheduling import services as scheduling_services
from scheduling.models import Registration


def _session_certificates(session):
    return (Certificate.objects.filter(kind=Certificate.Kind.SESSION, subject_id=session.pk)
            .order_by("recipient__last_name", "recipient__first_name", "pk"))


@never_cache
@access.trainer_required
def certificate_list(request, pk):
    session = scheduling_services.get_trained_session_or_404(request.user, pk)
    certificates = list(_session_certificates(session).select_related("recipient"))
    attended = {r.user_id: r for r in session.registrations.filter(
        status=Registration.Status.ATTENDED)}
    for certificate in certificates:
        registration = attended.get(certificate.recipient_id)
        certificate.can_reissue = registration is not None and certificate.is_valid
        certificate.outdated = registration is not None and (
            Decimal(str(certificate.snapshot.get("hours", 0))) != registration.hours_attended)
    return render(request, "trainer/certificates.html", {
        "session": session, "certificates": certificates})


@never_cache
@access.trainer_required
def certificate_download(request, pk, code):
    session = scheduling_services.get_trained_session_or_404(request.user, pk)
    return pdf_download(get_object_or_404(_session_certificates(session),
                                           code=normalise_code(code)))


@require_POST
@access.trainer_required
def certificate_reissue(request, pk, code):
    session = scheduling_services.get_trained_session_or_404(request.user, pk)
    certificate = get_object_or_404(_session_certificates(session).select_related("recipient"),
                                    code=normalise_code(code))
    registration = session.registrations.filter(user=certificate.recipient_id,
                                                status=Registration.Status.ATTENDED).first()
    if registration is None or not certificate.is_valid:
        messages.error(request, _("Cette attestation est révoquée ou la personne n'est plus "
                                  "notée présente : elle ne peut pas être réémise."))
    else:
        services.reissue(certificate, services.session_snapshot(session, registration))
        messages.success(request, _("Attestation réémise avec les présences actuelles ; son "
                                    "code ne change pas."))
    return redirect("trainer:certificates", pk=session.pk)
