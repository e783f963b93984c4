"""Programme indicators for the coordination, over whole months, by organisation and job role.

They read the summary tables (reports.models), so they cost the same whatever the history.
People whose account was deleted are left out; deactivated accounts count (their training
happened).

- people: staff accounts of the organisation and job role;
- trained: people who had completed a module or attended a session by the end of the period;
  newly trained: those whose first training falls in the period;
- presences: presences at sessions that started in the period;
- modules started: module progress started in the period; completed: how many of those are
  completed to date (completion rate = completed / started);
- quiz attempts / passed: attempts submitted in the period (pass rate = passed / attempts);
- sessions: see reports.sessions.
"""

from collections import defaultdict
from datetime import timedelta

from django.db.models import Count, Q, Sum

from accounts.models import JobRole, Organisation
from courses.models import ModulePage

from .models import ModuleMonthCell, MonthCell, StaffSummary
from .sessions import session_indicators
from .stats import rate
from .summaries import month_start, next_month

FIGURES = ("people", "trained", "newly_trained", "attended", "started", "completed",
           "attempts", "passed")


def whole_months(date_from, date_to):
    """The period the indicators cover: from the first day of `date_from`'s month to the last
    day of `date_to`'s month."""
    first = date_from.replace(day=1)
    last = date_to.replace(day=1)
    return first, last, next_month(last) - timedelta(days=1)


def period_bounds(date_from, date_to):
    """[start, end) of the whole months, as aware datetimes (local midnights)."""
    first, last, _last_day = whole_months(date_from, date_to)
    return month_start(first), month_start(next_month(last))


def indicators(date_from, date_to, *, organisation=None):
    """Rows by organisation and job role, totals, per-module and sessions figures (a fixed
    number of queries)."""
    first, last, last_day = whole_months(date_from, date_to)
    people = StaffSummary.objects.filter(is_deleted=False, organisation__isnull=False)
    months = MonthCell.objects.filter(month__gte=first, month__lte=last)
    module_months = ModuleMonthCell.objects.filter(month__gte=first, month__lte=last)
    if organisation is not None:
        people = people.filter(organisation=organisation)
        months = months.filter(organisation=organisation)
        module_months = module_months.filter(organisation=organisation)

    cells = defaultdict(lambda: dict.fromkeys(FIGURES, 0))
    for org, role, count, trained, newly in (
            people.order_by().values_list("organisation_id", "job_role").annotate(
                n=Count("pk"), trained=Count("pk", filter=Q(first_trained_month__lte=last)),
                newly=Count("pk", filter=Q(first_trained_month__gte=first,
                                           first_trained_month__lte=last)))):
        cells[org, role].update(people=count, trained=trained, newly_trained=newly)
    for org, role, attended, started, completed, attempts, passed in (
            months.order_by().values_list("organisation_id", "job_role").annotate(
                attended=Sum("attended"), started=Sum("started"),
                completed=Sum("started_completed"), attempts=Sum("attempts"),
                passed=Sum("passed"))):
        cells[org, role].update(attended=attended, started=started, completed=completed,
                                attempts=attempts, passed=passed)

    names = dict(Organisation.objects.filter(pk__in={org for org, _r in cells})
                 .values_list("pk", "name"))
    labels = {role: str(label) for role, label in JobRole.choices}  # translated once
    rows = [{"organisation": names.get(org, ""), "organisation_id": org, "job_role": role,
             "job_role_label": labels.get(role, role), **figures}
            for (org, role), figures in cells.items()]
    rows.sort(key=lambda r: (r["organisation"], str(r["job_role_label"])))
    totals, by_role, by_organisation = _summed(rows)
    for item in [*rows, totals, *by_role.values(), *by_organisation.values()]:
        item["completion_rate"] = rate(item["completed"], item["started"])
        item["pass_rate"] = rate(item["passed"], item["attempts"])
    start, end = period_bounds(date_from, date_to)
    return {"rows": rows, "totals": totals, "date_from": first, "date_to": last_day,
            "by_role": [{"job_role_label": label, **by_role[role]}
                        for role, label in JobRole.choices if role in by_role],
            "by_organisation": sorted(
                ({"organisation": names.get(org, ""), "organisation_id": org, **figures}
                 for org, figures in by_organisation.items()),
                key=lambda row: row["organisation"]),
            "modules": _by_module(module_months),
            "sessions": session_indicators(start, end, organisation=organisation)}


def _summed(rows):
    """The FIGURES of the rows added up: in all, by job role, by organisation (one pass)."""
    totals = dict.fromkeys(FIGURES, 0)
    by_role, by_organisation = {}, {}
    for row in rows:
        role = by_role.setdefault(row["job_role"], dict.fromkeys(FIGURES, 0))
        organisation = by_organisation.setdefault(row["organisation_id"],
                                                  dict.fromkeys(FIGURES, 0))
        for name in FIGURES:
            value = row[name]
            totals[name] += value
            role[name] += value
            organisation[name] += value
    return totals, by_role, by_organisation


def _by_module(module_months):
    modules = list(ModulePage.objects.live().defer("steps").order_by("path"))
    figures = {module_id: (started, completed, attempts, passed)
               for module_id, started, completed, attempts, passed in (
                   module_months.order_by().values_list("module_id").annotate(
                       started=Sum("started"), completed=Sum("started_completed"),
                       attempts=Sum("attempts"), passed=Sum("passed")))}
    rows = []
    for module in modules:
        started, completed, total, passed = figures.get(module.pk, (0, 0, 0, 0))
        rows.append({"module": module, "started": started, "completed": completed,
                     "completion_rate": rate(completed, started), "attempts": total,
                     "passed": passed, "pass_rate": rate(passed, total)})
    return rows
