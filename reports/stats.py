"""Completion figures for HR and the coordination, aggregated in the database.

Every function takes a `people` queryset (already scoped to what the viewer may see and
filtered) and runs a fixed number of queries, whatever the number of people or attempts.

Definitions:
- a module (or path) is *targeted* at the people its audience includes (accounts.audience:
  their job role is in it, or it is empty); its completion rate is the share of the targeted
  people who completed it;
- a job role's completion rate is the share of (person, targeted module) pairs completed;
- a person's status follows their assignments: late, to do, up to date, or no assignment;
  late is past the person's own due date (courses.progress, whose rule the summary tables
  apply when they store each person's next due date).

The figures read the summary tables (reports.models, kept by reports.summaries) when the
view is a whole organisation, or all of them, possibly one job role: then nothing grows with
the number of people or of attempts. Narrower views (a site, a name, a status) count their
people's raw rows, which are few.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db.models import BooleanField, Count, ExpressionWrapper, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts import access
from accounts.audience import includes
from accounts.models import JobRole
from core.staff_search import search_staff
from courses.models import LearningPathPage, ModulePage, ModuleProgress, PathCompletion
from courses.progress import Progress

from .models import CompletionCell, MonthCell, StaffSummary


class Status:
    OVERDUE = "overdue"
    PENDING = "pending"
    UP_TO_DATE = "up_to_date"
    UNASSIGNED = "unassigned"
    CHOICES = [
        (OVERDUE, _("En retard")),
        (PENDING, _("À faire")),
        (UP_TO_DATE, _("À jour")),
        (UNASSIGNED, _("Sans affectation")),
    ]
    LABELS = dict(CHOICES)


def _flag(condition):
    return ExpressionWrapper(condition, output_field=BooleanField())


def with_status(people, *, today=None):
    """`people` with their assignment status annotated, from their StaffSummary
    (has_overdue, has_pending, has_assignment: read by status_of)."""
    today = today or timezone.localdate()
    return people.annotate(has_overdue=_flag(Q(training_summary__next_due__lt=today)),
                           has_pending=_flag(Q(training_summary__next_due__isnull=False)),
                           has_assignment=_flag(Q(training_summary__assigned__gt=0)))


def staff(viewer, *, organisation=None, site="", job_role="", status="", query="", today=None):
    """The active staff `viewer` may see, filtered, with their assignment status annotated
    (with_status)."""
    today = today or timezone.localdate()
    people = with_status(access.visible_users(viewer)
                         .filter(is_active=True, organisation__isnull=False), today=today)
    if organisation is not None:
        people = people.filter(organisation=organisation)
    if site:
        people = people.filter(site=site)
    if job_role:
        people = people.filter(job_role=job_role)
    people = search_staff(people, query)
    if status == Status.OVERDUE:
        people = people.filter(training_summary__next_due__lt=today)
    elif status == Status.PENDING:
        people = people.filter(training_summary__next_due__gte=today)
    elif status == Status.UP_TO_DATE:
        people = people.filter(training_summary__assigned__gt=0,
                               training_summary__next_due__isnull=True)
    elif status == Status.UNASSIGNED:
        people = people.filter(Q(training_summary__isnull=True)
                               | Q(training_summary__assigned=0))
    return people.order_by("last_name", "first_name", "pk")


@dataclass(frozen=True)
class Scope:
    """A view the summary tables answer: some organisations (None: all) and a job role."""

    organisations: tuple | None
    job_role: str = ""
    _memo: dict = field(default_factory=dict, compare=False, repr=False)

    def staff_by_role(self, today):
        """{job role: {"total", "trained", "overdue"}} of the current staff, in one query
        (kept: the headline and the completion both need it)."""
        if today not in self._memo:
            self._memo[today] = {
                row.pop("job_role"): row for row in self.cells(StaffSummary).filter(
                    is_current=True).order_by().values("job_role").annotate(
                    total=Count("pk"), trained=Count("pk", filter=Q(modules_completed__gt=0)),
                    overdue=Count("pk", filter=Q(next_due__lt=today)))}
        return self._memo[today]

    def cells(self, model):
        rows = model.objects.all()
        if self.organisations is not None:
            rows = rows.filter(organisation_id__in=self.organisations)
        if self.job_role:
            rows = rows.filter(job_role=self.job_role)
        return rows


def summary_scope(viewer, *, organisation=None, site="", job_role="", status="", query=""):
    """The Scope of the dashboard's filters, or None when they are narrower (a site, a name,
    a status) than what the summaries keep."""
    if site or status or query:
        return None
    if organisation is not None:
        return Scope((organisation.pk,), job_role)
    if access.is_coordinator(viewer):
        return Scope(None, job_role)
    if access.is_hr(viewer):
        return Scope((viewer.organisation_id,), job_role)
    return None


def team(manager, *, today=None):
    """The people `manager` leads (accounts.access.team_of), in name order, with their
    assignment status annotated."""
    return with_status(access.team_of(manager), today=today).order_by(
        "last_name", "first_name", "pk")


def status_from(has_overdue, has_pending, has_assignment):
    if has_overdue:
        return Status.OVERDUE
    if has_pending:
        return Status.PENDING
    return Status.UP_TO_DATE if has_assignment else Status.UNASSIGNED


def status_of(person):
    """The status of a person of `staff()` (or `with_status()`)."""
    return status_from(person.has_overdue, person.has_pending, person.has_assignment)


def sites(viewer, organisation=None):
    """The distinct sites of one organisation's staff, for the filter (none for the
    coordination across organisations: a site name means nothing there)."""
    if organisation is None and not access.is_hr(viewer):
        return []
    people = access.visible_users(viewer).filter(is_active=True).exclude(site="")
    if organisation is not None:
        people = people.filter(organisation=organisation)
    return list(people.order_by("site").values_list("site", flat=True).distinct()[:500])


def live_modules():
    return list(ModulePage.objects.live().defer("steps").order_by("path"))


def live_paths():
    return list(LearningPathPage.objects.live().order_by("path"))


def ids_of(people):
    """The people's ids as a subquery."""
    return people.order_by().values("pk")


def _targets(page, role):
    return includes(page.audience, role)


def headcount_by_role(people):
    return dict(people.order_by().values_list("job_role").annotate(n=Count("pk")))


def rate(done, total):
    """A whole percentage, or None when there is nothing to divide by."""
    return round(100 * done / total) if total else None


def _completion_rows(pages, counts, done):
    rows = []
    for page in pages:
        roles = [role for role in counts if _targets(page, role)]
        targeted = sum(counts[role] for role in roles)
        completed = sum(done.get((page.pk, role), 0) for role in roles)
        rows.append({"page": page, "targeted": targeted, "completed": completed,
                     "rate": rate(completed, targeted)})
    return rows


def completion(people, *, scope=None, modules=None, paths=None, months=12, today=None):
    """Completion by module, by path and by job role, and modules completed in each of the
    last `months` months: from the summary tables when `scope` says which, otherwise from
    the people's rows (a fixed number of queries either way)."""
    modules = live_modules() if modules is None else modules
    paths = live_paths() if paths is None else paths
    today = today or timezone.localdate()
    firsts, bounds = month_bounds(today, months)
    if scope is not None:
        counts, done, per_month = _summarised_completion(scope, firsts, today)
    else:
        counts, done, per_month = _counted_completion(people, firsts, bounds)
    by_role = []
    for role, label in JobRole.choices:
        if not counts.get(role):
            continue
        targeted = [m for m in modules if _targets(m, role)]
        expected = counts[role] * len(targeted)
        completed = sum(done.get((m.pk, role), 0) for m in targeted)
        by_role.append({"job_role": role, "label": label, "people": counts[role],
                        "modules": len(targeted), "expected": expected,
                        "completed": completed, "rate": rate(completed, expected)})
    return {"people": sum(counts.values()),
            "modules": _completion_rows(modules, counts, done),
            "paths": _completion_rows(paths, counts, done),
            "job_roles": by_role,
            "months": [{"month": first, "count": n} for first, n in zip(firsts, per_month,
                                                                        strict=True)]}


def _summarised_completion(scope, firsts, today):
    counts = {role: row["total"] for role, row in scope.staff_by_role(today).items()}
    done = {(page, role): n for page, role, n in scope.cells(CompletionCell).order_by()
            .values_list("page_id", "job_role").annotate(n=Sum("completed"))}
    by_month = dict(scope.cells(MonthCell).filter(month__in=firsts).order_by()
                    .values_list("month").annotate(n=Sum("completions_current")))
    return counts, done, [by_month.get(first, 0) for first in firsts]


def _counted_completion(people, firsts, bounds):
    counts = headcount_by_role(people)
    monthly = {f"m{index}": Count("pk", filter=Q(completed_at__gte=bounds[index],
                                                 completed_at__lt=bounds[index + 1]))
               for index in range(len(firsts))}
    done, per_month = {}, [0] * len(firsts)
    for row in (ModuleProgress.objects.filter(user__in=ids_of(people), completed_at__isnull=False)
                .order_by().values("module_id", "user__job_role")
                .annotate(n=Count("pk"), **monthly)):
        done[row["module_id"], row["user__job_role"]] = row["n"]
        for index in range(len(firsts)):
            per_month[index] += row[f"m{index}"]
    for path_id, role, n in PathCompletion.objects.filter(user__in=ids_of(people)).order_by(
            ).values_list("path_id", "user__job_role").annotate(n=Count("pk")):
        done[path_id, role] = n
    return counts, done, per_month


def headline(people, *, scope=None, today=None):
    """The figures at the top of the dashboard (one query)."""
    today = today or timezone.localdate()
    if scope is not None:
        by_role = scope.staff_by_role(today).values()
        figures = {name: sum(row[name] for row in by_role)
                   for name in ("total", "trained", "overdue")}
    else:
        figures = people.order_by().aggregate(
            total=Count("pk"),
            trained=Count("pk", filter=Q(training_summary__modules_completed__gt=0)),
            overdue=Count("pk", filter=Q(training_summary__next_due__lt=today)))
    figures["trained_rate"] = rate(figures["trained"], figures["total"])
    return figures


def months_back(today, count):
    """The first days of the `count` months ending with `today`'s month, oldest first."""
    year, month = today.year, today.month
    firsts = []
    for _index in range(count):
        firsts.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return list(reversed(firsts))


def month_bounds(today, months):
    """The first days of the last `months` months and their local-midnight boundaries
    (one more than the months: the end of the current month)."""
    firsts = months_back(today, months)
    following = (firsts[-1].replace(day=28) + timedelta(days=4)).replace(day=1)
    bounds = [timezone.make_aware(datetime.combine(first, time.min))
              for first in [*firsts, following]]
    return firsts, bounds


def training_details(people_list, *, today=None):
    """Per person of a page of the staff list: assignments done, late, modules completed,
    last activity (courses.progress: four queries at most, whatever the page size)."""
    tracker = Progress(people_list, today=today)
    return {person.pk: details_of(tracker, person) for person in people_list}


def details_of(tracker, person):
    """One person's details (see training_details) from a courses.progress.Progress."""
    items = [{"title": status.page.title, "due_date": status.due_date,
              "done": status.completed, "overdue": status.late, "status": status}
             for status in tracker.assignments(person)]
    return {
        "assigned": len(items),
        "assigned_done": sum(1 for i in items if i["done"]),
        "overdue_items": [i for i in items if i["overdue"]],
        "items": items,
        "modules_done": tracker.modules_completed(person),
        "last_activity": tracker.last_activity(person),
    }


def late_people(people, *, limit=20):
    """The first `limit` people late on an assignment (training_details says on what)."""
    return list(people.filter(has_overdue=True).select_related("organisation")[:limit])

