from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from accounts import groups

from .models import Contact, GlossaryTerm, Situation
from .review import may_publish_without_review, under_clinical_review


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


# --- The clinical review cannot be bypassed ---------------------------------------------------
# In Wagtail, whoever may publish sees "Publish" even when a workflow applies. Under the
# "Relecture clinique" workflow, editors get "Submit" only, and a forged publish becomes a
# submission: the edit is kept, and the clinical team approves it.

def _review_applies(request, page):
    return under_clinical_review(page) and not may_publish_without_review(request.user)


@hooks.register("construct_page_action_menu")
def hide_publish_under_clinical_review(menu_items, request, context):
    page = context.get("parent_page") if context.get("view") == "create" else context.get("page")
    if _review_applies(request, page):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


def _publish_becomes_submit(request, page):
    if request.method == "POST" and "action-publish" in request.POST and \
            _review_applies(request, page):
        data = request.POST.copy()
        del data["action-publish"]
        data["action-submit"] = "1"
        request.POST = data


@hooks.register("before_edit_page")
def submit_instead_of_publishing(request, page):
    _publish_becomes_submit(request, page)


@hooks.register("before_create_page")
def submit_new_page_instead_of_publishing(request, parent_page, page_class):
    _publish_becomes_submit(request, parent_page)


@hooks.register("before_bulk_action")
def refuse_bulk_publish_under_clinical_review(request, action_type, objects, action_class):
    if action_type == "publish" and any(_review_applies(request, page) for page in objects):
        messages.error(request, _("Le guide et les modules passent par la relecture clinique : "
                                  "soumettez chaque page à l'équipe clinique."))
        return redirect(request.GET.get("next") or "wagtailadmin_explore_root")
    return None


@hooks.register(groups.HOOK)
def role_permissions():
    snippet_perms = [f"guide.{action}_{model}" for model in ("contact", "glossaryterm", "situation")
                     for action in ("add", "change", "delete", "view")]
    return {"editor": snippet_perms, "coordinator": snippet_perms}
