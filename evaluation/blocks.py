"""The items of a questionnaire. Block ids are the item ids that answers refer to; a version
freezes them (models.QuestionnaireVersion), so an edit never changes past answers' meaning."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

KNOWLEDGE, LIKERT, FREE_TEXT = "knowledge", "likert", "free_text"
CONFIDENCE, ATTITUDE, SATISFACTION = "confidence", "attitude", "satisfaction"


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("réponse proposée"))
    correct = blocks.BooleanBlock(label=_("bonne réponse"), required=False)

    class Meta:
        icon = "radio-full"
        label = _("Réponse")


class KnowledgeItemBlock(blocks.StructBlock):
    """Single choice with one right answer: scored 1 or 0."""

    text = blocks.TextBlock(label=_("question"))
    choices = blocks.ListBlock(ChoiceBlock(), label=_("réponses"), min_num=2)
    source = blocks.CharBlock(label=_("source"), required=False,
                              help_text=_("L'échelle publiée dont l'item est adapté."))

    class Meta:
        icon = "radio-full"
        label = _("Connaissance (choix unique)")


class LikertItemBlock(blocks.StructBlock):
    """A statement answered from 1 to 5. `reverse`: agreeing is the less favourable answer
    (a stigmatising statement); the analysis scores it 6 − x so that higher is better."""

    text = blocks.TextBlock(label=_("affirmation"))
    scale = blocks.ChoiceBlock(label=_("dimension"), choices=[
        (CONFIDENCE, _("Confiance (se sentir capable)")),
        (ATTITUDE, _("Attitude")),
        (SATISFACTION, _("Satisfaction")),
    ], default=ATTITUDE)
    low_label = blocks.CharBlock(label=_("libellé de 1"), default=_("Pas du tout d'accord"))
    high_label = blocks.CharBlock(label=_("libellé de 5"), default=_("Tout à fait d'accord"))
    reverse = blocks.BooleanBlock(label=_("item inversé (être d'accord est défavorable)"),
                                  required=False)
    source = blocks.CharBlock(label=_("source"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("Échelle de 1 à 5")


class FreeTextItemBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("question"))

    class Meta:
        icon = "pilcrow"
        label = _("Texte libre")
        help_text = _("Une réponse libre peut dire qui l'a écrite : elle n'est montrée à "
                      "personne avant d'être relue par l'équipe de recherche. Relue et "
                      "publiée, elle apparaît dans l'export anonyme et, pour une session "
                      "d'au moins 5 réponses, à son formateur ; jamais aux RH.")


class ItemStreamBlock(blocks.StreamBlock):
    knowledge = KnowledgeItemBlock()
    likert = LikertItemBlock()
    free_text = FreeTextItemBlock()

    class Meta:
        min_num = 1
