from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, EditView, SnippetViewSet

from accounts import access, groups, privacy
from accounts.home import HOOK, HomePanel
from core.panels import SUBJECT_PANELS_HOOK, SubjectPanel

from . import followups, services
from .models import Questionnaire


class ReviewBeforePublishing:
    """Only the coordination publishes a questionnaire directly; the others submit it to the
    "Relecture des questionnaires" workflow (evaluation.workflow), whose last approval, by
    the clinical team, publishes it. The clinical team holds the publish permission for that
    reason only: "Publier" is not offered to them, nor accepted if posted by hand."""

    def get_available_actions(self):
        actions = super().get_available_actions()
        user = self.request.user
        if user.is_superuser or access.is_coordinator(user):
            return actions
        return [action for action in actions if action != "publish"]


class QuestionnaireEditView(ReviewBeforePublishing, EditView):
    pass


class QuestionnaireCreateView(ReviewBeforePublishing, CreateView):
    pass


class QuestionnaireViewSet(SnippetViewSet):
    model = Questionnaire
    edit_view_class = QuestionnaireEditView
    add_view_class = QuestionnaireCreateView
    icon = "clipboard-list"
    menu_label = _("Questionnaires")
    menu_order = 225
    add_to_admin_menu = True
    list_display = ["title", "kind", "all_sessions", "updated_at"]
    list_filter = ["kind"]
    search_fields = ["title"]


register_snippet(QuestionnaireViewSet)


@hooks.register("construct_snippet_action_menu")
def questionnaire_publish_for_coordination_only(menu_items, request, context):
    """The button side of ReviewBeforePublishing."""
    if context.get("model") is not Questionnaire:
        return
    user = request.user
    if not (user.is_superuser or access.is_coordinator(user)):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register(HOOK)
def questionnaires_panel(request):
    """On Mon espace: the questionnaires open to the person (before a session they are
    registered to, a module or a path they started; right after; at 30, 60 and 90 days), not
    answered nor skipped, and the toggle of the questionnaire emails. Shown to a person who
    stopped the emails even with nothing to answer, so that they can resume them."""
    if request.user.organisation_id is None:
        return None
    offers = services.pending(request.user)
    stopped = followups.has_opted_out(request.user)
    if not offers and not stopped:
        return None
    from .views import answer_url

    return HomePanel(5, "evaluation/includes/home_questionnaires.html",
                     {"offers": [{"offer": o, "url": answer_url(o)} for o in offers],
                      "emails_stopped": stopped})


@hooks.register(groups.HOOK)
def role_permissions():
    perms = [f"evaluation.{action}_questionnaire"
             for action in ("add", "change", "delete", "view", "publish", "lock", "unlock")]
    # Editors write and submit; the research team, then the clinical team, approve (the
    # last approval publishes: evaluation.workflow). Only the coordination publishes
    # directly (ReviewBeforePublishing).
    # The clinical team's approval publishes, hence its publish permission (never offered
    # as a button: ReviewBeforePublishing).
    reading = ["evaluation.change_questionnaire", "evaluation.view_questionnaire"]
    drafting = [p for p in perms if not p.endswith("publish_questionnaire")]
    return {"editor": drafting, "coordinator": perms,
            "reviewer": [*reading, "evaluation.publish_questionnaire"],
            "research": ["wagtailadmin.access_admin", *reading]}


def _export(user):
    return {"explication": str(_(
        "Vos réponses aux questionnaires d'évaluation (avant, après, satisfaction) sont "
        "enregistrées sans lien avec votre compte : elles ne peuvent pas vous être reliées, "
        "ni par l'équipe de Repères, ni par votre employeur, ni par les formateurs. C'est "
        "pourquoi elles ne figurent pas ici et ne sont pas supprimées avec votre compte : "
        "elles restent anonymes.")),
        "questionnaires_remplis_ou_passes": services.completions_export(user),
        "courriels_de_questionnaire_envoyes": followups.emails_export(user),
        "courriels_de_questionnaire_refuses_le": followups.optout_export(user)}


def _erase(user):
    services.erase_completions(user)
    followups.erase(user)


@hooks.register(privacy.HOOK)
def personal_data():
    return privacy.PersonalData("questionnaires", export=_export, erase=_erase)


@hooks.register(SUBJECT_PANELS_HOOK)
def subject_questionnaires(request, subject_kind, subject):
    """On a session's, a module's or a path's own page: the questionnaires open to the person
    for it, not answered nor skipped. Nothing for a visitor, nor when none is open."""
    if not request.user.is_authenticated:
        return None
    offers = services.pending(request.user, subject_kind=subject_kind, subject=subject)
    if not offers:
        return None
    from .views import answer_url

    return SubjectPanel(10, "evaluation/includes/subject_questionnaires.html",
                        {"offers": [{"offer": o, "url": answer_url(o)} for o in offers]})


@hooks.register("register_log_actions")
def register_free_text_log_actions(actions):
    """The research team's decisions on free texts (review.py): who decided, not who wrote."""
    from . import review

    actions.register_action(review.LOG_PUBLISH, _("Réponse libre publiée"),
                            _("Réponse libre publiée telle quelle"))
    actions.register_action(review.LOG_EDIT, _("Réponse libre modifiée et publiée"),
                            _("Réponse libre modifiée puis publiée"))
    actions.register_action(review.LOG_WITHDRAW, _("Réponse libre écartée"),
                            _("Réponse libre écartée"))
