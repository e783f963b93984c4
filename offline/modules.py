"""A module taken offline by a learner: what the phone stores, and what it sends back.

`package` is what the phone keeps for one learner and one module: each step as the learner's
step page shows it (their order of a decision's options, their organisation's escalation
chain), the consequences of each option of a decision, and the quiz form of their open
attempt, built by quizzes.forms.QuizForm from the attempt's snapshot: ids and texts only,
never which answer is right, nor the feedback or the explanations of the questions.

`apply` replays what the phone queued while offline, in order, through the same rules as the
pages (courses.services.record_step, QuizForm.save, quizzes.services.submit): the server
judges. Each item carries a key made by the phone; an item already applied is skipped (the
keys are kept a day in the cache), and every rule is idempotent anyway: an answer is one row
per question, an attempt is graded once.
"""

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _

from courses import services
from courses.models import ModulePage
from quizzes import services as quizzes
from quizzes.forms import QuizForm

from .middleware import user_key

DONE_TIMEOUT = 24 * 60 * 60
MAX_ITEMS = 200
KINDS = ("step", "decision", "answers", "submit")


class Refused(Exception):
    """The module cannot be taken offline now; the message is for the learner."""


def module_for(user, module_id):
    module = ModulePage.objects.live().filter(pk=module_id).first()
    if module is None:
        return None
    return module


def package(request, module):
    user = request.user
    if services.missing_prerequisites(user, module):
        raise Refused(_("Terminez d'abord les modules demandés avant celui-ci."))
    progress = services.get_progress(user, module)
    steps = []
    for number, step in enumerate(module.steps, start=1):
        context = {"page": module, "self": module, "request": request, "step": step,
                   "number": number, "total": module.step_count,
                   **step.block.get_step_context(step, progress=progress, request=request,
                                                 module=module)}
        item = {"number": number, "id": step.id, "kind": step.block_type,
                "title": step.value["title"], "seen_when_opened": step.block.seen_when_opened,
                "html": render_to_string("offline/module_step.html", context, request)}
        if step.block_type == "decision":
            item["choices"] = {choice.id: render_to_string(
                "offline/decision_feedback.html", {"choice": choice}, request)
                for choice in step.value["choices"].bound_blocks}
        steps.append(item)
    quiz = None
    if module.quiz_id:
        quiz = {"title": module.quiz.title, "pass_mark": module.quiz.pass_mark}
        try:
            attempt = quizzes.start_or_resume(user, module.quiz)
        except quizzes.QuizError as error:
            quiz["closed"] = str(error)
        else:
            quiz.update(attempt=attempt.pk, number=attempt.number, html=render_to_string(
                "quizzes/includes/quiz_form.html", {"form": QuizForm(attempt)}, request))
    return {
        "user": user_key(user),
        "module": {"id": module.pk, "title": module.title, "url": module.url,
                   "steps": module.step_count},
        "steps": steps,
        "quiz": quiz,
        "progress": {"seen": [n for n, step_id in enumerate(module.step_ids, start=1)
                              if step_id in progress.seen_steps],
                     "current": progress.current_step,
                     "decisions": {str(n): progress.decisions[step_id]
                                   for n, step_id in enumerate(module.step_ids, start=1)
                                   if step_id in progress.decisions}},
        "downloaded": timezone.now().isoformat(),
    }


def _pairs(data):
    """The quiz form's fields as the phone read them: [[name, value], …] of strings."""
    if not isinstance(data, list):
        raise ValueError
    values = MultiValueDict()
    for pair in data:
        if not (isinstance(pair, list) and len(pair) == 2
                and all(isinstance(part, str) and len(part) < 200 for part in pair)):
            raise ValueError
        values.appendlist(*pair)
    return values


def _apply_one(user, item):
    """Apply one queued item; a message when a rule refuses it (then it is dropped too)."""
    module = module_for(user, item.get("module"))
    if module is None:
        return _("Ce module n'est plus en ligne.")
    if services.missing_prerequisites(user, module):
        return _("Terminez d'abord les modules demandés avant celui-ci.")
    kind = item["kind"]
    if kind in ("step", "decision"):
        number = item.get("number")
        if not isinstance(number, int) or not 1 <= number <= module.step_count:
            return _("Cette étape n'existe plus.")
        step = module.steps[number - 1]
        if kind == "step":
            services.record_step(user, module, number, seen=step.block.seen_when_opened)
            return ""
        choice = item.get("choice")
        if step.block_type != "decision" or choice not in {
                c.id for c in step.value["choices"].bound_blocks}:
            return _("Ce choix ne fait plus partie de l'étape.")
        services.record_step(user, module, number, decision=choice)
        return ""
    attempt = quizzes.attempt_named(user, module.quiz_id, str(item.get("attempt", "")))
    if attempt is None:
        return _("Ce formulaire ne correspond pas à votre tentative en cours.")
    if not attempt.is_open:
        return _("Cette tentative est déjà validée.")
    if kind == "answers":
        QuizForm(attempt, _pairs(item.get("data"))).save()
        return ""
    progress = services.get_progress(user, module)
    if progress.steps_completed_at is None:
        return _("Parcourez d'abord toutes les étapes du module.")
    quizzes.submit(attempt)
    return ""


def apply(user, items):
    """Apply the items in order: {"done": [keys], "messages": {key: text}, "results": [urls]}.

    Raises ValueError on items that no page of ours sends."""
    if not isinstance(items, list) or len(items) > MAX_ITEMS:
        raise ValueError
    for item in items:
        if not (isinstance(item, dict) and item.get("kind") in KINDS
                and isinstance(item.get("key"), str) and 8 <= len(item["key"]) <= 64
                and isinstance(item.get("module"), int)):
            raise ValueError
        if item["kind"] == "answers":
            _pairs(item.get("data"))
    done, messages, results = [], {}, []
    for item in items:
        marker = f"reperes:offline:{user.pk}:{item['key']}"
        if cache.get(marker):
            done.append(item["key"])
            continue
        message = _apply_one(user, item)
        cache.set(marker, 1, DONE_TIMEOUT)
        done.append(item["key"])
        if message:
            messages[item["key"]] = message
        elif item["kind"] == "submit":
            module = module_for(user, item["module"])
            results.append(module.url + f"quiz/{item['attempt']}/")
    return {"done": done, "messages": messages, "results": results}
