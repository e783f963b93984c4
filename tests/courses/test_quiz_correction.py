"""The correction must not defeat the attempt limit: while the learner may try again, no response
of the site gives the right answers; once passed, or with no attempt left, the correction is
complete. A retry meets other questions when the pool allows."""

import importlib
import json
from html import unescape

import pytest
from django.conf import settings

from courses.models import ModulePage
from quizzes import services
from quizzes.models import Attempt, Quiz

from .conftest import QUESTIONS, RIGHT, WRONG, make_module, walk_steps

# What only a full correction holds: the marks of the right answers, the feedback of the options
# and the explanations of tests/courses/conftest.py QUESTIONS.
SOLUTION = ["(bonne réponse)", "Réponse attendue", "Ordre attendu", "Oui.", "Non.",
            "On commence par prendre des nouvelles", "C'est faux : en parler soulage."]


def body(response):
    return unescape(response.content.decode())


def leaks(text):
    return [marker for marker in SOLUTION if marker in text]


def fail_once(client, module):
    client.get(module.url + "quiz/")
    client.post(module.url + "quiz/", {**WRONG, "action": "submit"})
    return Attempt.objects.filter(quiz=module.quiz).order_by("-number").first()


def test_failed_attempt_with_retries_left_gives_no_right_answer_anywhere(client, learner, module):
    from tests.conftest import login_recently

    login_recently(client, learner)
    walk_steps(client, module)
    first = fail_once(client, module)
    result_url = f"{module.url}quiz/{first.pk}/"
    seen = {"result": body(client.get(result_url))}
    assert "Quiz non réussi" in seen["result"] and "faux" in seen["result"]
    # It says where to read again instead: the module's steps.
    assert "Revoir le module" in seen["result"]
    assert f'href="{module.url}etape/2/">Votre réaction</a>' in seen["result"]
    assert "Les bonnes réponses s'affichent une fois le quiz réussi" in seen["result"]

    # The next attempt: its form, every autosave answer, a submit that asks to confirm,
    # the old attempt's page opened again, the module's pages and the learner's data export.
    seen["form"] = body(client.get(module.url + "quiz/"))
    seen["autosave"] = client.post(module.url + "quiz/", {"q-q-single": "c-forcer"},
                                   HTTP_X_REQUESTED_WITH="fetch").content.decode()
    seen["partial order"] = client.post(
        module.url + "quiz/", {"q-q-order-i-noter": "1", "q-q-order-i-prevenir": "1"},
        HTTP_X_REQUESTED_WITH="fetch").content.decode()
    seen["submit"] = body(client.post(module.url + "quiz/", {"action": "submit"}))
    seen["old result"] = body(client.get(result_url))
    seen["overview"] = body(client.get(module.url))
    seen["dashboard"] = body(client.get("/mon-parcours/"))
    seen["export"] = client.get("/compte/mes-donnees/export.json").content.decode()
    assert {name: leaks(text) for name, text in seen.items() if leaks(text)} == {}


def test_passing_shows_the_full_correction_of_every_attempt(client, learner, module):
    client.force_login(learner)
    walk_steps(client, module)
    first = fail_once(client, module)
    client.get(module.url + "quiz/")
    client.post(module.url + "quiz/", {**RIGHT, "action": "submit"})
    second = Attempt.objects.get(quiz=module.quiz, number=2)
    assert second.passed
    for attempt in (first, second):
        page = body(client.get(f"{module.url}quiz/{attempt.pk}/"))
        assert "(bonne réponse)" in page and "C'est faux : en parler soulage." in page
    page = body(client.get(f"{module.url}quiz/{first.pk}/"))
    assert "Ordre attendu : Noter les faits → Prévenir son responsable" in page


def test_no_attempt_left_shows_the_full_correction(client, learner, course_index):
    module = make_module(course_index, "deux-essais", quiz_kwargs={"max_attempts": 2})
    client.force_login(learner)
    walk_steps(client, module)
    first = fail_once(client, module)
    assert leaks(body(client.get(f"{module.url}quiz/{first.pk}/"))) == []
    last = fail_once(client, module)
    assert last.number == 2 and not last.passed
    page = body(client.get(f"{module.url}quiz/{last.pk}/"))
    assert "toutes vos tentatives" in page
    assert "(bonne réponse)" in page and "Réponse attendue : Faux" in page
    assert "Les bonnes réponses s'affichent" not in page


@pytest.mark.parametrize("review, after_first, after_last", [
    # The editor's choice, per quiz: what a failed attempt shows with retries left / none left.
    ("full", "solution", "solution"),
    ("final", "right or wrong", "solution"),
    ("answers", "right or wrong", "right or wrong"),
    ("score", "score", "score"),
])
def test_each_review_setting(client, learner, course_index, review, after_first, after_last):
    module = make_module(course_index, f"correction-{review}",
                         quiz_kwargs={"max_attempts": 2, "review": review})
    client.force_login(learner)
    walk_steps(client, module)

    def shown(attempt):
        page = body(client.get(f"{module.url}quiz/{attempt.pk}/"))
        if "(bonne réponse)" in page:
            assert "C'est faux : en parler soulage." in page
            return "solution"
        assert leaks(page) == []
        return "right or wrong" if "Question par question" in page else "score"

    assert shown(fail_once(client, module)) == after_first
    assert shown(fail_once(client, module)) == after_last


def test_a_missed_question_points_to_the_step_that_covers_it(client, learner, course_index):
    questions = [dict(q, value={**q["value"], "step": 2 if q["id"] == "q-single" else 99})
                 for q in QUESTIONS]
    module = make_module(course_index, "avec-etapes")
    module.quiz.questions = json.dumps(questions)
    module.quiz.save()
    client.force_login(learner)
    walk_steps(client, module)
    attempt = fail_once(client, module)
    page = body(client.get(f"{module.url}quiz/{attempt.pk}/"))
    # The question names step 2: a link to it; step 99 does not exist: the module's steps only.
    assert page.count("À revoir :") == 1
    assert f'À revoir : <a href="{module.url}etape/2/">étape 2, « Votre réaction »</a>' in page


def test_existing_quizzes_move_to_the_safe_default(db):
    from django.apps import apps

    migration = importlib.import_module("quizzes.migrations.0002_correction_after_last_attempt")
    full = Quiz.objects.create(title="Ancien", questions="[]", review="full")
    answers = Quiz.objects.create(title="Sans corrigé", questions="[]", review="answers")
    migration.safe_default(apps, None)
    full.refresh_from_db()
    answers.refresh_from_db()
    assert (full.review, answers.review) == ("final", "answers")
    assert Quiz._meta.get_field("review").default == "final"


POOL = [{"type": "true_false", "id": f"q{n}",
         "value": {"text": f"Affirmation {n}", "answer": True, "explanation": ""}}
        for n in range(6)]


def test_a_retry_draws_other_questions_when_the_pool_allows(learner, monkeypatch):
    quiz = Quiz.objects.create(title="Tirage", questions=json.dumps(POOL), draw_count=3)
    # The same seed for both attempts: only the rule can make the second draw differ.
    monkeypatch.setattr(services.secrets, "randbits", lambda bits: 1234)
    first, _graded = services.submit(services.start_or_resume(learner, quiz))
    second = services.start_or_resume(learner, quiz)
    ids = [{q["id"] for q in attempt.questions} for attempt in (first, second)]
    assert len(ids[0]) == len(ids[1]) == 3 and not ids[0] & ids[1]


def test_every_programme_quiz_draws_from_a_pool_twice_as_large(site):
    """The quizzes of content/ (the test site has its own), loaded as the site has them."""
    from django.core.management import call_command

    call_command("load_content", verbosity=0)
    quizzes = {path.stem for path in (settings.CONTENT_DIR / "courses/quizzes").glob("*.yaml")}
    modules = ModulePage.objects.filter(quiz__slug__in=quizzes).select_related("quiz")
    assert modules
    for module in modules:
        pool = module.quiz.question_pool()
        draw = module.quiz.draw_count
        assert draw and 2 * draw <= len(pool), module.slug
        assert module.quiz.review == Quiz.Review.FINAL
        # Each question names the step of the module that covers it.
        assert all(1 <= (q["step"] or 0) <= module.step_count for q in pool), module.slug
