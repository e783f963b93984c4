"""The organisation's certificates: the list and its ZIP export, correcting a printed name.
The rules live in certificates.services."""

from django.contrib import messages
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from accounts import access
from certificates import services
from certificates.models import Certificate, CertificateExport, normalise_code

from ..forms import CertificateFilterForm, NameCorrectionForm
from ..pagination import page_of


def _staff_certificates(user):
    return access.scope_to_user(user, Certificate.objects.all(), organisation_field="organisation")


@access.hr_required
def certificate_list(request):
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
            return redirect("hr:certificates_export", pk=export.pk)
    page = page_of(certificates, request)
    return render(request, "hr/certificates.html", {"form": form, "page": page})


@never_cache
@access.hr_required
def certificate_correct_name(request, code):
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
        return redirect("hr:certificates")
    return render(request, "hr/certificate_correct_name.html", {
        "certificate": certificate, "form": form,
        "corrections": certificate.name_corrections.select_related("corrected_by")},
        status=400 if form.errors else 200)


@access.hr_required
def certificates_export(request, pk):
    export = get_object_or_404(CertificateExport, pk=pk, requested_by=request.user)
    return render(request, "hr/certificates_export.html", {"export": export})


@access.hr_required
def certificates_export_download(request, pk):
    export = get_object_or_404(CertificateExport, pk=pk, requested_by=request.user,
                               status=CertificateExport.Status.READY)
    return FileResponse(export.file.open("rb"), as_attachment=True,
                        filename=f"attestations-{export.pk}.zip", content_type="application/zip")


