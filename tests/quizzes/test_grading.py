"""Grading rules, as pure functions."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quizzes import grading


def choice_question(kind, correct, n=4):
    return {"id": "q", "kind": kind, "text": "?",
            "choices": [{"id": f"c{i}", "text": str(i), "correct": i in correct} for i in range(n)]}


@pytest.mark.parametrize("kind", [grading.SINGLE, grading.SCENARIO])
def test_single_and_scenario(kind):
    question = choice_question(kind, {2})
    assert grading.grade_question(question, "c2") == 1
    assert grading.grade_question(question, "c1") == 0  # a wrong answer scores zero
    assert grading.grade_question(question, None) == 0
    assert grading.grade_question(question, ["c2"]) == 0  # malformed


def test_multiple_partial_credit():
    question = choice_question(grading.MULTIPLE, {0, 1, 2}, n=5)
    assert grading.grade_question(question, ["c0", "c1", "c2"]) == 1
    assert grading.grade_question(question, ["c0", "c1"]) == pytest.approx(2 / 3)
    assert grading.grade_question(question, ["c0", "c1", "c3"]) == pytest.approx(1 / 3)
    assert grading.grade_question(question, ["c0", "c1", "c2", "c3", "c4"]) == pytest.approx(1 / 3)
    assert grading.grade_question(question, ["c3", "c4"]) == 0  # never below zero
    assert grading.grade_question(question, []) == 0
    assert grading.grade_question(question, ["c0", "c0", "nope"]) == pytest.approx(1 / 3)


def test_ticking_everything_scores_zero_when_half_are_wrong():
    question = choice_question(grading.MULTIPLE, {0, 1}, n=4)
    assert grading.grade_question(question, ["c0", "c1", "c2", "c3"]) == 0


def test_true_false():
    question = {"id": "q", "kind": grading.TRUE_FALSE, "text": "?", "answer": False}
    assert grading.grade_question(question, False) == 1
    assert grading.grade_question(question, True) == 0
    assert grading.grade_question(question, "false") == 0


def test_ordering_gives_partial_credit_by_pairs_in_the_right_order():
    items = [{"id": key, "text": key.upper()} for key in "abcd"]
    question = {"id": "q", "kind": grading.ORDERING, "text": "?", "items": items}
    assert grading.grade_question(question, ["a", "b", "c", "d"]) == 1
    # One neighbouring swap: 5 pairs right, 1 reversed, of 6.
    assert grading.grade_question(question, ["a", "c", "b", "d"]) == pytest.approx(4 / 6)
    assert grading.grade_question(question, ["b", "a", "d", "c"]) == pytest.approx(2 / 6)
    # Reversed, or more pairs wrong than right: nothing, never below 0.
    assert grading.grade_question(question, ["d", "c", "b", "a"]) == 0
    assert grading.grade_question(question, ["c", "d", "a", "b"]) == 0
    # Not a permutation of the steps: nothing.
    for response in (None, "abcd", ["a", "b", "c"], ["a", "a", "b", "c"], ["a", "b", "c", "x"],
                     [1, 2, 3, 4]):
        assert grading.grade_question(question, response) == 0


@pytest.mark.parametrize("score, maximum, pass_mark, passed", [
    (7, 10, 70, True), (6.99, 10, 70, True), (6.94, 10, 70, False), (0, 10, 0, True),
    (10, 10, 100, True), (9.5, 10, 100, False)])
def test_pass_mark_edges(score, maximum, pass_mark, passed):
    assert (grading.percent(score, maximum) >= pass_mark) is passed


POOL = [
    choice_question(grading.SINGLE, {1}) | {"id": "s"},
    choice_question(grading.MULTIPLE, {0, 3}) | {"id": "m"},
    {"id": "t", "kind": grading.TRUE_FALSE, "text": "?", "answer": True},
    {"id": "o", "kind": grading.ORDERING, "text": "?",
     "items": [{"id": x, "text": x} for x in "abcd"]},
]


def test_presentation_is_stable_for_a_seed_and_draws_from_the_pool():
    first = grading.presentation(POOL, seed=42, draw=3, shuffle_questions=True, shuffle_choices=True)
    again = grading.presentation(POOL, seed=42, draw=3, shuffle_questions=True, shuffle_choices=True)
    assert first == again
    assert len(first) == 3 and {q["id"] for q in first} <= {q["id"] for q in POOL}
    ordering = grading.presentation(POOL, seed=7, shuffle_questions=False)[3]
    assert ordering["shown_items"] != ordering["items"]  # never shown already solved


WIDE_POOL = [{"id": f"t{n}", "kind": grading.TRUE_FALSE, "text": "?", "answer": True}
             for n in range(12)]


@pytest.mark.parametrize("seed", range(20))
def test_a_retry_avoids_the_previous_questions_when_the_pool_allows(seed):
    first = grading.presentation(WIDE_POOL, seed=seed, draw=6, shuffle_questions=True)
    shown = {q["id"] for q in first}
    again = grading.presentation(WIDE_POOL, seed=seed, draw=6, shuffle_questions=True,
                                 avoid=shown)
    assert len(again) == 6 and not shown & {q["id"] for q in again}
    assert again == grading.presentation(WIDE_POOL, seed=seed, draw=6, shuffle_questions=True,
                                         avoid=shown)  # still deterministic for a seed
    # A pool too small to avoid them all: every fresh question, then some already seen.
    small = grading.presentation(WIDE_POOL, seed=seed, draw=8, avoid=shown)
    assert {q["id"] for q in small} >= {q["id"] for q in WIDE_POOL} - shown
    assert len({q["id"] for q in small}) == 8


responses = st.dictionaries(
    st.sampled_from(["s", "m", "t", "o", "x"]),
    st.one_of(st.none(), st.booleans(), st.text(max_size=3),
              st.lists(st.sampled_from(["c0", "c1", "c2", "c3", "a", "b", "c", "d", "zz"]), max_size=6)))


@given(responses)
def test_scores_stay_within_bounds(answers):
    score, maximum, per_question = grading.grade(POOL, answers)
    assert 0 <= score <= maximum == len(POOL)
    assert all(0 <= value <= 1 for value in per_question.values())


@given(responses, st.integers(min_value=0, max_value=2**32))
def test_grading_does_not_depend_on_presentation_order(answers, seed):
    shown = grading.presentation(POOL, seed=seed, shuffle_questions=True, shuffle_choices=True)
    assert grading.grade(shown, answers)[0] == grading.grade(POOL, answers)[0]


def test_editor_previews_a_quiz_with_its_answers(rf, editor, site):
    from courses.models import ModulePage

    quiz = ModulePage.objects.get(slug="risque-suicidaire").quiz
    request = rf.get("/")
    request.user = editor
    response = quiz.serve_preview(request, quiz.default_preview_mode)
    page = response.rendered_content if hasattr(response, "rendered_content") else response.content.decode()
    assert "(bonne réponse)" in page and quiz.title in page
    assert page.count('class="review__item"') == len(quiz.question_pool())
