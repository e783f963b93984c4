"""Quiz rules: who may start an attempt, saving answers as one goes, submitting once."""

import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _

from . import grading
from .models import Answer, Attempt

# Sent once per attempt, when it is graded: (sender=Attempt, attempt=...)
attempt_submitted = Signal()


class QuizError(Exception):
    """A rule says no; the message is for the learner."""


@dataclass
class Eligibility:
    allowed: bool
    reason: str = ""
    attempts_used: int = 0
    attempts_left: int | None = None
    next_allowed_at: object = None
    passed: bool = False


def eligibility(user, quiz, *, now=None):
    """May `user` start an attempt now? One aggregate query, whatever the number of attempts."""
    now = now or timezone.now()
    summary = Attempt.objects.filter(user=user, quiz=quiz, submitted_at__isnull=False).aggregate(
        used=Count("pk"), last=Max("submitted_at"), passed=Count("pk", filter=Q(passed=True)))
    used, passed = summary["used"], summary["passed"] > 0
    left = None if quiz.max_attempts == 0 else max(0, quiz.max_attempts - used)
    if passed:
        return Eligibility(False, _("Vous avez réussi ce quiz."), used, left, passed=True)
    if left == 0:
        return Eligibility(False, _("Vous avez utilisé toutes vos tentatives. Parlez-en à votre "
                                    "responsable ou à la coordination du programme."), used, 0)
    if used and quiz.wait_minutes:
        next_at = summary["last"] + timedelta(minutes=quiz.wait_minutes)
        if next_at > now:
            return Eligibility(False, _("Vous pourrez réessayer à partir de %(time)s.") % {
                "time": timezone.localtime(next_at).strftime("%H:%M")}, used, left, next_at)
    return Eligibility(True, "", used, left)


def open_attempt(user, quiz):
    return Attempt.objects.filter(user=user, quiz=quiz, submitted_at__isnull=True).first()


def start_or_resume(user, quiz):
    """The learner's open attempt, or a new one if the rules allow it."""
    attempt = open_attempt(user, quiz)
    if attempt is not None:
        return attempt
    allowed = eligibility(user, quiz)
    if not allowed.allowed:
        raise QuizError(allowed.reason)
    seed = secrets.randbits(48)
    questions = grading.presentation(
        quiz.question_pool(), seed=seed, draw=quiz.draw_count,
        shuffle_questions=quiz.shuffle_questions, shuffle_choices=quiz.shuffle_choices)
    try:
        with transaction.atomic():
            return Attempt.objects.create(user=user, quiz=quiz, number=allowed.attempts_used + 1,
                                          seed=seed, questions=questions)
    except IntegrityError:  # a second tab started one at the same moment
        attempt = open_attempt(user, quiz)
        if attempt is None:
            raise
        return attempt


def parse_response(question, values):
    """Turn the submitted values of a choice or true/false question into a typed response."""
    values = [v for v in values if v != ""]
    kind = question["kind"]
    if not values:
        return None
    if kind in (grading.SINGLE, grading.SCENARIO):
        return values[0]
    if kind == grading.MULTIPLE:
        return sorted(set(values))
    if kind == grading.TRUE_FALSE:
        return {"true": True, "false": False}.get(values[0])
    return None  # ordering questions are read from their ranks: see ordering_from_ranks


def ordering_from_ranks(question, form_data):
    """For an ordering question posted as ranks per item, the item ids in chosen order."""
    ranked = []
    for item in question["items"]:
        rank = form_data.get(f"q-{question['id']}-{item['id']}", "")
        try:
            ranked.append((int(rank), item["id"]))
        except ValueError:
            return None
    ranks = [r for r, _ in ranked]
    if sorted(ranks) != list(range(1, len(ranks) + 1)):
        return None
    return [item_id for _rank, item_id in sorted(ranked)]


def responses_from_form(attempt, form_data):
    """{question_id: response} for the questions present in a submitted form (QueryDict)."""
    responses = {}
    for question in attempt.questions:
        if question["kind"] == grading.ORDERING:
            keys = [f"q-{question['id']}-{item['id']}" for item in question["items"]]
            if any(form_data.get(k) for k in keys):
                responses[question["id"]] = ordering_from_ranks(question, form_data)
            continue
        name = f"q-{question['id']}"
        if name in form_data:
            responses[question["id"]] = parse_response(question, form_data.getlist(name))
    return responses


def save_answers(attempt, responses):
    """Store responses of an open attempt; unknown questions are ignored."""
    if not attempt.is_open:
        raise QuizError(_("Cette tentative est déjà validée."))
    known = {q["id"] for q in attempt.questions}
    for question_id, response in responses.items():
        if question_id in known:
            Answer.objects.update_or_create(attempt=attempt, question_id=question_id,
                                            defaults={"response": response})


def saved_responses(attempt):
    return dict(attempt.answers.values_list("question_id", "response"))


def submit(attempt):
    """Grade the attempt once. Submitting again returns the graded attempt unchanged."""
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().select_related("quiz").get(pk=attempt.pk)
        if attempt.submitted_at is not None:
            return attempt, False
        responses = saved_responses(attempt)
        score, maximum, per_question = grading.grade(attempt.questions, responses)
        answers = {a.question_id: a for a in attempt.answers.all()}
        for question_id, value in per_question.items():
            answer = answers.get(question_id)
            if answer is None:
                answer = Answer(attempt=attempt, question_id=question_id, response=None)
            answer.score = value
            answers[question_id] = answer
        Answer.objects.bulk_create(
            [a for a in answers.values() if a.pk is None])
        Answer.objects.bulk_update([a for a in answers.values() if a.pk], ["score"])
        attempt.submitted_at = timezone.now()
        attempt.score, attempt.max_score = score, maximum
        attempt.percent = grading.percent(score, maximum)
        attempt.passed = attempt.percent >= attempt.quiz.pass_mark
        attempt.save(update_fields=["submitted_at", "score", "max_score", "percent", "passed"])
        # Inside the transaction: what listeners record (module completion) commits with it.
        attempt_submitted.send(sender=Attempt, attempt=attempt)
    return attempt, True


def review_rows(attempt):
    """What the result page shows for each question, as the quiz's review setting allows.

    "score": nothing per question; "answers": right or wrong; "full": also the right answers,
    the feedback of each option and the explanation.
    """
    review = attempt.quiz.review
    show_result = review in (attempt.quiz.Review.ANSWERS, attempt.quiz.Review.FULL)
    show_solution = review == attempt.quiz.Review.FULL
    answers = {a.question_id: a for a in attempt.answers.all()}
    rows = []
    for question in attempt.questions:
        answer = answers.get(question["id"])
        response = answer.response if answer else None
        score = answer.score if answer and answer.score is not None else 0.0
        row = {"text": question["text"], "kind": question["kind"], "score": score,
               "right": score == 1, "partial": 0 < score < 1, "show_result": show_result,
               "show_solution": show_solution,
               "explanation": question.get("explanation", "") if show_solution else ""}
        if question["kind"] == grading.TRUE_FALSE:
            row["given"] = {True: _("Vrai"), False: _("Faux")}.get(response, _("Sans réponse"))
            row["expected"] = _("Vrai") if question["answer"] else _("Faux")
        elif question["kind"] == grading.ORDERING:
            texts = {item["id"]: item["text"] for item in question["items"]}
            row["given_list"] = [texts[i] for i in response or [] if i in texts]
            row["expected_list"] = [item["text"] for item in question["items"]]
        else:
            picked = set(response if isinstance(response, list) else [response])
            row["choices"] = [
                {"text": c["text"], "picked": c["id"] in picked,
                 "correct": c["correct"] if show_solution else None,
                 "feedback": c.get("feedback", "") if show_solution else ""}
                for c in question["choices"]]
        rows.append(row)
    return rows
