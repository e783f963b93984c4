"""The steps of a module.

Each kind of step says what its page needs and what posting it does (`StepBlock`), so that
the step view calls the same methods whatever the kind.
"""

from django.contrib import messages
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import RICH_FEATURES


class StepBlock(blocks.StructBlock):
    """A step of a module. `step` below is the bound step (`module.steps[n]`: id and value)."""

    # Opening the step counts it as seen; a decision counts once answered.
    seen_when_opened = True

    def get_step_context(self, step, *, progress, request, module):
        """What the step's template needs besides its value, for this learner: added to the
        page's context, which `{% include_block %}` hands to the template. `can_continue`
        shows the link to the next step."""
        return {"can_continue": True}

    def handle_post(self, step, *, request, module, number, next_url):
        """The learner posted the step's page: record it; the URL to go to next."""
        from . import services  # services -> models -> blocks

        services.record_step(request.user, module, number)
        return next_url


class NarrativeStepBlock(StepBlock):
    title = blocks.CharBlock(label=_("titre"))
    text = blocks.RichTextBlock(label=_("récit"), features=RICH_FEATURES)
    image = ImageChooserBlock(label=_("image"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Situation")
        template = "courses/steps/narrative.html"


class DecisionChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("option"))
    feedback = blocks.RichTextBlock(label=_("conséquences et explication"),
                                    features=["bold", "italic", "link"])
    quality = blocks.ChoiceBlock(label=_("qualité"), choices=[
        ("best", _("La meilleure réaction")), ("acceptable", _("Acceptable")),
        ("poor", _("À éviter"))])


class DecisionStepBlock(StepBlock):
    """The learner picks an option and reads what it entails; they may try another."""

    title = blocks.CharBlock(label=_("titre"))
    question = blocks.CharBlock(label=_("question"), default=_("Que faites-vous ?"))
    choices = blocks.ListBlock(DecisionChoiceBlock(), label=_("options"), min_num=2)

    seen_when_opened = False

    class Meta:
        icon = "help"
        label = _("Décision")
        template = "courses/steps/decision.html"

    def get_step_context(self, step, *, progress, request, module):
        from . import services

        chosen = progress.decisions.get(step.id)
        return {"chosen": chosen, "can_continue": bool(chosen),
                "choices": services.decision_choices(request.user, module, step)}

    def handle_post(self, step, *, request, module, number, next_url):
        from . import services

        chosen = request.POST.get("choice")
        if chosen not in {item.id for item in step.value["choices"].bound_blocks}:
            messages.error(request, gettext("Choisissez une réponse pour voir ce qu'elle "
                                            "entraîne."))
            return request.path
        services.record_step(request.user, module, number, decision=chosen)
        # The page opens on the feedback, which takes the focus (see decision.html).
        return request.path + "#feedback"


class LessonStepBlock(StepBlock):
    title = blocks.CharBlock(label=_("titre"))
    text = blocks.RichTextBlock(label=_("contenu"), features=RICH_FEATURES)
    guide_links = blocks.ListBlock(blocks.PageChooserBlock(page_type="guide.GuideChapterPage"),
                                   label=_("pour aller plus loin dans le guide"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("À retenir")
        template = "courses/steps/lesson.html"


class DebriefStepBlock(StepBlock):
    """What to remember, and whom to call: the guide's contacts and, when asked, the
    learner's own organisation's escalation chain first."""

    title = blocks.CharBlock(label=_("titre"))
    text = blocks.RichTextBlock(label=_("bilan"), features=RICH_FEATURES)
    contacts = blocks.ListBlock(SnippetChooserBlock("guide.Contact"), label=_("qui appeler"),
                                required=False)
    include_organisation_referent = blocks.BooleanBlock(
        label=_("ajouter la chaîne d'alerte de l'organisation de la personne"), required=False,
        default=True)

    class Meta:
        icon = "mobile-alt"
        label = _("Bilan et qui appeler")
        template = "courses/steps/debrief.html"

    def get_step_context(self, step, *, progress, request, module):
        user = request.user
        escalation = []
        if step.value.get("include_organisation_referent") and user.organisation_id:
            escalation = list(user.organisation.escalation_contacts.all())
        return {**super().get_step_context(step, progress=progress, request=request,
                                           module=module), "escalation": escalation}


class ModuleStepsBlock(blocks.StreamBlock):
    narrative = NarrativeStepBlock()
    decision = DecisionStepBlock()
    lesson = LessonStepBlock()
    debrief = DebriefStepBlock()
