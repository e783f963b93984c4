from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = _("Quiz")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts.groups import extend_role_permissions
        from accounts.privacy import registry

        from .privacy import erase_answers, export_attempts

        perms = [f"quizzes.{action}_quiz"
                 for action in ("add", "change", "delete", "view", "lock", "unlock")]
        extend_role_permissions("editor", perms)
        extend_role_permissions("coordinator", perms)
        # A quiz is published by the clinical team's approval ("Relecture clinique").
        extend_role_permissions("reviewer", ["quizzes.change_quiz", "quizzes.view_quiz",
                                             "quizzes.publish_quiz"])
        # Attempts and scores stay for the statistics; the answers themselves are erased.
        registry.register("tentatives_quiz", export=export_attempts, erase=erase_answers)
