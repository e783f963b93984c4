"""The items of a questionnaire. Block ids are the item ids that answers refer to; a version
freezes them (models.QuestionnaireVersion), so an edit never changes past answers' meaning."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

KNOWLEDGE, LIKERT, FREE_TEXT = "knowledge", "likert", "free_text"
CONFIDENCE, ATTITUDE, SATISFACTION, USE = "confidence", "attitude", "satisfaction", "use"
# When an item is asked: every time (the before/after items, which pair), or only the first
# time / only the next time (a satisfaction questionnaire's "right after" items and its
# "60 days later: what have you used since" items).
ALWAYS, FIRST, LATER = "always", "first", "later"
ASKED_CHOICES = [
    (ALWAYS, _("À chaque fois")),
    (FIRST, _("Seulement la première fois (avant, ou juste après pour la satisfaction)")),
    (LATER, _("Seulement les fois suivantes (à 60 ou 90 jours)")),
]


def asked_block():
    return blocks.ChoiceBlock(label=_("posée"), choices=ASKED_CHOICES, default=ALWAYS,
                              required=False)


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
    asked = asked_block()

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
        (USE, _("Mise en pratique depuis la formation")),
    ], default=ATTITUDE)
    low_label = blocks.CharBlock(label=_("libellé de 1"), default=_("Pas du tout d'accord"))
    high_label = blocks.CharBlock(label=_("libellé de 5"), default=_("Tout à fait d'accord"))
    reverse = blocks.BooleanBlock(label=_("item inversé (être d'accord est défavorable)"),
                                  required=False)
    source = blocks.CharBlock(label=_("source"), required=False)
    asked = asked_block()

    class Meta:
        icon = "list-ol"
        label = _("Échelle de 1 à 5")


class FreeTextItemBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("question"))
    asked = asked_block()

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


def is_asked(item, moment, moments):
    """Is `item` (a frozen item, see services.snapshot) asked at `moment`, `moments` being
    its questionnaire's moments in order?"""
    asked = item.get("asked") or ALWAYS
    if asked == ALWAYS or moment is None:
        return True
    first = moment == moments[0]
    return first if asked == FIRST else not first
