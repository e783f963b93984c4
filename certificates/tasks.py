import io
import zipfile

from django.core.files.base import ContentFile
from django.utils import timezone
from django_tasks import task


@task()
def build_certificate_zip(export_id):
    """Render each certificate of the export into one ZIP, saving progress as it goes."""
    from . import services
    from .models import Certificate, CertificateExport

    export = CertificateExport.objects.get(pk=export_id)
    export.status = CertificateExport.Status.RUNNING
    export.save(update_fields=["status"])
    buffer = io.BytesIO()
    try:
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            certificates = Certificate.objects.filter(pk__in=export.certificate_ids)
            for done, certificate in enumerate(certificates.iterator(), start=1):
                name = services.file_name(certificate)
                archive.writestr(name, services.render(certificate))
                if done % 10 == 0 or done == export.total:
                    CertificateExport.objects.filter(pk=export.pk).update(done=done)
        export.file.save(f"attestations-{export.pk}.zip", ContentFile(buffer.getvalue()),
                         save=False)
        export.status = CertificateExport.Status.READY
        export.done = export.total
    except Exception:
        export.status = CertificateExport.Status.FAILED
        raise
    finally:
        export.finished_at = timezone.now()
        export.save(update_fields=["status", "done", "file", "finished_at"])
    return export.total


@task()
def notify_issued(certificate_id):
    """Tell the holder that their new certificate is ready (see emails.certificate_issued)."""
    from .emails import certificate_issued
    from .models import Certificate

    certificate = (Certificate.objects.select_related("recipient")
                   .filter(pk=certificate_id).first())
    if certificate is None:
        return False
    return certificate_issued(certificate) is not None
