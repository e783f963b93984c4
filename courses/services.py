"""Progress and completion rules for modules and learning paths."""

import random

from django.db import IntegrityError, transaction
from django.db.models import IntegerField, Max
from django.db.models.functions import Cast
from django.dispatch import Signal
from django.utils import timezone

from core.cache import versioned
from quizzes.models import Attempt

from .assignments import due_date_for, for_user
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


def for_job_role(pages, job_role):
    return [p for p in pages if not job_role or not p.audience or job_role in p.audience]


def catalogue(index, job_role=""):
    """The public modules and learning paths under `index` offered to a job role (all when
    blank). Only publishing changes them: they are kept until the content version changes."""

    def build():
        # Lists never need the steps themselves: leave the (large) StreamField out.
        modules = (ModulePage.objects.live().public().child_of(index).order_by("path")
                   .defer("steps"))
        paths = (LearningPathPage.objects.live().public().child_of(index).order_by("path")
                 .prefetch_related("path_modules"))
        return {"modules": for_job_role(modules, job_role),
                "paths": for_job_role(paths, job_role)}

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
    modules = learning_path.modules()
    progress = {}
    if user.is_authenticated:
        progress = {p.module_id: p for p in ModuleProgress.objects.filter(
            user=user, module__in=modules)}
    return [{"module": m, "progress": progress.get(m.pk)} for m in modules]


def dashboard(user, *, history=10):
    """What "Mon parcours" shows, in a bounded number of queries.

    What the person's organisation assigned comes first, with its due date, in `assigned`;
    `rows` and `paths` hold the rest of the offer and what the person has started.
    """
    index = versioned("course-index", CourseIndexPage.objects.live().first)
    if index is None:
        return {"assigned": [], "rows": [], "paths": [], "attempts": []}
    today = timezone.localdate()
    offer = catalogue(index, user.job_role)
    due_modules, due_paths = {}, {}
    for module_id, path_id, assigned_date in for_user(user).values_list("module_id", "path_id",
                                                                        "due_date"):
        due = due_modules if module_id else due_paths
        key = module_id or path_id
        due_date = due_date_for(assigned_date, user.date_joined)
        due[key] = min(due_date, due.get(key, due_date))
    progress = {p.module_id: p for p in ModuleProgress.objects.filter(user=user)}
    best = {
        row["quiz_id"]: (row["best"], row["passed"])
        for row in Attempt.objects.filter(user=user, submitted_at__isnull=False)
        .values("quiz_id").annotate(best=Max("percent"), passed=Max(Cast("passed", IntegerField())))
    }
    modules = list(offer["modules"])
    # Modules of other audiences the person has started or was assigned also show.
    extra_ids = (set(progress) | set(due_modules)) - {m.pk for m in modules}
    if extra_ids:
        modules += list(ModulePage.objects.live().filter(pk__in=extra_ids).defer("steps"))
    rows = []
    for module in modules:
        row = {"module": module, "progress": progress.get(module.pk),
               "best": best.get(module.quiz_id), "due_date": due_modules.get(module.pk)}
        row["status"] = ("completed" if row["progress"] and row["progress"].completed_at
                         else "in_progress" if row["progress"] else "todo")
        row["overdue"] = bool(row["due_date"] and row["status"] != "completed"
                              and row["due_date"] < today)
        rows.append(row)
    order = {"in_progress": 0, "todo": 1, "completed": 2}
    rows.sort(key=lambda r: order[r["status"]])
    completions = set(PathCompletion.objects.filter(user=user).values_list("path_id", flat=True))
    learning_paths = list(offer["paths"])
    extra_paths = set(due_paths) - {p.pk for p in learning_paths}
    if extra_paths:
        learning_paths += list(LearningPathPage.objects.live().filter(pk__in=extra_paths)
                               .prefetch_related("path_modules"))
    paths = []
    for learning_path in learning_paths:
        ids = [link.module_id for link in learning_path.path_modules.all()]
        done = sum(1 for i in ids if progress.get(i) and progress[i].completed_at)
        completed = learning_path.pk in completions
        due_date = due_paths.get(learning_path.pk)
        paths.append({"path": learning_path, "done": done, "total": len(ids),
                      "completed": completed, "due_date": due_date,
                      "overdue": bool(due_date and not completed and due_date < today)})
    assigned = sorted(
        [{"kind": "path", "page": item["path"], "status": "completed" if item["completed"]
          else "todo", **item} for item in paths if item["due_date"]]
        + [{"kind": "module", "page": row["module"], **row} for row in rows if row["due_date"]],
        key=lambda item: (item["status"] == "completed", item["due_date"]))
    # The questions (of the attempt and of the quiz) are large JSON the list never shows.
    attempts = list(Attempt.objects.filter(user=user, submitted_at__isnull=False)
                    .select_related("quiz").defer("questions", "quiz__questions")
                    .order_by("-submitted_at")[:history])
    return {"assigned": assigned,
            "rows": [row for row in rows if not row["due_date"]],
            "paths": [item for item in paths if not item["due_date"]],
            "attempts": attempts}


def next_steps(user, *, limit=3):
    """What the person's home shows first: what their organisation assigned and they have
    not completed, the most pressing first (late, then by due date), then the modules they
    started and left, the latest first. At most `limit` items; five queries."""
    today = timezone.localdate()
    progress = {row.module_id: row for row in ModuleProgress.objects.filter(user=user)
                .only("module_id", "completed_at", "updated_at")}
    paths_done = set(PathCompletion.objects.filter(user=user).values_list("path_id", flat=True))
    due = {}  # page id -> (due date, page): the earliest of its assignments
    for assignment in (for_user(user).select_related("module", "path")
                       .defer("module__steps")):
        page = assignment.module or assignment.path
        if page is None or not page.live:
            continue
        done = (progress.get(page.pk) is not None and progress[page.pk].completed_at
                if assignment.module_id else page.pk in paths_done)
        if done:
            continue
        due_date = due_date_for(assignment.due_date, user.date_joined)
        if page.pk not in due or due_date < due[page.pk][0]:
            due[page.pk] = (due_date, page)
    steps = [{"page": page, "due_date": due_date, "overdue": due_date < today,
              "started": page.pk in progress}
             for due_date, page in sorted(due.values(), key=lambda item: item[0])]
    left = sorted((row for row in progress.values()
                   if row.completed_at is None and row.module_id not in due),
                  key=lambda row: row.updated_at, reverse=True)[:max(limit - len(steps), 0)]
    if left:
        modules = ModulePage.objects.live().defer("steps").in_bulk([row.module_id
                                                                     for row in left])
        steps += [{"page": modules[row.module_id], "due_date": None, "overdue": False,
                   "started": True} for row in left if row.module_id in modules]
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
