"""Questionnaires for the tests: one before/after (two knowledge items, a confidence item, a
reversed attitude item, a free text) and one of satisfaction, both on every session."""

import uuid

import pytest

from accounts.roles import Role
from evaluation import services
from evaluation.models import Questionnaire, QuestionnaireTarget
from tests.factories import UserFactory

KNOWLEDGE_ITEMS = [
    {"type": "knowledge", "value": {"text": "Connaissance 1", "source": "", "choices": [
        {"text": "Vrai", "correct": True}, {"text": "Faux", "correct": False}]}},
    {"type": "knowledge", "value": {"text": "Connaissance 2", "source": "", "choices": [
        {"text": "Oui", "correct": False}, {"text": "Non", "correct": True}]}},
    {"type": "likert", "value": {"text": "Je me sens capable", "scale": "confidence",
                                 "low_label": "Non", "high_label": "Oui", "reverse": False,
                                 "source": ""}},
    {"type": "likert", "value": {"text": "Un danger", "scale": "attitude", "low_label": "Non",
                                 "high_label": "Oui", "reverse": True, "source": ""}},
    {"type": "free_text", "value": {"text": "Un mot"}},
]
SATISFACTION_ITEMS = [
    {"type": "likert", "value": {"text": "Utile", "scale": "satisfaction", "low_label": "Non",
                                 "high_label": "Oui", "reverse": False, "source": ""}},
    {"type": "free_text", "value": {"text": "Un mot"}},
]


def _with_ids(items):
    """Stream and list items with ids, as the admin saves them."""
    found = []
    for item in items:
        value = dict(item["value"])
        if "choices" in value:
            value["choices"] = [{"type": "item", "id": str(uuid.uuid4()), "value": choice}
                                for choice in value["choices"]]
        found.append({"type": item["type"], "id": str(uuid.uuid4()), "value": value})
    return found


def make_questionnaire(slug="avant-apres", kind=Questionnaire.Kind.KNOWLEDGE, items=None,
                       all_sessions=True, module=None):
    questionnaire = Questionnaire(
        slug=slug, title=slug.capitalize(), kind=kind, all_sessions=all_sessions,
        items=_with_ids(items if items is not None else (
            KNOWLEDGE_ITEMS if kind == Questionnaire.Kind.KNOWLEDGE else SATISFACTION_ITEMS)))
    if module is not None:
        questionnaire.targets.add(QuestionnaireTarget(module=module))
    questionnaire.save()
    questionnaire.save_revision().publish()
    questionnaire.refresh_from_db()
    return questionnaire


@pytest.fixture
def questionnaire(db):
    return make_questionnaire()


@pytest.fixture
def satisfaction(db):
    return make_questionnaire("satisfaction", Questionnaire.Kind.SATISFACTION)


@pytest.fixture
def version(questionnaire):
    return services.current_version(questionnaire)


@pytest.fixture
def researcher(db):
    return UserFactory(email="recherche@programme.test", organisation=None,
                       roles=[Role.RESEARCH], totp=True)


def item_ids(version):
    return [item["id"] for item in version.items]


def answers_for(version, *, right=(True, True), confidence=3, attitude=3, text=""):
    """Answers in the stored form: knowledge choice ids, 1–5 values."""
    k1, k2, conf, att, free = version.items
    pick = lambda item, ok: next(c["id"] for c in item["choices"] if c["correct"] == ok)  # noqa: E731
    found = {k1["id"]: pick(k1, right[0]), k2["id"]: pick(k2, right[1]),
             conf["id"]: confidence, att["id"]: attitude}
    if text:
        found[free["id"]] = text
    return found


def post_data(version, answers, code=("M", 12, "PA")):
    """The form's POST for `answers`."""
    data = {f"item-{key}": str(value) for key, value in answers.items()}
    if code:
        data.update(initial_letter=code[0], birth_day=str(code[1]), birthplace=code[2])
    return data
