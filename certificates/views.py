from decimal import Decimal

from allauth.core.internal import ratelimit
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts import access
from core.pdf import pdf_response
from scheduling import services as scheduling
from scheduling.models import Registration

from . import services
from .forms import CertificateFilterForm, NameCorrectionForm
from .models import Certificate, CertificateExport, normalise_code


@login_required
def my_certificates(request):
    certificates = Certificate.objects.filter(recipient=request.user).order_by("-issued_at")
    return render(request, "certificates/mine.html", {"certificates": certificates})


@never_cache
@login_required
def download(request, code):
    """The PDF, for its holder, their organisation's HR and the coordination; 404 otherwise."""
    visible = access.scope_to_user(request.user, Certificate.objects.all(),
                                   organisation_field="organisation", person_field="recipient")
    certificate = visible.filter(code=normalise_code(code)).first()
    if certificate is None:
        raise Http404
    return _pdf_response(certificate)


def _pdf_response(certificate):
    return pdf_response(services.render(certificate), services.file_name(certificate),
                        attachment=True)


def _rate_limited(request):
    """Per client address behind our proxies, as the login limits (REPERES_RATE_LIMITS)."""
    return not ratelimit.consume(request, app="certificates", action="verify_certificate",
                                 config=settings.REPERES_RATE_LIMITS, limit_get=True)


@never_cache
def verify_form(request):
    if request.GET.get("code"):
        code = normalise_code(request.GET["code"])
        if code:
            return redirect("certificates:verify", code=code)
    return render(request, "certificates/verify_form.html")


@never_cache
def verify(request, code):
    """Public: valid or revoked, with only the name, what was certified and the date."""
    if _rate_limited(request):
        return render(request, "certificates/verify_form.html", {
            "error": _("Trop de vérifications en peu de temps. Réessayez dans une minute.")},
            status=429)
    certificate = Certificate.objects.filter(code=normalise_code(code)).first()
    if certificate is None:
        return render(request, "certificates/verify_form.html", {
            "error": _("Aucune attestation ne correspond à ce code. Vérifiez chaque caractère.")},
            status=404)
    return render(request, "certificates/verify.html", {"certificate": certificate,
                                                         "data": certificate.snapshot})


def _staff_certificates(user):
    return access.scope_to_user(user, Certificate.objects.all(), organisation_field="organisation")


@access.hr_required
def hr_certificates(request):
    data = request.POST if request.method == "POST" else (request.GET or None)
    form = CertificateFilterForm(data)
    certificates = form.filter(_staff_certificates(request.user)).order_by("-issued_at", "-pk")
    if request.method == "POST" and form.is_valid():
        count = certificates.count()
        if count == 0:
            messages.info(request, _("Aucune attestation ne correspond : rien à exporter."))
        elif count > services.MAX_EXPORT:
            messages.error(request, _("%(n)s attestations : c'est plus que les %(max)s d'un "
                                      "export. Réduisez la période ou précisez l'intitulé.")
                           % {"n": count, "max": services.MAX_EXPORT})
        else:
            export = services.request_export(request.user, certificates, form.as_filters())
            return redirect("certificates:hr_export", pk=export.pk)
    page = Paginator(certificates, 50).get_page(request.GET.get("page"))
    return render(request, "certificates/hr_list.html", {"form": form, "page": page})


@never_cache
@access.hr_required
def hr_correct_name(request, code):
    """HR of the holder's organisation, or the coordination, correct the printed name with a
    reason; the certificate is reissued with the same code."""
    certificate = get_object_or_404(_staff_certificates(request.user), code=normalise_code(code))
    form = NameCorrectionForm(request.POST or None,
                              current=certificate.snapshot.get("recipient_name", ""))
    if request.method == "POST" and form.is_valid():
        services.correct_name(certificate, form.cleaned_data["name"],
                              reason=form.cleaned_data["reason"], by=request.user)
        messages.success(request, _("Nom corrigé : l'attestation est réémise, avec le même "
                                    "code."))
        return redirect("certificates:hr_list")
    return render(request, "certificates/hr_correct_name.html", {
        "certificate": certificate, "form": form,
        "corrections": certificate.name_corrections.select_related("corrected_by")},
        status=400 if form.errors else 200)


@access.hr_required
def hr_export(request, pk):
    export = get_object_or_404(CertificateExport, pk=pk, requested_by=request.user)
    return render(request, "certificates/hr_export.html", {"export": export})


@access.hr_required
def hr_export_download(request, pk):
    export = get_object_or_404(CertificateExport, pk=pk, requested_by=request.user,
                               status=CertificateExport.Status.READY)
    return FileResponse(export.file.open("rb"), as_attachment=True,
                        filename=f"attestations-{export.pk}.zip", content_type="application/zip")


# --- Trainer: the certificates of the sessions they ran ---------------------------------

def _session_certificates(session):
    return (Certificate.objects.filter(kind=Certificate.Kind.SESSION, subject_id=session.pk)
            .order_by("recipient__last_name", "recipient__first_name", "pk"))


@never_cache
@access.trainer_required
def trainer_certificates(request, pk):
    session = scheduling.get_trained_session_or_404(request.user, pk)
    certificates = list(_session_certificates(session).select_related("recipient"))
    attended = {r.user_id: r for r in session.registrations.filter(
        status=Registration.Status.ATTENDED)}
    for certificate in certificates:
        registration = attended.get(certificate.recipient_id)
        certificate.can_reissue = registration is not None and certificate.is_valid
        certificate.outdated = registration is not None and (
            Decimal(str(certificate.snapshot.get("hours", 0))) != registration.hours_attended)
    return render(request, "certificates/trainer_list.html", {
        "session": session, "certificates": certificates})


@never_cache
@access.trainer_required
def trainer_download(request, pk, code):
    session = scheduling.get_trained_session_or_404(request.user, pk)
    return _pdf_response(get_object_or_404(_session_certificates(session),
                                           code=normalise_code(code)))


@require_POST
@access.trainer_required
def trainer_reissue(request, pk, code):
    session = scheduling.get_trained_session_or_404(request.user, pk)
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
    return redirect("certificates:trainer_list", pk=session.pk)
