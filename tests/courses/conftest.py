import json

import pytest

from courses.models import CourseIndexPage, LearningPathPage, ModulePage, PathModule
from quizzes.models import Quiz

QUESTIONS = [
    {"type": "single", "id": "q-single", "value": {
        "text": "Un locataire ne sort plus depuis dix jours. Que faites-vous d'abord ?",
        "explanation": "On commence par prendre des nouvelles, sans forcer la porte.",
        "choices": [
            {"type": "item", "id": "c-sonner", "value": {"text": "Sonner et prendre des nouvelles", "correct": True, "feedback": "Oui."}},
            {"type": "item", "id": "c-forcer", "value": {"text": "Ouvrir avec le passe", "correct": False, "feedback": "Non."}},
            {"type": "item", "id": "c-rien", "value": {"text": "Ne rien faire", "correct": False, "feedback": "Non."}},
        ]}},
    {"type": "true_false", "id": "q-tf", "value": {
        "text": "Demander à quelqu'un s'il pense au suicide augmente le risque.",
        "answer": False, "explanation": "C'est faux : en parler soulage."}},
    {"type": "ordering", "id": "q-order", "value": {
        "text": "Remettez dans l'ordre.", "explanation": "",
        "items": [{"type": "item", "id": "i-noter", "value": "Noter les faits"},
                  {"type": "item", "id": "i-prevenir", "value": "Prévenir son responsable"},
                  {"type": "item", "id": "i-signaler", "value": "Signalement par l'encadrement"}]}},
]
STEPS = [
    {"type": "narrative", "id": "s-recit", "value": {"title": "Mme R. ne répond plus", "text": "<p>Le courrier s'accumule.</p>", "image": None}},
    {"type": "decision", "id": "s-choix", "value": {"title": "Votre réaction", "question": "Que faites-vous ?", "choices": [
        {"type": "item", "id": "d-sonner", "value": {"text": "Je sonne", "feedback": "<p>Bien.</p>", "quality": "best"}},
        {"type": "item", "id": "d-ignorer", "value": {"text": "J'attends", "feedback": "<p>Risqué.</p>", "quality": "poor"}}]}},
    {"type": "debrief", "id": "s-bilan", "value": {"title": "Bilan", "text": "<p>À retenir.</p>", "contacts": [], "include_organisation_referent": True}},
]


@pytest.fixture
def course_index(site):
    from core.models import HomePage

    index = CourseIndexPage.objects.first()
    if index is None:
        index = CourseIndexPage(title="Formations", slug="formations")
        HomePage.objects.get().add_child(instance=index)
    return index


def make_module(index, slug, *, quiz_kwargs=None, requires=(), audience=("gardien",)):
    quiz = Quiz.objects.create(title=f"Quiz {slug}", questions=json.dumps(QUESTIONS),
                               shuffle_questions=True, shuffle_choices=True,
                               **(quiz_kwargs or {}))
    module = ModulePage(title=f"Module {slug}", slug=slug, summary="Un cas pratique.",
                        audience=list(audience), steps=json.dumps(STEPS), quiz=quiz,
                        objectives="Repérer\nAlerter")
    index.add_child(instance=module)
    if requires:
        module.requires.set(requires)
        module.save_revision().publish()
    return module


@pytest.fixture
def module(course_index):
    return make_module(course_index, "locataire-absent")


@pytest.fixture
def learning_path(course_index, module):
    second = make_module(course_index, "suite", requires=[module])
    path = LearningPathPage(title="Parcours gardiens", slug="parcours-gardiens",
                            summary="Deux modules.", audience=["gardien"])
    course_index.add_child(instance=path)
    PathModule.objects.create(path=path, module=module, sort_order=0)
    PathModule.objects.create(path=path, module=second, sort_order=1)
    return path, module, second


RIGHT = {"q-q-single": "c-sonner", "q-q-tf": "false",
         "q-q-order-i-noter": "1", "q-q-order-i-prevenir": "2", "q-q-order-i-signaler": "3"}
WRONG = {"q-q-single": "c-forcer", "q-q-tf": "true",
         "q-q-order-i-noter": "3", "q-q-order-i-prevenir": "2", "q-q-order-i-signaler": "1"}


def walk_steps(client, module):
    for number in range(1, module.step_count + 1):
        url = f"{module.url}etape/{number}/"
        if number == 2:
            client.post(url, {"choice": "d-sonner"})
        else:
            client.get(url)


def assert_module_pk(module):
    assert ModulePage.objects.filter(pk=module.pk).exists()
