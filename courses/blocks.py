"""The steps of a module."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import RICH_FEATURES


class NarrativeStepBlock(blocks.StructBlock):
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


class DecisionStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre"))
    question = blocks.CharBlock(label=_("question"), default=_("Que faites-vous ?"))
    choices = blocks.ListBlock(DecisionChoiceBlock(), label=_("options"), min_num=2)

    class Meta:
        icon = "help"
        label = _("Décision")
        template = "courses/steps/decision.html"


class LessonStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre"))
    text = blocks.RichTextBlock(label=_("contenu"), features=RICH_FEATURES)
    guide_links = blocks.ListBlock(blocks.PageChooserBlock(page_type="guide.GuideChapterPage"),
                                   label=_("pour aller plus loin dans le guide"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("À retenir")
        template = "courses/steps/lesson.html"


class DebriefStepBlock(blocks.StructBlock):
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


class ModuleStepsBlock(blocks.StreamBlock):
    narrative = NarrativeStepBlock()
    decision = DecisionStepBlock()
    lesson = LessonStepBlock()
    debrief = DebriefStepBlock()
