from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Formations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from quizzes.services import attempt_submitted

        from .services import on_attempt_submitted

        attempt_submitted.connect(on_attempt_submitted, dispatch_uid="courses.complete_on_pass")
