"""A learner goes through a module: steps saved as they go, a quiz, completion."""

from datetime import timedelta
from html import unescape

from django.utils import timezone

from courses.models import ModuleProgress, PathCompletion
from quizzes.models import Answer, Attempt

from .conftest import RIGHT, WRONG, make_module, walk_steps


def body(response):
    return unescape(response.content.decode())


def test_overview_invites_anonymous_visitors_to_log_in(client, module):
    page = body(client.get(module.url))
    assert "Se connecter pour suivre ce module" in page
    response = client.get(module.url + "etape/1/")
    assert response.status_code == 302 and response["Location"].startswith("/compte/login/")


def test_progress_is_saved_at_every_step_and_resumes(client, learner, module):
    client.force_login(learner)
    assert "Commencer" in body(client.get(module.url))
    page = body(client.get(module.url + "etape/1/"))
    assert "Mme R. ne répond plus" in page and "Étape 1 sur 3" in page
    progress = ModuleProgress.objects.get(user=learner, module=module)
    assert progress.seen_steps == ["s-recit"]
    client.get(module.url + "etape/2/")
    # Closing the phone and coming back: the overview resumes at step 2.
    page = body(client.get(module.url))
    assert "Vous en êtes à l'étape 2 sur 3" in page and f'href="{module.url}etape/2/"' in page


def test_decision_shows_the_feedback_of_the_chosen_option(client, learner, module):
    client.force_login(learner)
    response = client.post(module.url + "etape/2/", {})
    assert response.status_code == 302
    assert "Choisissez une réponse" in body(client.get(response["Location"]))
    response = client.post(module.url + "etape/2/", {"choice": "d-ignorer"})
    # The page opens on the feedback, which can take the focus: without JavaScript too.
    assert response.status_code == 302 and response["Location"] == module.url + "etape/2/#feedback"
    page = body(client.get(response["Location"]))
    assert "Réaction à éviter" in page and "Risqué." in page
    assert '<section class="feedback feedback--poor" id="feedback" tabindex="-1"' in page
    assert ModuleProgress.objects.get(user=learner, module=module).decisions == {"s-choix": "d-ignorer"}
    assert "Continuer" in page


def test_steps_out_of_range_are_404(client, learner, module):
    client.force_login(learner)
    assert client.get(module.url + "etape/0/").status_code == 404
    assert client.get(module.url + "etape/4/").status_code == 404


def test_quiz_needs_every_step_seen_first(client, learner, module):
    client.force_login(learner)
    client.get(module.url + "etape/1/")
    response = client.get(module.url + "quiz/")
    # Sent to the first step not seen yet.
    assert response.status_code == 302 and response["Location"].endswith("etape/2/")


def test_open_quiz_never_contains_the_correct_answers(client, learner, module):
    client.force_login(learner)
    walk_steps(client, module)
    html = client.get(module.url + "quiz/").content.decode()
    assert "c-sonner" in html  # the options are there…
    for marker in ("correct", "bonne réponse", "C'est faux", "explanation", "Oui."):
        assert marker not in html  # …but not which one is right, nor the explanations


def test_answers_survive_a_reload(client, learner, module):
    client.force_login(learner)
    walk_steps(client, module)
    client.get(module.url + "quiz/")
    response = client.post(module.url + "quiz/", {"q-q-single": "c-sonner", "action": "save"},
                           HTTP_X_REQUESTED_WITH="fetch")
    assert response.status_code == 200
    assert response.json()["status"] == "1 réponse enregistrée sur 3"
    html = body(client.get(module.url + "quiz/"))
    assert 'value="c-sonner" checked' in html
    assert Attempt.objects.filter(user=learner).count() == 1


def test_wrong_answers_score_zero_then_retry_and_pass_completes_the_module(client, learner, module):
    client.force_login(learner)
    walk_steps(client, module)
    client.get(module.url + "quiz/")
    response = client.post(module.url + "quiz/", {**WRONG, "action": "submit"})
    attempt = Attempt.objects.get(user=learner)
    assert response["Location"] == f"{module.url}quiz/{attempt.pk}/"
    assert attempt.score == 0 and attempt.percent == 0 and attempt.passed is False
    page = body(client.get(response["Location"]))
    assert "Quiz non réussi" in page and "Réessayer" in page
    assert "(bonne réponse)" not in page  # two attempts left: which were wrong, not the answers

    client.get(module.url + "quiz/")
    client.post(module.url + "quiz/", {**RIGHT, "action": "submit"})
    second = Attempt.objects.filter(user=learner).order_by("-number").first()
    assert second.number == 2 and second.percent == 100 and second.passed
    progress = ModuleProgress.objects.get(user=learner, module=module)
    assert progress.completed_at is not None
    dashboard = body(client.get("/mon-parcours/"))
    assert "Terminé" in dashboard and "100 %" in dashboard


def test_submitting_twice_records_one_attempt(client, learner, module):
    client.force_login(learner)
    walk_steps(client, module)
    client.get(module.url + "quiz/")
    attempt = Attempt.objects.get(user=learner)
    form = {**WRONG, "action": "submit", "attempt": attempt.pk}
    first = client.post(module.url + "quiz/", form)
    # The same form posted again (a double tap, a resent request) lands on the same result.
    second = client.post(module.url + "quiz/", form)
    assert first["Location"] == second["Location"] == f"{module.url}quiz/{attempt.pk}/"
    assert Attempt.objects.filter(user=learner).count() == 1
    from quizzes import services

    again, graded = services.submit(attempt)
    assert graded is False and again.pk == attempt.pk


def test_attempt_limit_and_wait_between_attempts(client, learner, course_index):
    module = make_module(course_index, "limite", quiz_kwargs={"max_attempts": 1})
    client.force_login(learner)
    walk_steps(client, module)
    client.get(module.url + "quiz/")
    client.post(module.url + "quiz/", {**WRONG, "action": "submit"})
    response = client.get(module.url + "quiz/", follow=True)
    assert "toutes vos tentatives" in body(response)
    assert Attempt.objects.filter(user=learner, quiz=module.quiz).count() == 1

    waiting = make_module(course_index, "attente", quiz_kwargs={"wait_minutes": 60})
    walk_steps(client, waiting)
    client.get(waiting.url + "quiz/")
    client.post(waiting.url + "quiz/", {**WRONG, "action": "submit"})
    assert "Vous pourrez réessayer à partir de" in body(client.get(waiting.url + "quiz/", follow=True))
    Attempt.objects.filter(quiz=waiting.quiz).update(
        submitted_at=timezone.now() - timedelta(minutes=61))
    assert client.get(waiting.url + "quiz/").status_code == 200


def test_a_learner_cannot_read_another_learners_attempt(client, learner, learner_b, module):
    client.force_login(learner)
    walk_steps(client, module)
    client.get(module.url + "quiz/")
    client.post(module.url + "quiz/", {**RIGHT, "action": "submit"})
    attempt = Attempt.objects.get(user=learner)
    client.force_login(learner_b)
    assert client.get(f"{module.url}quiz/{attempt.pk}/").status_code == 404
    # …nor change it: posting to the quiz works on their own attempt only.
    walk_steps(client, module)
    client.post(module.url + "quiz/", {**WRONG, "action": "save"})
    assert not Answer.objects.filter(attempt=attempt, response="c-forcer").exists()


def test_forged_answers_are_ignored_not_fatal(client, learner, module):
    client.force_login(learner)
    walk_steps(client, module)
    client.get(module.url + "quiz/")
    response = client.post(module.url + "quiz/", {
        "q-q-single": "n-importe-quoi", "q-q-order-i-noter": "9", "q-inconnue": "x",
        "q-q-tf": "peut-etre", "action": "submit"})
    attempt = Attempt.objects.get(user=learner)
    # Nothing stored: the three questions are still unanswered, and the learner is told so.
    assert response.status_code == 200 and attempt.is_open
    assert not Answer.objects.filter(attempt=attempt).exists()
    assert "3 questions sont sans réponse" in body(response)


def test_path_completion_follows_module_order(client, learner, learning_path):
    path, first, second = learning_path
    client.force_login(learner)
    response = client.get(second.url + "etape/1/")
    assert response.status_code == 302  # the second module requires the first
    for module in (first, second):
        walk_steps(client, module)
        client.get(module.url + "quiz/")
        client.post(module.url + "quiz/", {**RIGHT, "action": "submit"})
    assert PathCompletion.objects.filter(user=learner, path=path).exists()
    assert "Parcours terminé" in body(client.get("/mon-parcours/"))


def test_the_data_export_lists_the_choices_made_and_deletion_forgets_them(client, learner,
                                                                           module):
    from accounts.services import delete_account, export_user_data
    from courses.models import ModuleProgress

    client.force_login(learner)
    client.post(f"{module.url}etape/2/", {"choice": "d-ignorer"})
    exported = export_user_data(learner)["progression_modules"]["modules"]
    assert exported[0]["decisions"] == [{"etape": "Votre réaction", "choix": "J'attends"}]
    delete_account(learner)
    assert ModuleProgress.objects.get(user=learner, module=module).decisions == {}
