
from allauth.core.internal import ratelimit
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from accounts import access
from core.pdf import pdf_response

from . import services
from .models import Certificate, CertificateValidity, normalise_code


@login_required
def my_certificates(request):
    certificates = list(Certificate.objects.filter(recipient=request.user)
                        .order_by("-issued_at"))
    refresher = CertificateValidity.load().refresher_path
    return render(request, "certificates/mine.html", {
        "certificates": certificates,
        "refresher": refresher if refresher is not None and refresher.live else None,
        "renewable": any(c.is_valid and c.expires_on for c in certificates)})


@never_cache
@login_required
def download(request, code):
    """The PDF, for its holder, their organisation's HR and the coordination; 404 otherwise."""
    visible = access.scope_to_user(request.user, Certificate.objects.all(),
                                   organisation_field="organisation", person_field="recipient")
    certificate = visible.filter(code=normalise_code(code)).first()
    if certificate is None:
        raise Http404
    return pdf_download(certificate)


def pdf_download(certificate):
    """The certificate's PDF as a download (the trainer's pages serve it too)."""
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
