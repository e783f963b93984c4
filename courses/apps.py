from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Formations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_save

        from accounts.signals import invitation_accepted
        from quizzes.services import attempt_submitted

        from .assignments import on_invitation_accepted
        from .models import Assignment
        from .notices import assignment_created
        from .services import on_attempt_submitted

        attempt_submitted.connect(on_attempt_submitted, dispatch_uid="courses.complete_on_pass")
        invitation_accepted.connect(on_invitation_accepted,
                                    dispatch_uid="courses.assignments_of_invitation")
        post_save.connect(assignment_created, sender=Assignment,
                          dispatch_uid="courses.notify_new_assignment")
