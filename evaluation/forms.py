"""The questionnaire form, built from a version's frozen items, and the pairing code."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .blocks import FREE_TEXT, KNOWLEDGE, LIKERT, is_asked
from .models import Questionnaire

DONT_KNOW = "nsp"
FREE_TEXT_MAX = 2000


def field_name(item_id):
    return f"item-{item_id}"


class QuestionnaireForm(forms.Form):
    """One field per item: knowledge and 1–5 items required, free text optional. For a
    before/after questionnaire or a follow-up, the three parts of the pairing code, required
    together."""

    initial_letter = forms.CharField(
        label=_("La première lettre du prénom de votre mère"), max_length=1,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters",
                                      "size": 2}))
    birth_day = forms.IntegerField(
        label=_("Votre jour de naissance (de 1 à 31)"), min_value=1, max_value=31,
        widget=forms.NumberInput(attrs={"autocomplete": "off", "inputmode": "numeric"}))
    birthplace = forms.CharField(
        label=_("Les deux premières lettres de votre ville de naissance"), min_length=2,
        max_length=2, widget=forms.TextInput(attrs={"autocomplete": "off",
                                                    "autocapitalize": "characters",
                                                    "size": 3}))
    CODE_FIELDS = ("initial_letter", "birth_day", "birthplace")

    def __init__(self, version, *args, moment=None, **kwargs):
        """`moment`: the items asked then only (blocks.is_asked); all of them when None."""
        super().__init__(*args, **kwargs)
        self.version = version
        # A follow-up carries the code of the before/after questionnaire it completes.
        self.with_code = version.kind in (Questionnaire.Kind.KNOWLEDGE,
                                          Questionnaire.Kind.FOLLOWUP)
        if not self.with_code:
            for name in self.CODE_FIELDS:
                del self.fields[name]
        self.item_fields = []
        moments = Questionnaire(kind=version.kind).moments
        asked = [item for item in version.items if is_asked(item, moment, moments)]
        for number, item in enumerate(asked, 1):
            name = field_name(item["id"])
            if item["kind"] == KNOWLEDGE:
                choices = [(c["id"], c["text"]) for c in item["choices"]]
                choices.append((DONT_KNOW, _("Je ne sais pas")))
                field = forms.ChoiceField(label=item["text"], choices=choices,
                                          widget=forms.RadioSelect)
            elif item["kind"] == LIKERT:
                choices = [(str(n), str(n)) for n in range(1, 6)]
                choices[0] = ("1", f"1 — {item['low']}")
                choices[-1] = ("5", f"5 — {item['high']}")
                field = forms.ChoiceField(label=item["text"], choices=choices,
                                          widget=forms.RadioSelect)
            elif item["kind"] == FREE_TEXT:
                field = forms.CharField(label=item["text"], required=False,
                                        max_length=FREE_TEXT_MAX,
                                        widget=forms.Textarea(attrs={"rows": 4}))
            else:  # an item kind this code does not know: not asked
                continue
            field.error_messages["required"] = _("Choisissez une réponse.")
            field.error_messages["invalid_choice"] = _(
                "Cette réponse ne fait pas partie de celles proposées : choisissez-en une.")
            self.fields[name] = field
            self.item_fields.append({"number": number, "kind": item["kind"], "name": name,
                                     "item": item})

    def bound_items(self):
        return [{**entry, "field": self[entry["name"]]} for entry in self.item_fields]

    def code_fields(self):
        return [self[name] for name in self.CODE_FIELDS] if self.with_code else []

    def clean_initial_letter(self):
        value = self.cleaned_data["initial_letter"].strip()
        if not value[:1].isalpha():
            raise forms.ValidationError(_("Une lettre, par exemple M."))
        return value

    def clean_birthplace(self):
        value = self.cleaned_data["birthplace"].strip()
        if not value.replace(" ", "").isalpha():
            raise forms.ValidationError(_("Deux lettres, par exemple PA pour Paris."))
        return value

    def answers(self):
        """item id -> value, as stored (free text left out when empty)."""
        found = {}
        for entry in self.item_fields:
            value = self.cleaned_data.get(entry["name"])
            if entry["kind"] == LIKERT and value:
                found[entry["item"]["id"]] = int(value)
            elif value:
                found[entry["item"]["id"]] = value.strip() if entry["kind"] == FREE_TEXT \
                    else value
        return found

    def draft(self):
        """The answers given so far, valid or not, to keep in the session: the item fields
        only (never the pairing code)."""
        return {entry["name"]: str(self.data.get(entry["name"], ""))[:FREE_TEXT_MAX]
                for entry in self.item_fields if self.data.get(entry["name"])}
