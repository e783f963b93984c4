from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SchedulingConfig(AppConfig):
    name = "scheduling"
    verbose_name = _("Sessions de sensibilisation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts.groups import extend_role_permissions
        from accounts.privacy import registry

        from .privacy import erase_registrations, export_registrations

        session_perms = ["scheduling.add_awarenesssession", "scheduling.change_awarenesssession",
                         "scheduling.view_awarenesssession"]
        extend_role_permissions("trainer", session_perms)
        extend_role_permissions("coordinator",
                                [*session_perms, "scheduling.delete_awarenesssession"])
        registry.register("sessions", export=export_registrations, erase=erase_registrations)
