"""Progress and completion rules for modules and learning paths."""

import random

from django.db import IntegrityError, transaction
from django.db.models import IntegerField, Max
from django.db.models.functions import Cast
from django.dispatch import Signal
from django.utils import timezone

from accounts import audience
from core.cache import versioned
from quizzes.models import Attempt

from . import progress as progress_rules
from .models import (
    CourseIndexPage,
    LearningPathPage,
    ModulePage,
    ModuleProgress,
    PathCompletion,
)

# Announced for the certificates, inside the transaction that records the completion:
# (sender=ModulePage, user=..., module=..., completed_at=...). Heavy work goes on_commit.
module_completed = Signal()
# (sender=LearningPathPage, user=..., path=..., completed_at=...)
path_completed = Signal()


def catalogue(index, job_role=""):
    """The public modules and learning paths under `index` offered to a job role (all when
    blank). Only publishing changes them: they are kept until the content version changes."""

    def build():
        # Lists never need the steps themselves: leave the (large) StreamField out.
        modules = (ModulePage.objects.live().public().child_of(index).order_by("path")
                   .defer("steps"))
        paths = (LearningPathPage.objects.live().public().child_of(index).order_by("path")
                 .prefetch_related("path_modules"))
        if job_role:
            modules = audience.meant_for(modules, job_role=job_role)
            paths = audience.meant_for(paths, job_role=job_role)
        return {"modules": list(modules), "paths": list(paths)}

    return versioned(f"catalogue:{index.pk}:{job_role}", build)


def get_progress(user, module):
    progress = ModuleProgress.objects.filter(user=user, module=module).first()
    if progress is None:
        try:
            with transaction.atomic():
                progress = ModuleProgress.objects.create(user=user, module=module)
        except IntegrityError:  # created by a parallel request
            progress = ModuleProgress.objects.get(user=user, module=module)
    return progress


def missing_prerequisites(user, module):
    """The modules to complete before this one (empty when it is open)."""
    required = list(module.requires.live())
    if not required:
        return []
    done = set(ModuleProgress.objects.filter(user=user, module__in=required,
                                             completed_at__isnull=False)
               .values_list("module_id", flat=True))
    return [m for m in required if m.pk not in done]


def decision_choices(user, module, step):
    """A decision's options in an order of their own for each learner, the same at each visit:
    the file's order (often the best first) teaches nothing."""
    choices = list(step.value["choices"].bound_blocks)
    random.Random(f"{user.pk}:{module.pk}:{step.id}").shuffle(choices)
    return choices


def record_step(user, module, number, *, decision=None, seen=True):
    """Bookmark step `number` (1-based) and, if `seen`, mark it seen; remember a decision.

    A decision step counts as seen once answered; opening it only moves the bookmark, so
    that coming back resumes on it.
    """
    step_id = module.step_ids[number - 1]
    with transaction.atomic():
        progress = get_progress(user, module)
        progress = ModuleProgress.objects.select_for_update().get(pk=progress.pk)
        if seen and step_id not in progress.seen_steps:
            progress.seen_steps = [*progress.seen_steps, step_id]
        if decision is not None:
            progress.decisions = {**progress.decisions, step_id: decision}
        progress.current_step = min(number, module.step_count)
        if progress.steps_completed_at is None and set(module.step_ids) <= set(progress.seen_steps):
            progress.steps_completed_at = timezone.now()
        progress.save()
    complete_if_done(user, module, progress)
    return progress


def quiz_passed(user, module):
    if module.quiz_id is None:
        return True
    return Attempt.objects.filter(user=user, quiz_id=module.quiz_id, passed=True).exists()


def complete_if_done(user, module, progress=None):
    """Complete the module when its steps are seen and its quiz passed. Idempotent."""
    progress = progress or get_progress(user, module)
    if progress.completed_at or not progress.steps_completed_at:
        return False
    if not quiz_passed(user, module):
        return False
    now = timezone.now()
    updated = ModuleProgress.objects.filter(pk=progress.pk, completed_at__isnull=True).update(
        completed_at=now)
    if not updated:
        return False
    progress.completed_at = now
    module_completed.send(sender=ModulePage, user=user, module=module, completed_at=now)
    for learning_path in LearningPathPage.objects.live().filter(path_modules__module=module):
        complete_path_if_done(user, learning_path)
    return True


def complete_path_if_done(user, learning_path):
    module_ids = set(learning_path.path_modules.values_list("module_id", flat=True))
    done = set(ModuleProgress.objects.filter(user=user, module_id__in=module_ids,
                                             completed_at__isnull=False)
               .values_list("module_id", flat=True))
    if not module_ids or module_ids - done:
        return False
    now = timezone.now()
    completion, created = PathCompletion.objects.get_or_create(
        user=user, path=learning_path, defaults={"completed_at": now})
    if created:
        path_completed.send(sender=LearningPathPage, user=user, path=learning_path,
                            completed_at=now)
    return created


def on_attempt_submitted(sender, attempt, **kwargs):
    if not attempt.passed:
        return
    for module in ModulePage.objects.live().filter(quiz_id=attempt.quiz_id):
        complete_if_done(attempt.user, module)


def path_status(user, learning_path):
    """The path's live modules, each with where `user` stands (courses.progress)."""
    modules = learning_path.modules()
    person = user.pk if user.is_authenticated else None
    tracker = progress_rules.Progress([person] if person else [], assignments=False)
    return [tracker.module(person, module) for module in modules]


def _assigned_item(status, best=None):
    """A module or path assigned, as "Mon parcours" shows it."""
    item = {"kind": status.kind, "page": status.page, "status": status.state,
            "due_date": status.due_date, "overdue": status.late, "progress": status}
    if status.kind == "path":
        item.update(path=status.path, done=status.done, total=status.total,
                    completed=status.completed)
    else:
        item.update(module=status.module, best=best)
    return item


def dashboard(user, *, history=10):
    """What "Mon parcours" shows, in a bounded number of queries.

    What the person's organisation assigned comes first, with their own due date
    (courses.progress), in `assigned`; `rows` and `paths` hold the rest of the offer and
    what the person has started.
    """
    index = versioned("course-index", CourseIndexPage.objects.live().first)
    if index is None:
        return {"assigned": [], "rows": [], "paths": [], "attempts": []}
    offer = catalogue(index, user.job_role)
    tracker = progress_rules.Progress([user])
    assigned = tracker.assigned(user)
    best = {
        row["quiz_id"]: (row["best"], row["passed"])
        for row in Attempt.objects.filter(user=user, submitted_at__isnull=False)
        .values("quiz_id").annotate(best=Max("percent"), passed=Max(Cast("passed", IntegerField())))
    }
    assigned_pages = {(status.kind, status.page.pk) for status in assigned}
    modules = [m for m in offer["modules"] if ("module", m.pk) not in assigned_pages]
    # Modules of other audiences the person has started also show.
    extra_ids = (set(tracker.started(user)) - {m.pk for m in offer["modules"]}
                 - {pk for kind, pk in assigned_pages if kind == "module"})
    if extra_ids:
        modules += list(ModulePage.objects.live().filter(pk__in=extra_ids).defer("steps"))
    order = {progress_rules.IN_PROGRESS: 0, progress_rules.NOT_STARTED: 1, progress_rules.COMPLETED: 2}
    rows = sorted((_assigned_item(tracker.module(user, module), best.get(module.quiz_id))
                   for module in modules), key=lambda row: order[row["status"]])
    paths = [_assigned_item(tracker.path(user, learning_path))
             for learning_path in offer["paths"]
             if ("path", learning_path.pk) not in assigned_pages]
    # The questions (of the attempt and of the quiz) are large JSON the list never shows.
    attempts = list(Attempt.objects.filter(user=user, submitted_at__isnull=False)
                    .select_related("quiz").defer("questions", "quiz__questions")
                    .order_by("-submitted_at")[:history])
    return {"assigned": [_assigned_item(status, best.get(getattr(status.page, "quiz_id", None)))
                         for status in assigned],
            "rows": rows, "paths": paths, "attempts": attempts}


def next_steps(user, *, limit=3):
    """What the person's home shows first: what their organisation assigned and they have
    not completed, the most pressing first (late, then by due date), then the modules they
    started and left, the latest first. At most `limit` items; at most five queries."""
    tracker = progress_rules.Progress([user])
    steps = [{"page": status.page, "due_date": status.due_date, "overdue": status.late,
              "started": status.state != progress_rules.NOT_STARTED}
             for status in tracker.assigned(user) if not status.completed]
    due_modules = {step["page"].pk for step in steps}
    left = sorted(((module_id, updated_at) for module_id, (completed_at, updated_at)
                   in tracker.started(user).items()
                   if completed_at is None and module_id not in due_modules),
                  key=lambda row: row[1], reverse=True)[:max(limit - len(steps), 0)]
    if left:
        modules = ModulePage.objects.live().defer("steps").in_bulk([pk for pk, _at in left])
        steps += [{"page": modules[pk], "due_date": None, "overdue": False, "started": True}
                  for pk, _at in left if pk in modules]
    return steps[:limit]


def steps_to_review(module, rows):
    """The module's steps for a quiz correction to point to; each row of a question missed
    gets `step_link`, the step that covers it when the quiz names one the module has."""
    steps = [{"number": number, "title": block.value["title"],
              "url": f"{module.url}etape/{number}/"}
             for number, block in enumerate(module.steps, start=1)]
    for row in rows:
        number = row.get("step")
        covered = isinstance(number, int) and 1 <= number <= len(steps)
        row["step_link"] = steps[number - 1] if covered and not row["right"] else None
    return steps
