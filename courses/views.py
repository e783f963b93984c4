"""Views behind ModulePage's routes and the learner's dashboard."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from quizzes import services as quizzes
from quizzes.forms import QuizForm, saved_text
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
    """One step. What it shows and what posting it does belong to its block (courses.blocks)."""
    if not request.user.is_authenticated:
        return _login_first(request)
    if not 1 <= number <= module.step_count:
        raise Http404
    if missing := services.missing_prerequisites(request.user, module):
        messages.warning(request, _("Terminez d'abord : %(modules)s.") % {
            "modules": ", ".join(m.title for m in missing)})
        return redirect(module.url)
    step = module.steps[number - 1]
    next_url = _next_url(module, number)
    if request.method == "POST":
        return redirect(step.block.handle_post(step, request=request, module=module,
                                               number=number, next_url=next_url))
    # Save the bookmark now, so that coming back resumes here.
    progress = services.record_step(request.user, module, number,
                                    seen=step.block.seen_when_opened)
    return render(request, "courses/module_step.html", _context(
        request, module, step=step, number=number, total=module.step_count,
        progress=progress, next_url=next_url,
        previous_url=module.url + f"etape/{number - 1}/" if number > 1 else module.url,
        **step.block.get_step_context(step, progress=progress, request=request, module=module)))


def _next_url(module, number):
    if number < module.step_count:
        return module.url + f"etape/{number + 1}/"
    return module.url + ("quiz/" if module.quiz_id else "")


def module_quiz(request, module):
    """The quiz of a module, once its steps are seen: the form is quizzes.forms.QuizForm."""
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
    return _render_quiz(request, module, QuizForm(attempt))


def _quiz_post(request, module):
    """Save what the form holds (the autosave posts it too), then submit when asked and
    nothing stands in the way; else show the form again with what to settle."""
    autosave = request.headers.get("X-Requested-With") == "fetch"
    posted = request.POST.get("attempt", "")
    if posted:
        attempt = quizzes.attempt_named(request.user, module.quiz_id, posted)
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
    form = QuizForm(attempt, request.POST)
    pending = form.save()  # the valid answers, even when others are not
    if autosave:
        return JsonResponse({"status": saved_text(attempt, pending),
                             "problems": pending.problems, "conflicts": sorted(pending.conflicts)})
    action = request.POST.get("action")
    if action in ("submit", "confirm"):
        if form.is_valid() and not pending.problems and (
                action == "confirm" or not pending.unanswered):
            attempt, _first = quizzes.submit(attempt)
            return redirect(module.url + f"quiz/{attempt.pk}/")
        form.pending = pending
        return _render_quiz(request, module, form)
    if not form.is_valid():
        return _render_quiz(request, module, form)
    messages.success(request, _("Vos réponses sont enregistrées."))
    return redirect(request.path)


def _render_quiz(request, module, form):
    return render(request, "courses/module_quiz.html", _context(
        request, module, quiz=form.attempt.quiz, attempt=form.attempt, quiz_form=form))


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
