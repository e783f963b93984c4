"""Grading, as pure functions of a question (a dict) and a response.

Every question is worth 1 point.
- single, scenario: 1 if the one correct choice is picked, else 0;
- true_false: 1 if the answer matches;
- multiple: max(0, (correct ticked - wrong ticked) / number of correct), so ticking
  everything scores 0;
- ordering: 1 if the whole order is right, else 0.
Responses are choice ids (str), lists of ids, booleans; anything malformed scores 0.
"""

import random

SINGLE = "single"
MULTIPLE = "multiple"
TRUE_FALSE = "true_false"
ORDERING = "ordering"
SCENARIO = "scenario"
KINDS = (SINGLE, MULTIPLE, TRUE_FALSE, ORDERING, SCENARIO)


def correct_ids(question):
    return {c["id"] for c in question.get("choices", []) if c.get("correct")}


def grade_question(question, response):
    """The score of one response, between 0 and 1."""
    kind = question["kind"]
    if kind in (SINGLE, SCENARIO):
        return 1.0 if isinstance(response, str) and response in correct_ids(question) else 0.0
    if kind == TRUE_FALSE:
        return 1.0 if isinstance(response, bool) and response == question["answer"] else 0.0
    if kind == MULTIPLE:
        if not isinstance(response, list | tuple | set):
            return 0.0
        valid = {c["id"] for c in question["choices"]}
        ticked = {r for r in response if isinstance(r, str) and r in valid}
        expected = correct_ids(question)
        if not expected:
            return 0.0
        return max(0.0, (len(ticked & expected) - len(ticked - expected)) / len(expected))
    if kind == ORDERING:
        return _ordering_score([item["id"] for item in question["items"]], response)
    raise ValueError(f"unknown question kind: {kind}")


def _ordering_score(expected, response):
    """Partial credit: (pairs in the right order − pairs reversed) / all pairs, never below 0.

    The right order scores 1, one neighbouring swap among four steps 2/3, a random order 0 on
    average. Anything but a permutation of the steps scores 0.
    """
    if not isinstance(response, list | tuple) or sorted(map(str, response)) != sorted(expected):
        return 0.0
    if len(expected) < 2:
        return 1.0
    rank = {item: index for index, item in enumerate(expected)}
    given = [rank[str(item)] for item in response]
    pairs = concordant = 0
    for i in range(len(given)):
        for j in range(i + 1, len(given)):
            pairs += 1
            concordant += given[i] < given[j]
    return max(0.0, (2 * concordant - pairs) / pairs)


def grade(questions, responses):
    """(score, maximum, per-question scores) for an attempt."""
    scores = {q["id"]: grade_question(q, responses.get(q["id"])) for q in questions}
    return sum(scores.values()), float(len(questions)), scores


def percent(score, maximum):
    return round(100 * score / maximum) if maximum else 0


def presentation(pool, *, seed, draw=None, shuffle_questions=False, shuffle_choices=False,
                 avoid=()):
    """The questions of one attempt, in their order, with their choices in theirs.

    When drawing, questions whose id is in `avoid` (those of the previous attempt) are drawn
    only if the rest of the pool is too small. Deterministic for a given seed.
    """
    rng = random.Random(seed)
    questions = list(pool)
    if draw and draw < len(questions):
        fresh = [q for q in questions if q["id"] not in avoid]
        if len(fresh) >= draw:
            questions = rng.sample(fresh, draw)
        else:
            seen = [q for q in questions if q["id"] in avoid]
            questions = fresh + rng.sample(seen, draw - len(fresh))
    elif shuffle_questions:
        rng.shuffle(questions)
    if shuffle_questions and draw:
        rng.shuffle(questions)
    shown = []
    for question in questions:
        question = dict(question)
        if question["kind"] in (SINGLE, MULTIPLE, SCENARIO) and shuffle_choices:
            choices = list(question["choices"])
            rng.shuffle(choices)
            question["choices"] = choices
        if question["kind"] == ORDERING:
            items = list(question["items"])
            # Never show an ordering question already in the right order.
            for _ in range(10):
                rng.shuffle(items)
                if len(items) < 2 or items != question["items"]:
                    break
            question["shown_items"] = items
        shown.append(question)
    return shown
