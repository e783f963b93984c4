from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts import groups, privacy
from accounts.home import HOOK, HomePanel

from . import services
from .models import Questionnaire


class QuestionnaireViewSet(SnippetViewSet):
    model = Questionnaire
    icon = "clipboard-list"
    menu_label = _("Questionnaires")
    menu_order = 225
    add_to_admin_menu = True
    list_display = ["title", "kind", "all_sessions", "updated_at"]
    list_filter = ["kind"]
    search_fields = ["title"]


register_snippet(QuestionnaireViewSet)


@hooks.register(HOOK)
def questionnaires_panel(request):
    """On Mon espace: the questionnaires open to the person (before a session they are
    registered to or a module they started; right after), not answered nor skipped."""
    if request.user.organisation_id is None:
        return None
    offers = services.pending(request.user)
    if not offers:
        return None
    from .views import answer_url

    return HomePanel(5, "evaluation/includes/home_questionnaires.html",
                     {"offers": [{"offer": o, "url": answer_url(o)} for o in offers]})


@hooks.register(groups.HOOK)
def role_permissions():
    perms = [f"evaluation.{action}_questionnaire"
             for action in ("add", "change", "delete", "view", "publish", "lock", "unlock")]
    return {"editor": perms, "coordinator": perms,
            "reviewer": ["evaluation.change_questionnaire", "evaluation.view_questionnaire"]}


def _export(user):
    return {"explication": str(_(
        "Vos réponses aux questionnaires d'évaluation (avant, après, satisfaction) sont "
        "enregistrées sans lien avec votre compte : elles ne peuvent pas vous être reliées, "
        "ni par l'équipe de Repères, ni par votre employeur, ni par les formateurs. C'est "
        "pourquoi elles ne figurent pas ici et ne sont pas supprimées avec votre compte : "
        "elles restent anonymes.")),
        "questionnaires_remplis_ou_passes": services.completions_export(user)}


def _erase(user):
    services.erase_completions(user)


@hooks.register(privacy.HOOK)
def personal_data():
    return privacy.PersonalData("questionnaires", export=_export, erase=_erase)
