"""The quiz form (quizzes.forms.QuizForm), built from an attempt's snapshot: one field per
question (one rank per action of an ordering question), named by `field_name`; what it saves
is graded as the learner answered; a quiz left halfway comes back as it was; and input that
our page cannot send is an error next to its question, never a crash nor a stored answer."""

import json
from html import unescape

import pytest
from django.http import QueryDict
from django.template.loader import render_to_string
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from quizzes import grading, services
from quizzes.forms import QuizForm, field_name
from quizzes.models import Answer, Quiz

pytestmark = pytest.mark.django_db

QUESTIONS = [
    {"type": "single", "id": "single", "value": {"text": "Que faites-vous d'abord ?", "choices": [
        {"type": "item", "id": "s-ok", "value": {"text": "Sonner", "correct": True}},
        {"type": "item", "id": "s-ko", "value": {"text": "Forcer la porte", "correct": False}}]}},
    {"type": "multiple", "id": "multi", "value": {"text": "Quels signes ?", "choices": [
        {"type": "item", "id": "m-1", "value": {"text": "Courrier qui s'accumule", "correct": True}},
        {"type": "item", "id": "m-2", "value": {"text": "Volets fermés", "correct": True}},
        {"type": "item", "id": "m-3", "value": {"text": "Une voiture neuve", "correct": False}}]}},
    {"type": "true_false", "id": "tf", "value": {"text": "En parler augmente le risque.",
                                                 "answer": False}},
    {"type": "ordering", "id": "order", "value": {"text": "Remettez dans l'ordre.", "items": [
        {"type": "item", "id": "o-1", "value": "Noter les faits"},
        {"type": "item", "id": "o-2", "value": "Prévenir son responsable"},
        {"type": "item", "id": "o-3", "value": "Signaler"}]}},
    {"type": "scenario", "id": "scene", "value": {"text": "Mme R. pleure au guichet.",
                                                  "choices": [
        {"type": "item", "id": "c-ecoute", "value": {"text": "Écouter", "correct": True}},
        {"type": "item", "id": "c-renvoi", "value": {"text": "La renvoyer", "correct": False}}]}},
]
TEMPLATE = "quizzes/includes/quiz_form.html"
ORDER = [field_name("order", item) for item in ("o-1", "o-2", "o-3")]
RIGHT = {field_name("single"): "s-ok", field_name("multi"): ["m-1", "m-2", ""],
         field_name("tf"): "false", ORDER[0]: "1", ORDER[1]: "2", ORDER[2]: "3",
         field_name("scene"): "c-ecoute"}
WRONG = {field_name("single"): "s-ko", field_name("multi"): ["m-3", ""],
         field_name("tf"): "true", ORDER[0]: "3", ORDER[1]: "2", ORDER[2]: "1",
         field_name("scene"): "c-renvoi"}


def posted(values):
    """A QueryDict, as the page posts it (a list is a field posted several times)."""
    data = QueryDict(mutable=True)
    for key, value in values.items():
        data.setlist(key, value if isinstance(value, list) else [value])
    return data


def saved(attempt):
    return dict(Answer.objects.filter(attempt=attempt).values_list("question_id", "response"))


@pytest.fixture
def attempt(learner):
    quiz = Quiz.objects.create(title="Quiz de formulaire", questions=json.dumps(QUESTIONS),
                               max_attempts=0)
    return services.start_or_resume(learner, quiz)


def test_one_field_per_question_named_by_field_name(attempt):
    form = QuizForm(attempt)
    expected = set()
    for question in attempt.questions:
        if question["kind"] == grading.ORDERING:
            expected |= {field_name(question["id"], item["id"]) for item in question["items"]}
        else:
            expected.add(field_name(question["id"]))
    assert set(form.fields) == expected == set(RIGHT)
    assert [q.id for q in form.questions] == [q["id"] for q in attempt.questions]
    kinds = {q.id: type(q.field.field.widget).__name__ for q in form.questions}
    assert kinds == {"single": "OneRadio", "multi": "Checkboxes", "tf": "OneRadio",
                     "order": "OneSelect", "scene": "OneRadio"}
    # The page uses those names, and never says which answer is right.
    html = render_to_string(TEMPLATE, {"form": form})
    for name in expected:
        assert f'name="{name}"' in html
    assert "correct" not in html


def test_the_right_answers_score_full_marks_and_wrong_ones_zero(learner, attempt):
    form = QuizForm(attempt, posted(WRONG))
    assert form.is_valid(), form.errors
    pending = form.save()
    assert not pending.problems and not pending.unanswered
    graded, _first = services.submit(attempt)
    assert (graded.score, graded.percent, graded.passed) == (0, 0, False)

    retry = services.start_or_resume(learner, attempt.quiz)
    QuizForm(retry, posted(RIGHT)).save()
    graded, _first = services.submit(retry)
    assert graded.percent == 100 and graded.passed


def test_a_form_saved_halfway_comes_back_after_a_reload(attempt):
    pending = QuizForm(attempt, posted({field_name("single"): "s-ko",
                                        field_name("multi"): ["m-1", "m-3", ""],
                                        ORDER[0]: "2", ORDER[1]: "", ORDER[2]: ""})).save()
    assert saved(attempt) == {"single": "s-ko", "multi": ["m-1", "m-3"], "order": {"o-1": 2}}
    # The ordering cannot be graded as it is: said, not lost; the others wait for an answer.
    assert set(pending.problems) == {"order"} and set(pending.unanswered) == {"tf", "scene"}

    reloaded = QuizForm(attempt)  # a new request: nothing but what was saved
    assert reloaded[field_name("single")].value() == "s-ko"
    assert reloaded[field_name("multi")].value() == ["m-1", "m-3"]
    assert reloaded[ORDER[0]].value() == "2" and reloaded[ORDER[1]].value() is None
    assert reloaded.saved_text == "2 réponses enregistrées sur 5"
    html = render_to_string(TEMPLATE, {"form": reloaded})
    for option in ("q-single-s-ko", "q-multi-m-1", "q-multi-m-3"):
        assert f'id="{option}" value="{option.split("-", 2)[2]}" checked' in html
    assert f'<select name="{ORDER[0]}" id="{ORDER[0]}">' in html
    assert html.split(f'id="{ORDER[0]}">')[1].split("</select>")[0].count("selected") == 1


def test_questions_the_posted_form_does_not_mention_keep_their_answer(attempt):
    QuizForm(attempt, posted(RIGHT)).save()
    # The autosave of one change, from a page that only had this question.
    form = QuizForm(attempt, posted({field_name("tf"): "true"}))
    form.save()
    # Shown again (a submit that cannot go through), the form has the saved answers too.
    assert form[field_name("single")].value() == "s-ok" and form[ORDER[2]].value() == "3"
    answers = saved(attempt)
    assert answers["tf"] is True and answers["single"] == "s-ok"
    assert answers["order"] == ["o-1", "o-2", "o-3"]


def test_clearing_an_answer_clears_it(attempt):
    QuizForm(attempt, posted(RIGHT)).save()
    # No box ticked: only the empty value the page posts beside the boxes; no rank left.
    QuizForm(attempt, posted({field_name("multi"): [""], **dict.fromkeys(ORDER, "")})).save()
    answers = saved(attempt)
    assert answers["multi"] is None and answers["order"] is None
    assert answers["single"] == "s-ok"


HUGE = "9" * 100_000
HOSTILE = {
    "an unknown option": (field_name("single"), "s-inconnue"),
    "an option of another question": (field_name("single"), "c-ecoute"),
    "a NUL": (field_name("scene"), "c-ecoute\x00"),
    "a NUL alone": (field_name("tf"), "\x00"),
    "a huge value": (field_name("single"), "s" * 100_000),
    "two answers to a one-answer question": (field_name("single"), ["s-ok", "s-ko"]),
    "true and false at once": (field_name("tf"), ["true", "false"]),
    "neither true nor false": (field_name("tf"), "peut-être"),
    "an unknown box": (field_name("multi"), ["m-1", "m-inconnue"]),
    "a rank out of range": (ORDER[2], "4"),
    "rank zero": (ORDER[2], "0"),
    "a huge rank": (ORDER[2], HUGE),
    "a rank in other digits": (ORDER[2], "٣"),
    "a NUL in a rank": (ORDER[2], "3\x00"),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_input_is_an_error_next_to_its_question_and_saves_nothing_of_it(attempt, name):
    key, value = HOSTILE[name]
    form = QuizForm(attempt, posted({**RIGHT, key: value}))
    assert not form.is_valid()
    assert list(form.errors) == [key]
    question = next(q for q in form.questions if key in [f.html_name for f in q.fields])
    # The message never repeats what was posted (a huge value, a NUL).
    assert question.errors and all(text not in error for error in question.errors
                                   for text in (value if isinstance(value, list) else [value]))
    form.save()
    # Every other question is saved; this one is left as it was (never answered).
    answers = saved(attempt)
    assert question.id not in answers
    assert len(answers) == len(QUESTIONS) - 1
    html = render_to_string(TEMPLATE, {"form": form})
    fieldset = html.split(f'id="question-{question.number}"')[1].split("</fieldset>")[0]
    assert f'aria-describedby="error-{question.number}"' in fieldset
    assert f'<p class="error" id="error-{question.number}">{question.errors[0]}' in \
        unescape(fieldset)


@hypothesis_settings(max_examples=60,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(
    st.sampled_from([*RIGHT, "q-inconnue", "attempt", "action"]),
    st.lists(st.one_of(st.sampled_from(["", "1", "2", "3", "s-ok", "m-1", "true", "false"]),
                       st.text(max_size=30)), max_size=3)))
def test_any_input_saves_only_what_the_page_could_send(attempt, values):
    QuizForm(attempt, posted(values)).save()
    questions = {q["id"]: q for q in attempt.questions}
    for question_id, response in saved(attempt).items():
        question = questions[question_id]
        if response is None:
            continue
        kind = question["kind"]
        choices = {c["id"] for c in question.get("choices", [])}
        if kind in (grading.SINGLE, grading.SCENARIO):
            assert response in choices
        elif kind == grading.MULTIPLE:
            assert response and set(response) <= choices and response == sorted(set(response))
        elif kind == grading.TRUE_FALSE:
            assert isinstance(response, bool)
        elif isinstance(response, list):
            assert sorted(response) == sorted(item["id"] for item in question["items"])
        else:
            assert all(1 <= rank <= 3 for rank in response.values())


def test_the_page_says_the_error_next_to_the_question_and_never_answers_500(
        client, learner, course_index):
    from tests.courses.conftest import make_module, walk_steps

    module = make_module(course_index, "formulaire")
    client.force_login(learner)
    walk_steps(client, module)
    client.get(module.url + "quiz/")
    for action in ("save", "submit", "confirm"):
        response = client.post(module.url + "quiz/", {"q-q-single": "c-inconnue",
                                                      "action": action})
        page = unescape(response.content.decode())
        assert response.status_code == 200
        assert "Cette réponse ne fait pas partie de celles proposées" in page
        assert "Valider quand même" not in page  # the same form would be refused again
    response = client.post(module.url + "quiz/", {"q-q-single": "c-sonner\x00",
                                                  "action": "submit"})
    assert response.status_code == 400  # core.middleware, before the form
    assert not Answer.objects.filter(attempt__user=learner).exists()


@pytest.fixture
def course_index(site):
    from core.models import HomePage
    from courses.models import CourseIndexPage

    index = CourseIndexPage.objects.first()
    if index is None:
        index = CourseIndexPage(title="Formations", slug="formations")
        HomePage.objects.get().add_child(instance=index)
    return index


def test_a_plain_dict_does_as_well_as_a_querydict(attempt):
    form = QuizForm(attempt, {field_name("single"): "s-ok", field_name("multi"): ["m-2", "m-1"]})
    form.save()
    assert saved(attempt) == {"single": "s-ok", "multi": ["m-1", "m-2"]}
