from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Quiz


class QuizViewSet(SnippetViewSet):
    model = Quiz
    icon = "tasks"
    menu_label = _("Quiz")
    menu_order = 220
    add_to_admin_menu = True
    list_display = ["title", "pass_mark", "max_attempts", "updated_at"]
    search_fields = ["title"]


register_snippet(QuizViewSet)
