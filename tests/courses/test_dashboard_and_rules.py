"""Mon parcours, the catalogue, completion signals and personal data."""

import json
from html import unescape

import pytest

from accounts import services as account_services
from courses.models import CourseIndexPage, ModulePage, ModuleProgress
from courses.services import module_completed
from quizzes.models import Answer, Attempt, Quiz
from tests.conftest import login_recently

from .conftest import RIGHT, STEPS, make_module, walk_steps


def body(response):
    return unescape(response.content.decode())


def test_dashboard_shows_modules_for_the_learners_job_role(client, learner, course_index):
    make_module(course_index, "pour-gardiens", audience=["gardien"])
    make_module(course_index, "pour-mediateurs", audience=["mediateur"])
    client.force_login(learner)  # a caretaker
    page = body(client.get("/mon-parcours/"))
    assert "Module pour-gardiens" in page and "Module pour-mediateurs" not in page


def test_catalogue_filters_by_job_role(client, course_index):
    make_module(course_index, "pour-gardiens", audience=["gardien"])
    make_module(course_index, "pour-mediateurs", audience=["mediateur"])
    page = body(client.get(course_index.url + "?metier=mediateur"))
    assert "Module pour-mediateurs" in page and "Module pour-gardiens" not in page
    assert client.get(course_index.url + "?metier=<script>").status_code == 200


def test_dashboard_queries_stay_bounded_with_50_modules_and_500_attempts(
        client, learner, course_index, django_assert_max_num_queries):
    quiz = Quiz.objects.create(title="Quiz commun", questions="[]")
    client.force_login(learner)
    make_module(course_index, "premier")
    with django_assert_max_num_queries(40) as few:
        client.get("/mon-parcours/")
    modules = []
    for index in range(50):
        module = ModulePage(title=f"Module {index}", slug=f"module-{index}", summary="s",
                            audience=["gardien"], steps=json.dumps(STEPS), quiz=quiz)
        course_index.add_child(instance=module)
        modules.append(module)
    ModuleProgress.objects.bulk_create(
        [ModuleProgress(user=learner, module=m, seen_steps=["s-recit"]) for m in modules[:30]])
    Attempt.objects.bulk_create([
        Attempt(user=learner, quiz=quiz, number=n + 1, seed=n, questions=[],
                submitted_at="2026-01-01T10:00Z", score=1, max_score=2, percent=50, passed=False)
        for n in range(500)])
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/mon-parcours/")
    assert "Module 49" in body(response)


def test_module_completed_is_announced_once(client, learner, module):
    received = []
    module_completed.connect(lambda **kw: received.append(kw["module"].pk), weak=False,
                             dispatch_uid="test-once")
    try:
        client.force_login(learner)
        walk_steps(client, module)
        client.get(module.url + "quiz/")
        client.post(module.url + "quiz/", {**RIGHT, "action": "submit"})
        walk_steps(client, module)  # seeing the steps again completes nothing new
    finally:
        module_completed.disconnect(dispatch_uid="test-once")
    assert received == [module.pk]


def test_data_export_includes_progress_and_attempts(client, learner, module):
    login_recently(client, learner)
    walk_steps(client, module)
    client.get(module.url + "quiz/")
    client.post(module.url + "quiz/", {**RIGHT, "action": "submit"})
    data = json.loads(client.get("/compte/mes-donnees/export.json").content)
    assert data["progression_modules"]["modules"][0]["module"] == module.title
    attempt = data["tentatives_quiz"][0]
    assert attempt["score_pourcent"] == 100 and attempt["reponses"]["q-single"] == "c-sonner"


def test_deletion_erases_answers_but_keeps_scores(client, learner, module):
    client.force_login(learner)
    walk_steps(client, module)
    client.get(module.url + "quiz/")
    client.post(module.url + "quiz/", {**RIGHT, "action": "submit"})
    account_services.delete_account(learner)
    attempt = Attempt.objects.get(user=learner)
    assert attempt.percent == 100
    assert not Answer.objects.filter(attempt=attempt, response__isnull=False).exists()


@pytest.mark.parametrize("path", ["/formations/", "/formations/locataire-absent/"])
def test_catalogue_pages_are_public(client, module, path):
    assert CourseIndexPage.objects.exists()
    assert client.get(path).status_code == 200


def test_step_and_quiz_pages_stay_bounded_whatever_their_size(
        client, learner, course_index, django_assert_max_num_queries):
    from .conftest import QUESTIONS

    small = make_module(course_index, "petit", quiz_kwargs={"max_attempts": 0})
    big_steps = [dict(step, id=f"{step['id']}-{n}") for n in range(15) for step in STEPS]
    big_questions = [dict(q, id=f"{q['id']}-{n}") for n in range(15) for q in QUESTIONS]
    big = ModulePage(title="Grand", slug="grand", summary="s", audience=["gardien"],
                     steps=json.dumps(big_steps),
                     quiz=Quiz.objects.create(title="Grand quiz", questions=json.dumps(big_questions),
                                              max_attempts=0))
    course_index.add_child(instance=big)
    client.force_login(learner)
    counts = {}
    for module in (small, big):
        for number in range(1, module.step_count + 1):
            client.post(f"{module.url}etape/{number}/", {"choice": "d-sonner"}) \
                if module.steps[number - 1].block_type == "decision" \
                else client.get(f"{module.url}etape/{number}/")
        for _ in range(2 if module is small else 20):  # past attempts
            client.get(module.url + "quiz/")
            client.post(module.url + "quiz/", {"action": "confirm"})  # all unanswered
        client.get(module.url + "quiz/")
        with django_assert_max_num_queries(60) as step_queries:
            client.get(module.url + "etape/1/")
        with django_assert_max_num_queries(60) as quiz_queries:
            client.get(module.url + "quiz/")
        counts[module.slug] = (len(step_queries.captured_queries), len(quiz_queries.captured_queries))
    assert counts["grand"][0] <= counts["petit"][0]
    assert counts["grand"][1] <= counts["petit"][1]
