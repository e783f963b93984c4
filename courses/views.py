"""Views behind ModulePage's routes and the learner's dashboard."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from quizzes import services as quizzes
from quizzes.models import Attempt

from . import services


def _login_first(request):
    return redirect_to_login(request.get_full_path())


def _context(request, module, **extra):
    return {"page": module, "self": module, "request": request, **extra}


def module_overview(request, module):
    progress = missing = eligibility = None
    if request.user.is_authenticated:
        progress = module.progress.filter(user=request.user).first()
        missing = services.missing_prerequisites(request.user, module)
        if module.quiz_id:
            eligibility = quizzes.eligibility(request.user, module.quiz)
    return render(request, "courses/module_overview.html", _context(
        request, module, progress=progress, missing=missing, eligibility=eligibility))


def module_step(request, module, number):
    if not request.user.is_authenticated:
        return _login_first(request)
    if not 1 <= number <= module.step_count:
        raise Http404
    if missing := services.missing_prerequisites(request.user, module):
        messages.warning(request, _("Terminez d'abord : %(modules)s.") % {
            "modules": ", ".join(m.title for m in missing)})
        return redirect(module.url)
    step = module.steps[number - 1]
    if request.method == "POST":
        if step.block_type == "decision":
            choice_ids = {item.id for item in step.value["choices"].bound_blocks}
            chosen = request.POST.get("choice")
            if chosen not in choice_ids:
                messages.error(request, _("Choisissez une réponse pour voir ce qu'elle entraîne."))
                return redirect(request.path)
            services.record_step(request.user, module, number, decision=chosen)
            # The page opens on the feedback, which takes the focus (see decision.html).
            return redirect(request.path + "#feedback")
        services.record_step(request.user, module, number)
        return redirect(_next_url(module, number))
    # Save the bookmark now, so that coming back resumes here; reading a step is seeing it.
    progress = services.record_step(request.user, module, number,
                                    seen=step.block_type != "decision")
    chosen = progress.decisions.get(step.id) if step.block_type == "decision" else None
    escalation = []
    if step.block_type == "debrief" and step.value.get("include_organisation_referent") \
            and request.user.organisation_id:
        escalation = list(request.user.organisation.escalation_contacts.all())
    choices = services.decision_choices(request.user, module, step) \
        if step.block_type == "decision" else []
    return render(request, "courses/module_step.html", _context(
        request, module, step=step, number=number, total=module.step_count,
        chosen=chosen, choices=choices, progress=progress, next_url=_next_url(module, number),
        previous_url=module.url + f"etape/{number - 1}/" if number > 1 else module.url,
        escalation=escalation))


def _next_url(module, number):
    if number < module.step_count:
        return module.url + f"etape/{number + 1}/"
    return module.url + ("quiz/" if module.quiz_id else "")


def module_quiz(request, module):
    if not request.user.is_authenticated:
        return _login_first(request)
    if module.quiz_id is None:
        raise Http404
    progress = services.get_progress(request.user, module)
    if progress.steps_completed_at is None:
        messages.info(request, _("Parcourez d'abord toutes les étapes du module."))
        unseen = [n for n, step_id in enumerate(module.step_ids, start=1)
                  if step_id not in progress.seen_steps]
        return redirect(module.url + f"etape/{unseen[0] if unseen else 1}/")
    if request.method == "POST":
        return _quiz_post(request, module)
    try:
        attempt = quizzes.start_or_resume(request.user, module.quiz)
    except quizzes.QuizError as error:
        messages.info(request, str(error))
        return redirect(module.url)
    return _quiz_form(request, module, attempt)


def _quiz_post(request, module):
    """Save what the form holds (the autosave posts it too), then submit when asked and
    nothing stands in the way; else show the form again with what to settle."""
    autosave = request.headers.get("X-Requested-With") == "fetch"
    posted = request.POST.get("attempt", "")
    if posted:
        # The form names its attempt: a second tap on "submit", or a tab left open on an
        # attempt graded since, must not save into (or start) another one.
        attempt = None
        if posted.isascii() and posted.isdigit() and len(posted) < 19:
            attempt = Attempt.objects.filter(pk=posted, user=request.user,
                                             quiz_id=module.quiz_id).first()
        if attempt is None or not attempt.is_open:
            message = (_("Cette tentative est déjà validée.") if attempt else
                       _("Ce formulaire ne correspond pas à votre tentative en cours : "
                         "rechargez la page."))
            if autosave:
                return JsonResponse({"status": message}, status=409)
            if attempt:
                return redirect(module.url + f"quiz/{attempt.pk}/")
            messages.error(request, message)
            return redirect(request.path)
    else:
        try:
            attempt = quizzes.start_or_resume(request.user, module.quiz)
        except quizzes.QuizError as error:
            if autosave:
                return JsonResponse({"status": str(error)}, status=409)
            messages.info(request, str(error))
            return redirect(module.url)
    quizzes.save_answers(attempt, quizzes.responses_from_form(attempt, request.POST))
    pending = quizzes.pending(attempt)
    if autosave:
        return JsonResponse({"status": _saved_text(attempt, pending),
                             "problems": pending.problems, "conflicts": sorted(pending.conflicts)})
    action = request.POST.get("action")
    if action in ("submit", "confirm"):
        if not pending.problems and (action == "confirm" or not pending.unanswered):
            attempt, _first = quizzes.submit(attempt)
            return redirect(module.url + f"quiz/{attempt.pk}/")
        return _quiz_form(request, module, attempt, pending=pending)
    messages.success(request, _("Vos réponses sont enregistrées."))
    return redirect(request.path)


def _saved_text(attempt, pending):
    total = len(attempt.questions)
    answered = total - len(pending.unanswered) - len(pending.problems)
    return ngettext("%(n)s réponse enregistrée sur %(total)s",
                    "%(n)s réponses enregistrées sur %(total)s", answered) % {
        "n": answered, "total": total}


def _quiz_form(request, module, attempt, *, pending=None):
    """The form of an open attempt, with the saved answers; with `pending` (a submit that
    could not go through), what to settle next to each question and in a summary on top."""
    saved = quizzes.saved_responses(attempt)
    questions = _questions_for_form(attempt, saved)
    if pending is not None:
        for row in questions:
            row["problem"] = pending.problems.get(row["id"], "")
            row["unanswered"] = row["id"] in pending.unanswered
    return render(request, "courses/module_quiz.html", _context(
        request, module, quiz=attempt.quiz, attempt=attempt, questions=questions,
        pending=pending, saved_text=_saved_text(attempt, quizzes.pending(attempt, saved))))


def _questions_for_form(attempt, saved):
    """What the form needs: texts and ids only, never which answer is right."""
    rows = []
    for number, question in enumerate(attempt.questions, start=1):
        response = saved.get(question["id"])
        row = {"id": question["id"], "kind": question["kind"], "text": question["text"],
               "number": number}
        if question["kind"] == "ordering":
            if isinstance(response, dict):  # ranks missing or given twice, kept as given
                ranks = response
            else:
                ranks = {item_id: rank for rank, item_id in enumerate(response or [], start=1)}
            row["items"] = [{"id": item["id"], "text": item["text"], "rank": ranks.get(item["id"], "")}
                            for item in question["shown_items"]]
            row["ranks"] = range(1, len(question["items"]) + 1)
        elif question["kind"] == "true_false":
            row["value"] = response
        else:
            picked = set(response if isinstance(response, list) else [response])
            row["choices"] = [{"id": c["id"], "text": c["text"], "checked": c["id"] in picked}
                              for c in question["choices"]]
        rows.append(row)
    return rows


def module_quiz_result(request, module, attempt_id):
    if not request.user.is_authenticated:
        return _login_first(request)
    attempt = Attempt.objects.filter(pk=attempt_id, user=request.user, quiz_id=module.quiz_id,
                                     submitted_at__isnull=False).select_related("quiz").first()
    if attempt is None:
        raise Http404
    progress = module.progress.filter(user=request.user).first()
    eligibility = quizzes.eligibility(request.user, attempt.quiz)
    rows = quizzes.review_rows(attempt, eligibility)
    quiz = attempt.quiz
    return render(request, "courses/module_quiz_result.html", _context(
        request, module, attempt=attempt, rows=rows, progress=progress, eligibility=eligibility,
        steps=services.steps_to_review(module, rows),
        solutions_later=(quiz.review == quiz.Review.FINAL
                         and not quizzes.shows_solutions(quiz, eligibility))))


@login_required
def dashboard(request):
    return render(request, "courses/dashboard.html", services.dashboard(request.user))
