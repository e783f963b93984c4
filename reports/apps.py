from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "reports"
    verbose_name = _("Suivi RH et indicateurs")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts.person_sections import registry

        from . import signals

        signals.connect()

        from .person import training_section

        registry.register("formation", template="reports/includes/person_training.html",
                          build=training_section, order=10)
