from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class EvaluationConfig(AppConfig):
    name = "evaluation"
    verbose_name = _("Évaluation")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from scheduling.services import attendance_confirmed

        from .services import on_attendance_confirmed
        from .workflow import require_questionnaire_review

        attendance_confirmed.connect(on_attendance_confirmed,
                                     dispatch_uid="evaluation.pool_small_sessions")
        post_migrate.connect(require_questionnaire_review, sender=self,
                             dispatch_uid="evaluation.questionnaire_review")
