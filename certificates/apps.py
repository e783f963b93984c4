from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Attestations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from courses.services import module_completed, path_completed
        from scheduling.services import attendance_confirmed, attendance_withdrawn

        from .services import (
            issue_for_module,
            issue_for_path,
            issue_for_session,
            renew_on_refresher,
            revoke_for_session,
        )

        module_completed.connect(issue_for_module, dispatch_uid="certificates.module")
        path_completed.connect(issue_for_path, dispatch_uid="certificates.path")
        # After issue_for_path: the refresher path's own certificate is not "renewed".
        path_completed.connect(renew_on_refresher, dispatch_uid="certificates.refresher")
        attendance_confirmed.connect(issue_for_session, dispatch_uid="certificates.session")
        attendance_withdrawn.connect(revoke_for_session,
                                     dispatch_uid="certificates.session_withdrawn")
