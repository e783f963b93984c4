"""The form of an attempt, built from its snapshot of questions.

As Wagtail's form builder makes a Django form from the fields an editor stored, `QuizForm`
makes one from the questions an attempt froze when it started: a one-answer question (single
choice, scenario) is a set of radio buttons, a multiple choice a set of checkboxes, true or
false two radio buttons, an ordering question one rank (a select) per action. The choices are
ids and texts only: which answer is right never reaches the form.
"""

from dataclasses import dataclass, field

from django import forms
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from . import grading, services

NOT_OFFERED = gettext_lazy("Cette réponse ne fait pas partie de celles proposées : "
                           "choisissez-en une dans la liste.")


def field_name(question_id, item_id=None):
    """The name of a question's field in the form; with `item_id`, of the rank of one action
    of an ordering question. The page, the autosave and the tests all use these names."""
    if item_id is None:
        return f"q-{question_id}"
    return f"q-{question_id}-{item_id}"


def _values(data, name):
    """The values posted for `name`: a QueryDict's list, or a plain dict's value(s)."""
    if hasattr(data, "getlist"):
        return data.getlist(name)
    value = data.get(name)
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


class OptionIdsMixin:
    """Each option's id is the field's name followed by its value (q-<question>-<choice>), so
    that a label, a link or a test names an option whatever its place in a shuffled list."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        option["attrs"]["id"] = f"{name}-{value}"
        return option


class OneValueMixin:
    """A field with one answer posted several times is not given the last value (Django's
    default): the values are kept together, and the field refuses them."""

    def value_from_datadict(self, data, files, name):
        values = _values(data, name)
        if len(values) > 1:
            return values
        return values[0] if values else None


class OneRadio(OneValueMixin, OptionIdsMixin, forms.RadioSelect):
    pass


class OneSelect(OneValueMixin, forms.Select):
    pass


class Checkboxes(OptionIdsMixin, forms.CheckboxSelectMultiple):
    """The page posts an empty value beside the boxes, so that unticking them all is said
    (no box ticked posts nothing at all): it is left out here."""

    def value_from_datadict(self, data, files, name):
        return [value for value in _values(data, name) if value != ""]


class OneChoiceField(forms.ChoiceField):
    """A choice among `choices`; several values posted at once are refused, never joined."""

    def to_python(self, value):
        if isinstance(value, list):
            raise forms.ValidationError(self.error_messages["invalid_choice"],
                                        code="invalid_choice")
        return super().to_python(value)


class TrueFalseField(OneChoiceField, forms.TypedChoiceField):
    pass


@dataclass
class BoundQuestion:
    """One question as the template shows it: its fields (one, or one rank per action), and
    what to say next to it."""

    number: int
    id: str
    kind: str
    text: str
    fields: list
    problem: str = ""  # an answer that cannot be graded as given (see services.pending)
    unanswered: bool = False
    errors: list = field(default_factory=list)  # values that no form of ours sends

    @property
    def field(self):
        return self.fields[0]


class QuizForm(forms.Form):
    """The questions of an open attempt, with the learner's saved answers.

    Bound to a posted form, it reads what is there and `save()` stores each question that
    is valid, even when others are not (the autosave posts a quiz in progress at every change):
    a question that the posted data do not mention keeps its saved answer. A value that our
    page cannot send (an unknown option, a rank out of range, several answers to a one-answer
    question) is an error next to its question, and that question is left as it was.

    `pending` (services.Pending), set by the view after a submit that cannot go through,
    adds what to settle next to each question and in a summary on top.
    """

    def __init__(self, attempt, data=None, **kwargs):
        kwargs.setdefault("auto_id", "%s")  # the id of a field is its name
        self.attempt = attempt
        self.saved = services.saved_responses(attempt)
        self.pending = None
        if data is not None:
            data = self._with_saved_answers(data)
        super().__init__(data, **kwargs)
        for question in attempt.questions:
            self.fields.update(self._fields_for(question))
        if not self.is_bound:
            self.initial = {name: value for question in attempt.questions
                            for name, value in self._initial_for(question).items()}

    # Building the fields from the snapshot.

    def _fields_for(self, question):
        name, kind = field_name(question["id"]), question["kind"]
        if kind == grading.ORDERING:
            ranks = [("", "—")] + [(str(rank), str(rank))
                                   for rank in range(1, len(question["items"]) + 1)]
            message = _("Choisissez un rang de 1 à %(count)s.") % {"count": len(question["items"])}
            return {field_name(question["id"], item["id"]): OneChoiceField(
                label=item["text"], choices=ranks, required=False, widget=OneSelect,
                error_messages={"invalid_choice": message})
                for item in question.get("shown_items", question["items"])}
        if kind == grading.TRUE_FALSE:
            return {name: TrueFalseField(
                label=question["text"], choices=[("true", _("Vrai")), ("false", _("Faux"))],
                coerce=lambda value: value == "true", empty_value=None, required=False,
                widget=OneRadio,
                error_messages={"invalid_choice": _("Répondez par Vrai ou par Faux.")})}
        choices = [(choice["id"], choice["text"]) for choice in question["choices"]]
        if kind == grading.MULTIPLE:
            return {name: forms.MultipleChoiceField(
                label=question["text"], choices=choices, required=False, widget=Checkboxes,
                error_messages={"invalid_choice": NOT_OFFERED})}
        if kind in (grading.SINGLE, grading.SCENARIO):
            return {name: OneChoiceField(
                label=question["text"], choices=choices, required=False, widget=OneRadio,
                error_messages={"invalid_choice": NOT_OFFERED})}
        raise ValueError(f"unknown question kind: {kind}")

    @staticmethod
    def _names(question):
        if question["kind"] == grading.ORDERING:
            return [field_name(question["id"], item["id"]) for item in question["items"]]
        return [field_name(question["id"])]

    def _initial_for(self, question):
        """{field name: value} showing a saved response (the inverse of `responses`)."""
        response = self.saved.get(question["id"])
        kind = question["kind"]
        if response is None:
            return {}
        if kind == grading.ORDERING:
            if isinstance(response, dict):  # ranks missing or given twice, kept as given
                ranks = response
            else:
                ranks = {item_id: rank for rank, item_id in enumerate(response, start=1)}
            return {field_name(question["id"], item_id): str(rank)
                    for item_id, rank in ranks.items()}
        if kind == grading.TRUE_FALSE:
            return {field_name(question["id"]): "true" if response else "false"}
        return {field_name(question["id"]): response}

    def _with_saved_answers(self, data):
        """The posted data, plus the saved answer of each question they do not mention."""
        merged = MultiValueDict()
        for key in data:
            merged.setlist(key, _values(data, key))
        for question in self.attempt.questions:
            if any(name in merged for name in self._names(question)):
                continue
            for name, value in self._initial_for(question).items():
                merged.setlist(name, value if isinstance(value, list) else [value])
        return merged

    # Reading it back.

    def responses(self):
        """{question id: response} of each question the data mention and all of whose
        fields are valid: what `save()` stores."""
        if not self.is_bound:
            return {}
        self.is_valid()  # cleans the form once; a field in error is left out of cleaned_data
        cleaned = self.cleaned_data
        responses = {}
        for question in self.attempt.questions:
            names = self._names(question)
            if not any(name in self.data for name in names) or \
                    not all(name in cleaned for name in names):
                continue
            if question["kind"] == grading.ORDERING:
                ranks = {item["id"]: int(cleaned[field_name(question["id"], item["id"])])
                         for item in question["items"]
                         if cleaned[field_name(question["id"], item["id"])]}
                responses[question["id"]] = services.ordering_response(question, ranks)
            else:
                value = cleaned[names[0]]
                if question["kind"] == grading.MULTIPLE:
                    value = sorted(set(value)) or None
                responses[question["id"]] = None if value == "" else value
        return responses

    def save(self):
        """Store the valid answers (see the class); what stands before submitting now."""
        responses = self.responses()
        services.save_answers(self.attempt, responses)
        self.saved.update(responses)
        return services.pending(self.attempt, self.saved)

    # What the template shows.

    @property
    def questions(self):
        pending = self.pending
        rows = []
        for number, question in enumerate(self.attempt.questions, start=1):
            names = self._names(question)
            if question["kind"] == grading.ORDERING:  # in the order shown
                names = [field_name(question["id"], item["id"])
                         for item in question.get("shown_items", question["items"])]
            errors = [str(error) for name in names for error in self.errors.get(name, [])] \
                if self.is_bound else []
            rows.append(BoundQuestion(
                number=number, id=question["id"], kind=question["kind"], text=question["text"],
                fields=[self[name] for name in names],
                problem=pending.problems.get(question["id"], "") if pending else "",
                unanswered=bool(pending) and question["id"] in pending.unanswered,
                errors=list(dict.fromkeys(errors))))
        return rows

    @property
    def saved_text(self):
        return saved_text(self.attempt, services.pending(self.attempt, self.saved))


def saved_text(attempt, pending):
    """"2 réponses enregistrées sur 3": the line that the autosave keeps up to date."""
    total = len(attempt.questions)
    answered = total - len(pending.unanswered) - len(pending.problems)
    return ngettext("%(n)s réponse enregistrée sur %(total)s",
                    "%(n)s réponses enregistrées sur %(total)s", answered) % {
        "n": answered, "total": total}
