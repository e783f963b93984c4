"""Question blocks of a quiz. Block ids are the question ids that attempts refer to."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("réponse proposée"))
    correct = blocks.BooleanBlock(label=_("bonne réponse"), required=False)
    feedback = blocks.TextBlock(label=_("retour pour cette réponse"), required=False)

    class Meta:
        icon = "radio-full"
        label = _("Réponse")


class BaseQuestionBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("question"))
    explanation = blocks.TextBlock(label=_("explication"), required=False,
                                   help_text=_("Montrée après la validation, selon les réglages "
                                               "de correction du quiz."))
    step = blocks.IntegerBlock(
        label=_("étape du module à revoir"), required=False, min_value=1,
        help_text=_("Le numéro de l'étape du module qui traite ce point : après une erreur, la "
                    "correction y renvoie. Vide : elle renvoie aux étapes du module."))


class ChoiceQuestionBlock(BaseQuestionBlock):
    choices = blocks.ListBlock(ChoiceBlock(), label=_("réponses"), min_num=2)


class SingleChoiceBlock(ChoiceQuestionBlock):
    class Meta:
        icon = "radio-full"
        label = _("Choix unique")


class MultipleChoiceBlock(ChoiceQuestionBlock):
    class Meta:
        icon = "tick-inverse"
        label = _("Choix multiple")
        help_text = _("Note : (bonnes cochées − mauvaises cochées) / nombre de bonnes, jamais "
                      "moins de 0.")


class ScenarioBlock(ChoiceQuestionBlock):
    class Meta:
        icon = "openquote"
        label = _("Mise en situation")


class TrueFalseBlock(BaseQuestionBlock):
    answer = blocks.BooleanBlock(label=_("l'affirmation est vraie"), required=False)

    class Meta:
        icon = "help"
        label = _("Vrai ou faux")


class OrderingBlock(BaseQuestionBlock):
    items = blocks.ListBlock(blocks.CharBlock(label=_("étape")), label=_("étapes, dans le bon ordre"),
                             min_num=2)

    class Meta:
        icon = "list-ol"
        label = _("Remettre dans l'ordre")


class QuestionStreamBlock(blocks.StreamBlock):
    single = SingleChoiceBlock()
    multiple = MultipleChoiceBlock()
    true_false = TrueFalseBlock()
    ordering = OrderingBlock()
    scenario = ScenarioBlock()
