from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HrConfig(AppConfig):
    """The HR space (/espace-rh/): pages over the domain apps' services, nothing of its own
    in the database."""

    name = "hr"
    verbose_name = _("Espace RH")
    default_auto_field = "django.db.models.BigAutoField"
