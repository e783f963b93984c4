"""Programme indicators for the coordination, over a period, by organisation and job role.

- people: staff accounts of the organisation and job role (deactivated ones included: their
  training in the period counts; deleted accounts left out);
- modules started / completed: module progress started during the period, and how many of
  those were completed by the end of the period (completion rate = completed / started);
- quiz attempts / passed: attempts submitted during the period (pass rate = passed / attempts);
- trained: people who completed a module or attended a session during the period;
- sessions: see reports.sessions.
"""

from collections import defaultdict
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone

from accounts.models import JobRole, Organisation
from courses.models import ModulePage, ModuleProgress
from quizzes.models import Attempt

from .sessions import attended_in_period, session_indicators
from .stats import rate

FIGURES = ("people", "trained", "attended", "started", "completed", "attempts", "passed")


def period_bounds(date_from, date_to):
    """[start, end) in aware datetimes: from the first day's midnight to after the last day."""
    start = timezone.make_aware(datetime.combine(date_from, time.min))
    end = timezone.make_aware(datetime.combine(date_to + timedelta(days=1), time.min))
    return start, end


def indicators(date_from, date_to, *, organisation=None):
    """Rows by organisation and job role, totals, per-module and sessions figures (a fixed
    number of queries)."""
    start, end = period_bounds(date_from, date_to)
    users = get_user_model().objects.filter(deleted_at__isnull=True, organisation__isnull=False)
    progress = ModuleProgress.objects.all()
    attempts = Attempt.objects.filter(submitted_at__gte=start, submitted_at__lt=end)
    if organisation is not None:
        users = users.filter(organisation=organisation)
        progress = progress.filter(user__organisation=organisation)
        attempts = attempts.filter(user__organisation=organisation)

    keys = ("user__organisation", "user__job_role")
    cells = defaultdict(lambda: dict.fromkeys(FIGURES, 0))
    completed_module = ModuleProgress.objects.filter(user=OuterRef("pk"), completed_at__gte=start,
                                                     completed_at__lt=end)
    for org, role, people, trained, attended in (
            users.annotate(by_module=Exists(completed_module),
                           by_session=Exists(attended_in_period(start, end)))
            .order_by().values_list("organisation", "job_role")
            .annotate(people=Count("pk"),
                      trained=Count("pk", filter=Q(by_module=True) | Q(by_session=True)),
                      attended=Count("pk", filter=Q(by_session=True)))):
        cells[org, role].update(people=people, trained=trained, attended=attended)
    started_in_period = progress.filter(started_at__gte=start, started_at__lt=end)
    for org, role, started, completed in (
            started_in_period.order_by().values_list(*keys)
            .annotate(started=Count("pk"),
                      completed=Count("pk", filter=Q(completed_at__lt=end)))):
        cells[org, role].update(started=started, completed=completed)
    for org, role, total, passed in (attempts.order_by().values_list(*keys).annotate(
            total=Count("pk"), passed=Count("pk", filter=Q(passed=True)))):
        cells[org, role].update(attempts=total, passed=passed)

    names = dict(Organisation.objects.filter(pk__in={org for org, _r in cells})
                 .values_list("pk", "name"))
    labels = dict(JobRole.choices)
    rows = []
    for (org, role), figures in cells.items():
        if org is None:
            continue
        rows.append({"organisation": names.get(org, ""), "organisation_id": org,
                     "job_role": role, "job_role_label": labels.get(role, role), **figures})
    rows.sort(key=lambda r: (r["organisation"], str(r["job_role_label"])))
    totals = dict.fromkeys(FIGURES, 0)
    for row in rows:
        for key in totals:
            totals[key] += row[key]
    for item in [*rows, totals]:
        item["completion_rate"] = rate(item["completed"], item["started"])
        item["pass_rate"] = rate(item["passed"], item["attempts"])
    return {"rows": rows, "totals": totals,
            "modules": _by_module(started_in_period, attempts, end),
            "sessions": session_indicators(start, end, organisation=organisation)}


def _by_module(started_in_period, attempts, end):
    modules = list(ModulePage.objects.live().defer("steps").order_by("path"))
    progress = {module_id: (started, completed) for module_id, started, completed in (
        started_in_period.order_by().values_list("module_id")
        .annotate(started=Count("pk"), completed=Count("pk", filter=Q(completed_at__lt=end))))}
    by_quiz = {quiz_id: (total, passed) for quiz_id, total, passed in (
        attempts.order_by().values_list("quiz_id")
        .annotate(total=Count("pk"), passed=Count("pk", filter=Q(passed=True))))}
    rows = []
    for module in modules:
        started, completed = progress.get(module.pk, (0, 0))
        total, passed = by_quiz.get(module.quiz_id, (0, 0)) if module.quiz_id else (0, 0)
        rows.append({"module": module, "started": started, "completed": completed,
                     "completion_rate": rate(completed, started), "attempts": total,
                     "passed": passed, "pass_rate": rate(passed, total)})
    return rows
