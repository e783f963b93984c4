from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainerConfig(AppConfig):
    """The trainer's space: the session pages of the Wagtail admin and the pages used in the
    room (/formateur/); nothing of its own in the database."""

    name = "trainer"
    verbose_name = _("Espace formateur")
    default_auto_field = "django.db.models.BigAutoField"
