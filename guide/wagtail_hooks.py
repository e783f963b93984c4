from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Contact, GlossaryTerm, Situation


class ContactViewSet(SnippetViewSet):
    model = Contact
    icon = "mobile-alt"
    menu_label = _("Annuaire")
    list_display = ["name", "category", "arrondissement", "phone", BooleanColumn("is_example")]
    list_filter = ["category", "arrondissement", "is_example"]
    search_fields = ["name", "when_to_call"]
    ordering = ["sort_order", "name"]


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossaire")
    list_display = ["term", "slug"]
    search_fields = ["term"]
    ordering = ["term"]


class SituationViewSet(SnippetViewSet):
    model = Situation
    icon = "tag"
    menu_label = _("Situations")
    list_display = ["label", "slug", "sort_order"]
    ordering = ["sort_order"]


class GuideViewSetGroup(SnippetViewSetGroup):
    items = (ContactViewSet, GlossaryTermViewSet, SituationViewSet)
    menu_icon = "help"
    menu_label = _("Guide")
    menu_name = "guide"
    menu_order = 210


register_snippet(GuideViewSetGroup)
