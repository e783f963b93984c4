from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OfflineConfig(AppConfig):
    name = "offline"
    verbose_name = _("Hors ligne")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.contrib.auth.signals import user_logged_out

        from .middleware import mark_logged_out

        user_logged_out.connect(mark_logged_out, dispatch_uid="offline.logged_out")
