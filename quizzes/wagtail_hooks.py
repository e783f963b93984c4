from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts import groups, privacy

from .models import Quiz
from .privacy import erase_answers, export_attempts


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Quiz")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["title", "pass_mark", "max_attempts", "updated_at"]
    search_fields = ["title"]


register_snippet(QuizViewSet)


@hooks.register(groups.HOOK)
def role_permissions():
    perms = [f"quizzes.{action}_quiz"
             for action in ("add", "change", "delete", "view", "lock", "unlock")]
    # A quiz is published by the clinical team's approval ("Relecture clinique").
    return {"editor": perms, "coordinator": perms,
            "reviewer": ["quizzes.change_quiz", "quizzes.view_quiz", "quizzes.publish_quiz"]}


@hooks.register(privacy.HOOK)
def personal_data():
    # Attempts and scores stay for the statistics; the answers themselves are erased.
    return privacy.PersonalData("tentatives_quiz", export=export_attempts, erase=erase_answers)
