"""Quiz rules: who may start an attempt, saving answers as one goes, submitting once."""

import secrets
from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import Count, Max, Q
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

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
    if not quiz.live:
        return Eligibility(False, _("Ce quiz attend la relecture de l'équipe clinique : il sera "
                                    "ouvert dès sa publication."), 0, None)
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
    # A retry meets other questions than the attempt just corrected, when the pool allows.
    previous = (Attempt.objects.filter(user=user, quiz=quiz).order_by("-number")
                .values_list("questions", flat=True).first()) or []
    questions = grading.presentation(
        quiz.question_pool(), seed=seed, draw=quiz.draw_count,
        shuffle_questions=quiz.shuffle_questions, shuffle_choices=quiz.shuffle_choices,
        avoid={q["id"] for q in previous})
    try:
        with transaction.atomic():
            return Attempt.objects.create(user=user, quiz=quiz, number=allowed.attempts_used + 1,
                                          seed=seed, questions=questions)
    except IntegrityError:  # a second tab started one at the same moment
        attempt = open_attempt(user, quiz)
        if attempt is None:
            raise
        return attempt


def attempt_named(user, quiz_id, value):
    """The attempt that a posted form names (its hidden field), if it is `user`'s at that quiz:
    a second tap on "submit", or a tab left open on an attempt graded since, must not save
    into (or start) another one. A value that is not a plausible id is None."""
    if not (value.isascii() and value.isdigit() and len(value) < 19):
        return None
    return Attempt.objects.filter(pk=value, user=user, quiz_id=quiz_id).first()


def ordering_response(question, ranks):
    """What is stored for an ordering question given {item id: rank} of the ranked items
    (ranks from 1 to the number of items; quizzes.forms reads them from the page).

    Every item ranked, each rank once: the item ids in the chosen order (the graded form).
    Some ranks missing or given twice: the ranks as given, kept so that the learner finds
    their work again (it scores 0, and `pending` asks to finish it). No rank: None.
    """
    if not ranks:
        return None
    if sorted(ranks.values()) == list(range(1, len(question["items"]) + 1)):
        return sorted(ranks, key=ranks.get)
    return dict(ranks)


def save_answers(attempt, responses):
    """Store responses of an open attempt; unknown questions are ignored."""
    if not attempt.is_open:
        raise QuizError(_("Cette tentative est déjà validée."))
    known = {q["id"] for q in attempt.questions}
    saved = saved_responses(attempt)
    for question_id, response in responses.items():
        if question_id in known and (question_id not in saved or saved[question_id] != response):
            # Only what changed: the autosave posts the whole form at every change.
            Answer.objects.update_or_create(attempt=attempt, question_id=question_id,
                                            defaults={"response": response})


def saved_responses(attempt):
    return dict(attempt.answers.values_list("question_id", "response"))


def is_answered(response):
    """A response that can be graded as given (a partial ordering cannot)."""
    return response not in (None, "", []) and not isinstance(response, dict)


@dataclass
class Pending:
    """What to settle before submitting: {question id: message} of answers that cannot be graded
    as given, and the ids of the questions without an answer (the learner may confirm)."""

    problems: dict
    unanswered: list
    conflicts: set = field(default_factory=set)  # ranks given twice: said as soon as saved


def pending(attempt, responses=None):
    """What stands before submitting `attempt`, from its saved responses (or `responses`)."""
    responses = saved_responses(attempt) if responses is None else responses
    result = Pending({}, [])
    for question in attempt.questions:
        response = responses.get(question["id"])
        if isinstance(response, dict) and question["kind"] == grading.ORDERING:
            result.problems[question["id"]], twice = ordering_problem(question, response)
            if twice:
                result.conflicts.add(question["id"])
        elif not is_answered(response):
            result.unanswered.append(question["id"])
    return result


def ordering_problem(question, ranks):
    """(message, whether a rank is given twice) for an ordering with ranks missing or given
    twice, posted as {item id: rank}."""
    count = len(question["items"])
    counts = Counter(ranks.values())
    twice = sorted(rank for rank, n in counts.items() if n > 1)
    if twice:
        return _("Le rang %(rank)s est donné à plusieurs actions : chaque action doit avoir "
                 "son propre rang, de 1 à %(count)s.") % {"rank": twice[0], "count": count}, True
    missing = count - len(ranks)
    return ngettext(
        "Il manque le rang d'une action : donnez à chaque action un rang, de 1 à %(count)s.",
        "Il manque le rang de %(missing)s actions : donnez à chaque action un rang, de 1 à "
        "%(count)s.", missing) % {"missing": missing, "count": count}, False


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


def shows_solutions(quiz, eligibility):
    """May the correction show the right answers, the feedback of each option and the
    explanations? By default only once the learner has passed or has no attempt left: before
    that, the next attempt would copy them."""
    if quiz.review == quiz.Review.FULL:
        return True
    if quiz.review == quiz.Review.FINAL:
        return eligibility.passed or eligibility.attempts_left == 0
    return False


def review_rows(attempt, eligibility):
    """What the result page shows for each question, as the quiz's review setting allows.

    "score": nothing per question; "answers" (and "final" while attempts remain): right or
    wrong, with the module step to read again; "full" (and "final" once passed or with no
    attempt left): also the right answers, the feedback of each option and the explanation.
    What may not be shown is left out of the rows, not merely hidden by the template.
    `eligibility` is the learner's, now: an old attempt's page follows the same rule.
    """
    quiz = attempt.quiz
    show_result = quiz.review != quiz.Review.SCORE
    show_solution = shows_solutions(quiz, eligibility)
    answers = {a.question_id: a for a in attempt.answers.all()}
    rows = []
    for question in attempt.questions:
        answer = answers.get(question["id"])
        response = answer.response if answer else None
        score = answer.score if answer and answer.score is not None else 0.0
        row = {"text": question["text"], "kind": question["kind"], "score": score,
               "right": score == 1, "partial": 0 < score < 1, "show_result": show_result,
               "show_solution": show_solution, "step": question.get("step"),
               "explanation": question.get("explanation", "") if show_solution else ""}
        if question["kind"] == grading.TRUE_FALSE:
            row["given"] = {True: _("Vrai"), False: _("Faux")}.get(response, _("Sans réponse"))
            if show_solution:
                row["expected"] = _("Vrai") if question["answer"] else _("Faux")
        elif question["kind"] == grading.ORDERING:
            texts = {item["id"]: item["text"] for item in question["items"]}
            given = response if isinstance(response, list) else []
            row["given_list"] = [texts[i] for i in given if i in texts]
            if show_solution:
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
