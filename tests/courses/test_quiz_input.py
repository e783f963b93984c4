"""What the quiz form receives: a partial ordering is kept, ranks missing or given twice and
unanswered questions are said before submitting, and hostile input is never stored nor fatal."""

from html import unescape

import pytest

from quizzes import grading
from quizzes.models import Answer, Attempt

from .conftest import RIGHT, make_module, walk_steps

ORDER = ["q-q-order-i-noter", "q-q-order-i-prevenir", "q-q-order-i-signaler"]


def body(response):
    return unescape(response.content.decode())


@pytest.fixture
def open_attempt(client, learner, module):
    client.force_login(learner)
    walk_steps(client, module)
    client.get(module.url + "quiz/")
    return Attempt.objects.get(user=learner, quiz=module.quiz)


def number(attempt, question_id):
    """The questions are shuffled: the number a question is shown with."""
    return [q["id"] for q in attempt.questions].index(question_id) + 1


def saved(attempt):
    return dict(Answer.objects.filter(attempt=attempt).values_list("question_id", "response"))


def selected(page, key, rank):
    return f'<select name="{key}" id="{key}">' in page and \
        page.split(f'<select name="{key}"')[1].split("</select>")[0].count(
            f'value="{rank}" selected') == 1


def test_a_partial_ordering_is_autosaved_and_back_after_a_reload(client, module, open_attempt):
    # The form posts every select; only the first action has a rank yet.
    response = client.post(module.url + "quiz/", {ORDER[0]: "1", ORDER[1]: "", ORDER[2]: ""},
                           HTTP_X_REQUESTED_WITH="fetch")
    assert response.status_code == 200
    # Still choosing: nothing to say about the two other ranks yet.
    assert response.json()["conflicts"] == []
    assert saved(open_attempt) == {"q-order": {"i-noter": 1}}
    page = body(client.get(module.url + "quiz/"))
    assert selected(page, ORDER[0], 1)
    # Clearing the rank clears the answer.
    client.post(module.url + "quiz/", {key: "" for key in ORDER}, HTTP_X_REQUESTED_WITH="fetch")
    assert saved(open_attempt) == {"q-order": None}


def test_a_rank_given_twice_is_said_at_once_by_the_autosave(client, module, open_attempt):
    response = client.post(module.url + "quiz/", {ORDER[0]: "2", ORDER[1]: "2", ORDER[2]: ""},
                           HTTP_X_REQUESTED_WITH="fetch")
    answer = response.json()
    assert answer["conflicts"] == ["q-order"]
    assert answer["problems"]["q-order"].startswith("Le rang 2 est donné à plusieurs actions")


@pytest.mark.parametrize("ranks, message", [
    (["1", "1", "2"], "Le rang 1 est donné à plusieurs actions : chaque action doit avoir son "
                      "propre rang, de 1 à 3."),
    (["1", "", "3"], "Il manque le rang d'une action : donnez à chaque action un rang, de 1 à 3."),
    (["", "", "2"], "Il manque le rang de 2 actions : donnez à chaque action un rang, de 1 à 3."),
])
def test_submitting_ranks_missing_or_twice_says_so_next_to_the_question(
        client, module, open_attempt, ranks, message):
    form = {**RIGHT, **dict(zip(ORDER, ranks, strict=True)), "action": "submit"}
    response = client.post(module.url + "quiz/", form)
    page = body(response)
    assert response.status_code == 200
    open_attempt.refresh_from_db()
    assert open_attempt.is_open  # not submitted…
    # …the message is next to the question and in the summary on top, which has no
    # "submit anyway": such an answer cannot be graded.
    n = number(open_attempt, "q-order")
    question = page.split(f'id="question-{n}"')[1].split("</fieldset>")[0]
    assert f'<p class="error" id="problem-{n}" data-problem aria-live="polite">{message}</p>' \
        in question
    assert f'aria-describedby="problem-{n}"' in page
    assert f'<a href="#question-{n}">Question {n}</a> : {message}' in page
    assert "Valider quand même" not in page
    # …and nothing is lost: the ranks come back as given, the other answers too.
    assert all(selected(page, key, rank) for key, rank in zip(ORDER, ranks, strict=True) if rank)
    assert 'value="c-sonner" checked' in page
    assert client.post(module.url + "quiz/", {**form, "action": "confirm"}).status_code == 200
    assert Attempt.objects.get(pk=open_attempt.pk).is_open


def test_unanswered_questions_are_listed_and_the_learner_confirms(client, module, open_attempt):
    response = client.post(module.url + "quiz/", {"q-q-single": "c-sonner", "action": "submit"})
    page = body(response)
    assert response.status_code == 200 and Attempt.objects.get(pk=open_attempt.pk).is_open
    assert "2 questions sont sans réponse" in page
    for question_id in ("q-tf", "q-order"):
        n = number(open_attempt, question_id)
        assert f'<a href="#question-{n}">Question {n}</a>' in page
    assert page.count("Pas encore de réponse.") == 2
    assert 'value="c-sonner" checked' in page  # what was answered is kept
    response = client.post(module.url + "quiz/", {"action": "confirm",
                                                  "attempt": open_attempt.pk})
    open_attempt.refresh_from_db()
    assert response.status_code == 302 and not open_attempt.is_open
    assert open_attempt.score == 1


def test_a_quiz_answered_in_full_is_submitted_at_once(client, module, open_attempt):
    response = client.post(module.url + "quiz/", {**RIGHT, "action": "submit"})
    assert response.status_code == 302
    assert Attempt.objects.get(pk=open_attempt.pk).percent == 100


NUL = "\x00"
HUGE = "9" * 5000
HOSTILE = {
    "NUL in a choice": {"q-q-single": "c-sonner" + NUL},
    "NUL alone": {"q-q-single": NUL, "q-q-tf": NUL},
    "NUL in a rank": {ORDER[0]: "1" + NUL, ORDER[1]: "2", ORDER[2]: "3"},
    "NUL in a field name": {"q-q-single" + NUL: "c-sonner", NUL: NUL},
    "huge choice": {"q-q-single": "c" * 100_000},
    "huge rank": {ORDER[0]: HUGE, ORDER[1]: "2", ORDER[2]: "3"},
    "rank zero": {ORDER[0]: "0", ORDER[1]: "1", ORDER[2]: "2"},
    "rank out of range": {ORDER[0]: "1", ORDER[1]: "2", ORDER[2]: "4"},
    "negative rank": {ORDER[0]: "-1", ORDER[1]: "2", ORDER[2]: "3"},
    "rank in other digits": {ORDER[0]: "١", ORDER[1]: "2", ORDER[2]: "3"},
    "two answers to a single choice": {"q-q-single": ["c-sonner", "c-forcer"]},
    "an option of no question": {"q-q-single": "c-inconnue", "q-q-tf": "peut-etre"},
    "multiple values to true or false": {"q-q-tf": ["true", "false"]},
    "a question not in the attempt": {"q-autre-question": "c-sonner", "q-q-tf-x": "true"},
    "NUL in the attempt id": {"attempt": "1" + NUL, "q-q-single": "c-sonner"},
    "huge attempt id": {"attempt": HUGE, "q-q-single": "c-sonner"},
    "attempt id not a number": {"attempt": "abc", "q-q-single": "c-sonner"},
    "NUL in the action": {"action": NUL, "q-q-single": "c-sonner"},
}


def is_valid(question, response):
    """Only what our form can produce may be stored."""
    if response is None:
        return True
    kind = question["kind"]
    ids = {c["id"] for c in question.get("choices", [])}
    if kind in (grading.SINGLE, grading.SCENARIO):
        return response in ids
    if kind == grading.MULTIPLE:
        return isinstance(response, list) and set(response) <= ids
    if kind == grading.TRUE_FALSE:
        return isinstance(response, bool)
    items = [item["id"] for item in question["items"]]
    if isinstance(response, list):
        return sorted(response) == sorted(items)
    return set(response) <= set(items) and all(
        isinstance(rank, int) and 1 <= rank <= len(items) for rank in response.values())


@pytest.mark.parametrize("action", ["autosave", "save", "submit", "confirm"])
@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_is_never_fatal_nor_stored(client, module, open_attempt, name, action):
    form = {"action": "save" if action == "autosave" else action, **HOSTILE[name]}
    headers = {"HTTP_X_REQUESTED_WITH": "fetch"} if action == "autosave" else {}
    response = client.post(module.url + "quiz/", form, **headers)
    carries_nul = any(NUL in text for pair in form.items() for text in pair)
    # A NUL character is refused with a 400 before the quiz sees it (core.middleware).
    assert response.status_code in ((400,) if carries_nul else (200, 302, 409))
    questions = {q["id"]: q for q in open_attempt.questions}
    stored = saved(open_attempt)
    assert set(stored) <= set(questions)
    assert all(is_valid(questions[qid], value) for qid, value in stored.items()), stored
    # A forged attempt id saves nothing at all.
    if "attempt" in form:
        assert stored == {}
        if not carries_nul:
            assert response.status_code == (409 if action == "autosave" else 302)


def test_another_learners_attempt_id_saves_nothing(client, learner, learner_b, module):
    client.force_login(learner_b)
    walk_steps(client, module)
    client.get(module.url + "quiz/")
    theirs = Attempt.objects.get(user=learner_b)
    client.force_login(learner)
    walk_steps(client, module)
    client.get(module.url + "quiz/")
    mine = Attempt.objects.get(user=learner)
    for action, headers in (("save", {"HTTP_X_REQUESTED_WITH": "fetch"}), ("save", {}),
                            ("submit", {}), ("confirm", {})):
        response = client.post(module.url + "quiz/", {**RIGHT, "action": action,
                                                      "attempt": theirs.pk}, **headers)
        assert response.status_code in (302, 409)
        page = body(client.get(module.url + "quiz/"))
        assert "Ce formulaire ne correspond pas à votre tentative en cours" in page or headers
    assert not Answer.objects.filter(attempt__in=[mine, theirs]).exists()
    assert Attempt.objects.get(pk=theirs.pk).is_open and Attempt.objects.get(pk=mine.pk).is_open


def test_a_tab_left_on_a_graded_attempt_saves_nothing_into_the_next(client, learner, course_index):
    module = make_module(course_index, "onglet")
    client.force_login(learner)
    walk_steps(client, module)
    client.get(module.url + "quiz/")
    first = Attempt.objects.get(user=learner)
    client.post(module.url + "quiz/", {"action": "confirm"})
    client.get(module.url + "quiz/")  # the retry, in another tab
    second = Attempt.objects.get(user=learner, number=2)
    old_tab = {**RIGHT, "attempt": first.pk}
    response = client.post(module.url + "quiz/", {**old_tab, "action": "save"},
                           HTTP_X_REQUESTED_WITH="fetch")
    assert response.status_code == 409 and response.json()["status"] == "Cette tentative est déjà validée."
    response = client.post(module.url + "quiz/", {**old_tab, "action": "submit"})
    assert response["Location"] == f"{module.url}quiz/{first.pk}/"
    assert not Answer.objects.filter(attempt=second).exists()
