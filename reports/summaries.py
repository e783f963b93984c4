"""Keeping the summary tables (reports.models) equal to the raw rows.

A change to someone's training (a module started or completed, a quiz attempt, a presence,
an assignment, their organisation, job role or state) *marks* what it touches: the person,
and the months of their organisation × job role. `flush` recomputes exactly that from the raw
rows, after locking the organisations' rows, so that two changes in one organisation never
overwrite each other's counts. The signal handlers (reports.signals) flush at once, inside
the transaction of the change; `deferred()` gathers the marks of a bulk operation and flushes
once at its end; `rebuild()` recomputes everything (`manage.py rebuild_summaries`).

Every count follows one definition, written once here (the `*_cells` and `staff_rows`
functions): a full rebuild and a partial refresh cannot disagree.
"""

import threading
from collections import Counter, defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, DateField, Min, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from accounts.models import Organisation
from courses import progress
from courses.models import Assignment, ModulePage, ModuleProgress, PathCompletion
from quizzes.models import Attempt
from scheduling.models import Registration

from .models import CompletionCell, ModuleMonthCell, MonthCell, SessionCell, StaffSummary

CHUNK = 2000
STAFF_FIELDS = ("organisation", "job_role", "is_current", "is_deleted", "modules_completed",
                "first_trained_month", "assigned", "assigned_done", "next_due")


def month_of(moment):
    """The first day of the local month of a datetime or date, or None."""
    if moment is None:
        return None
    if isinstance(moment, datetime):
        moment = timezone.localtime(moment).date()
    return moment.replace(day=1)


def month_start(first):
    """Local midnight of a month's first day, as an aware datetime."""
    return timezone.make_aware(datetime.combine(first, time.min))


def next_month(first):
    return (first.replace(day=28) + timedelta(days=4)).replace(day=1)


def _truncated(field_name):
    return TruncMonth(field_name, output_field=DateField())


def _in_months(field_name, months):
    """Rows whose `field_name` falls in one of `months` (None: every month)."""
    if months is None:
        return Q()
    condition = Q(pk__in=[])
    for first in months:
        condition |= Q(**{f"{field_name}__gte": month_start(first),
                          f"{field_name}__lt": month_start(next_month(first))})
    return condition


def _people(prefix, organisations, job_role, *, current=False):
    """Rows of people counted by the summaries (not deleted, in an organisation), restricted
    to `organisations` (None: all) and `job_role` (None: all)."""
    condition = Q(**{f"{prefix}deleted_at__isnull": True,
                     f"{prefix}organisation__isnull": False})
    if current:
        condition &= Q(**{f"{prefix}is_active": True})
    if organisations is not None:
        condition &= Q(**{f"{prefix}organisation_id__in": list(organisations)})
    if job_role is not None:
        condition &= Q(**{f"{prefix}job_role": job_role})
    return condition


# --- Definitions ----------------------------------------------------------------------------

def month_cells(organisations=None, job_role=None, months=None):
    """{(organisation, job role, month): Counter of MonthCell.FIGURES} from the raw rows."""
    cells = defaultdict(Counter)
    key = ("user__organisation_id", "user__job_role", "month")
    progress = ModuleProgress.objects.filter(_people("user__", organisations, job_role))
    for org, role, month, started, completed in (
            progress.filter(_in_months("started_at", months))
            .annotate(month=_truncated("started_at")).order_by().values_list(*key)
            .annotate(n=Count("pk"), done=Count("pk", filter=Q(completed_at__isnull=False)))):
        cells[org, role, month].update(started=started, started_completed=completed)
    for org, role, month, completions, current in (
            progress.filter(_in_months("completed_at", months), completed_at__isnull=False)
            .annotate(month=_truncated("completed_at")).order_by().values_list(*key)
            .annotate(n=Count("pk"), current=Count("pk", filter=Q(user__is_active=True)))):
        cells[org, role, month].update(completions=completions, completions_current=current)
    for org, role, month, attempts, passed in (
            Attempt.objects.filter(_people("user__", organisations, job_role),
                                   _in_months("submitted_at", months),
                                   submitted_at__isnull=False)
            .annotate(month=_truncated("submitted_at")).order_by().values_list(*key)
            .annotate(n=Count("pk"), passed=Count("pk", filter=Q(passed=True)))):
        cells[org, role, month].update(attempts=attempts, passed=passed)
    for org, role, month, attended in (
            Registration.objects.filter(_people("user__", organisations, job_role),
                                        _in_months("session__starts_at", months),
                                        status=Registration.Status.ATTENDED,
                                        session__starts_at__isnull=False)
            .annotate(month=_truncated("session__starts_at")).order_by().values_list(*key)
            .annotate(n=Count("pk"))):
        cells[org, role, month].update(attended=attended)
    return cells


def module_month_cells(organisations=None, months=None, modules=None):
    """{(organisation, module, month): Counter of ModuleMonthCell.FIGURES}; a quiz's attempts
    count for every module that uses it; `modules`: only those."""
    cells = defaultdict(Counter)
    modules_of = defaultdict(list)
    uses = ModulePage.objects.filter(quiz__isnull=False)
    if modules is not None:
        uses = uses.filter(pk__in=list(modules))
    for module_id, quiz_id in uses.values_list("pk", "quiz_id"):
        modules_of[quiz_id].append(module_id)
    progress = ModuleProgress.objects.filter(_people("user__", organisations, None),
                                             _in_months("started_at", months))
    attempts = Attempt.objects.filter(_people("user__", organisations, None),
                                      _in_months("submitted_at", months),
                                      submitted_at__isnull=False)
    if modules is not None:
        progress = progress.filter(module_id__in=list(modules))
        attempts = attempts.filter(quiz_id__in=list(modules_of))
    for org, module, month, started, completed in (
            progress
            .annotate(month=_truncated("started_at")).order_by()
            .values_list("user__organisation_id", "module_id", "month")
            .annotate(n=Count("pk"), done=Count("pk", filter=Q(completed_at__isnull=False)))):
        cells[org, module, month].update(started=started, started_completed=completed)
    for org, quiz_id, month, count, passed in (
            attempts.annotate(month=_truncated("submitted_at")).order_by()
            .values_list("user__organisation_id", "quiz_id", "month")
            .annotate(n=Count("pk"), passed=Count("pk", filter=Q(passed=True)))):
        for module_id in modules_of.get(quiz_id, ()):
            cells[org, module_id, month].update(attempts=count, passed=passed)
    return cells


def completion_cells(organisations=None, job_role=None, pages=None):
    """{(organisation, job role, page): completed} for the current staff: modules completed
    and paths completed (module and path pages never share an id); `pages`: only those."""
    cells = Counter()
    key = ("user__organisation_id", "user__job_role")
    progress = ModuleProgress.objects.filter(_people("user__", organisations, job_role,
                                                     current=True), completed_at__isnull=False)
    paths = PathCompletion.objects.filter(_people("user__", organisations, job_role,
                                                  current=True))
    if pages is not None:
        progress = progress.filter(module_id__in=list(pages))
        paths = paths.filter(path_id__in=list(pages))
    for org, role, page, n in progress.order_by().values_list(*key, "module_id").annotate(
            n=Count("pk")):
        cells[org, role, page] += n
    for org, role, page, n in paths.order_by().values_list(*key, "path_id").annotate(
            n=Count("pk")):
        cells[org, role, page] += n
    return cells


def staff_rows(user_ids=None):
    """StaffSummary rows (unsaved) of `user_ids` (None: everybody), by chunks."""
    users = get_user_model().objects.order_by("pk")
    if user_ids is not None:
        users = users.filter(pk__in=list(user_ids))
    fields = ("pk", "organisation_id", "job_role", "is_active", "deleted_at", "date_joined",
              "start_date")
    people = list(users.values_list(*fields))
    assignments_of = {}
    for start in range(0, len(people), CHUNK):
        chunk = people[start:start + CHUNK]
        ids = [person[0] for person in chunk]
        organisations = {person[1] for person in chunk} - {None} - set(assignments_of)
        for org in organisations:
            assignments_of[org] = []
        for assignment in Assignment.objects.filter(
                organisation_id__in=organisations, invitation__isnull=True).values(
                "organisation_id", "module_id", "path_id", "job_role", "person_id", "due_date",
                "due_days", "created_at"):
            assignment["assigned_on"] = progress.assigned_on(assignment)
            assignments_of[assignment["organisation_id"]].append(assignment)
        modules_done, first_completed = defaultdict(set), {}
        for user_id, module_id, completed_at in ModuleProgress.objects.filter(
                user_id__in=ids, completed_at__isnull=False).values_list(
                "user_id", "module_id", "completed_at"):
            modules_done[user_id].add(module_id)
            if user_id not in first_completed or completed_at < first_completed[user_id]:
                first_completed[user_id] = completed_at
        paths_done = defaultdict(set)
        for user_id, path_id in PathCompletion.objects.filter(user_id__in=ids).values_list(
                "user_id", "path_id"):
            paths_done[user_id].add(path_id)
        first_attended = dict(
            Registration.objects.filter(user_id__in=ids, status=Registration.Status.ATTENDED,
                                        session__starts_at__isnull=False)
            .order_by().values("user_id").annotate(first=Min("session__starts_at"))
            .values_list("user_id", "first"))
        for pk, org, role, is_active, deleted_at, date_joined, start_date in chunk:
            arrived_on = progress.arrival(start_date, date_joined)
            firsts = [moment for moment in (first_completed.get(pk), first_attended.get(pk))
                      if moment is not None]
            assigned = done = 0
            next_due = None
            for assignment in assignments_of.get(org, ()):
                if not progress.applies_to(assignment, pk, role):
                    continue
                assigned += 1
                if (assignment["module_id"] in modules_done[pk] if assignment["module_id"]
                        else assignment["path_id"] in paths_done[pk]):
                    done += 1
                    continue
                due = progress.due_on(due_date=assignment["due_date"],
                                      due_days=assignment["due_days"],
                                      assigned_on=assignment["assigned_on"],
                                      arrived_on=arrived_on)
                next_due = due if next_due is None else min(next_due, due)
            yield StaffSummary(
                user_id=pk, organisation_id=org, job_role=role,
                is_current=bool(is_active and org and deleted_at is None),
                is_deleted=deleted_at is not None, modules_completed=len(modules_done[pk]),
                first_trained_month=month_of(min(firsts)) if firsts else None,
                assigned=assigned, assigned_done=done, next_due=next_due)


def session_cells(session_ids=None):
    """{session: (seated, present, hours)} from the registrations."""
    registrations = Registration.objects.filter(status__in=Registration.SEATED)
    if session_ids is not None:
        registrations = registrations.filter(session_id__in=list(session_ids))
    return {session: (seated, present, hours) for session, seated, present, hours in (
        registrations.order_by().values_list("session_id").annotate(
            seated=Count("pk"), present=Count("pk", filter=Q(
                status=Registration.Status.ATTENDED)), hours=Sum("hours_attended")))}


def refresh_sessions(session_ids):
    """Recompute the SessionCell of these sessions (a handful of registrations each)."""
    session_ids = list(session_ids)
    computed = session_cells(session_ids)
    SessionCell.objects.filter(session_id__in=session_ids).exclude(
        session_id__in=list(computed)).delete()
    _write_sessions(computed)


def _write_sessions(computed):
    SessionCell.objects.bulk_create(
        [SessionCell(session_id=pk, seated=seated, present=present, hours=hours or 0)
         for pk, (seated, present, hours) in computed.items()],
        batch_size=CHUNK, update_conflicts=True, unique_fields=["session"],
        update_fields=["seated", "present", "hours"])


# --- Writing --------------------------------------------------------------------------------

def _write_staff(rows):
    StaffSummary.objects.bulk_create(rows, batch_size=CHUNK, update_conflicts=True,
                                     unique_fields=["user"], update_fields=list(STAFF_FIELDS))


def _write_completion(cells):
    CompletionCell.objects.bulk_create([
        CompletionCell(organisation_id=org, job_role=role, page_id=page, completed=n)
        for (org, role, page), n in cells.items()], batch_size=CHUNK)


def _write_cells(model, cells, key_fields, figures):
    model.objects.bulk_create([
        model(**dict(zip(key_fields, key, strict=True)), **{name: counts[name]
                                                          for name in figures})
        for key, counts in cells.items() if any(counts.values())], batch_size=CHUNK)


def refresh_cells(organisation_id, job_role, touch):
    """Recompute the cells of one organisation and job role that `touch` names: completion
    of its pages, the monthly figures of its months (None: all; empty: none)."""
    months, pages = touch.months, touch.pages
    if pages is None or pages:
        stale = CompletionCell.objects.filter(organisation_id=organisation_id,
                                              job_role=job_role)
        if pages is not None:
            stale = stale.filter(page_id__in=list(pages))
        stale.delete()
        _write_completion(completion_cells([organisation_id], job_role, pages))
    if months is not None and not months:
        return
    stale = MonthCell.objects.filter(organisation_id=organisation_id, job_role=job_role)
    module_stale = ModuleMonthCell.objects.filter(organisation_id=organisation_id)
    if months is not None:
        stale = stale.filter(month__in=list(months))
        module_stale = module_stale.filter(month__in=list(months))
    if pages is not None:
        module_stale = module_stale.filter(module_id__in=list(pages))
    stale.delete()
    _write_cells(MonthCell, month_cells([organisation_id], job_role, months),
                 ("organisation_id", "job_role", "month"), MonthCell.FIGURES)
    if pages is None or pages:
        module_stale.delete()
        _write_cells(ModuleMonthCell, module_month_cells([organisation_id], months, pages),
                     ("organisation_id", "module_id", "month"), ModuleMonthCell.FIGURES)


def forget_page(page_id):
    """The cells of a deleted module or path page."""
    CompletionCell.objects.filter(page_id=page_id).delete()
    ModuleMonthCell.objects.filter(module_id=page_id).delete()


@transaction.atomic
def rebuild():
    """Recompute every summary table from the raw rows."""
    for model in (StaffSummary, CompletionCell, MonthCell, ModuleMonthCell, SessionCell):
        model.objects.all().delete()
    _write_sessions(session_cells())
    rows = []
    for row in staff_rows():
        rows.append(row)
        if len(rows) >= CHUNK:
            StaffSummary.objects.bulk_create(rows)
            rows = []
    StaffSummary.objects.bulk_create(rows)
    _write_completion(completion_cells())
    _write_cells(MonthCell, month_cells(), ("organisation_id", "job_role", "month"),
                 MonthCell.FIGURES)
    _write_cells(ModuleMonthCell, module_month_cells(), ("organisation_id", "module_id", "month"),
                 ModuleMonthCell.FIGURES)


# --- Marking and flushing -------------------------------------------------------------------

@dataclass
class Touch:
    """Months and pages (modules, paths) whose figures may have changed; None: all."""

    months: set | None = field(default_factory=set)
    pages: set | None = field(default_factory=set)

    def add(self, months=(), pages=()):
        if months is None or self.months is None:
            self.months = None
        else:
            self.months.update(m for m in months if m is not None)
        if pages is None or self.pages is None:
            self.pages = None
        else:
            self.pages.update(p for p in pages if p is not None)
        return self


EVERYTHING = {"months": None, "pages": None}


@dataclass
class Marks:
    """What a change touched: people, with the months and pages of their own cells, and
    cells of an organisation and job role."""

    people: dict = field(default_factory=dict)
    cells: dict = field(default_factory=dict)

    def person(self, user_id, months=(), pages=()):
        self.people.setdefault(user_id, Touch()).add(months, pages)

    def cell(self, organisation_id, job_role, months=None, pages=None):
        if organisation_id is not None:
            self.cells.setdefault((organisation_id, job_role), Touch()).add(months, pages)

    def __bool__(self):
        return bool(self.people or self.cells)


_local = threading.local()


def _pending():
    return getattr(_local, "marks", None)


def mark_person(user_id, months=(), pages=()):
    """Someone's training changed, in these months and pages of their cells."""
    _submit(lambda marks: marks.person(user_id, months, pages))


def mark_people(user_ids):
    _submit(lambda marks: [marks.person(pk) for pk in user_ids])


def mark_cells(organisation_id, job_role):
    """Everything of an organisation and job role."""
    _submit(lambda marks: marks.cell(organisation_id, job_role, **EVERYTHING))


def _submit(add):
    marks = _pending()
    if marks is not None:
        add(marks)
        return
    marks = Marks()
    add(marks)
    flush(marks)


@contextmanager
def deferred():
    """Gather the marks of the block and flush them once at its end (nested: the outer
    block flushes)."""
    if _pending() is not None:
        yield
        return
    _local.marks = Marks()
    try:
        yield
        marks = _local.marks
    finally:
        _local.marks = None
    flush(marks)


def flush(marks):
    """Recompute what `marks` touched, in one transaction, organisations locked in order."""
    if not marks:
        return
    with transaction.atomic():
        people = list(marks.people)
        before = {row.user_id: row for row in StaffSummary.objects.filter(user_id__in=people)}
        now = {row.user_id: row for row in staff_rows(people)}
        organisations = {key[0] for key in marks.cells}
        organisations |= {row.organisation_id for row in [*before.values(), *now.values()]}
        organisations.discard(None)
        list(Organisation.objects.select_for_update().filter(pk__in=organisations)
             .order_by("pk").values_list("pk"))
        if now:
            _write_staff(list(now.values()))
        for user_id, touch in marks.people.items():
            old, new = before.get(user_id), now.get(user_id)
            old_key = (old.organisation_id, old.job_role, old.is_current, old.is_deleted) \
                if old else None
            new_key = (new.organisation_id, new.job_role, new.is_current, new.is_deleted) \
                if new else None
            if old_key != new_key:
                for key in (old_key, new_key):
                    if key is not None:
                        marks.cell(key[0], key[1], **EVERYTHING)
                continue
            if new is not None:
                marks.cell(new.organisation_id, new.job_role, touch.months, touch.pages)
        for (organisation_id, job_role), touch in sorted(
                marks.cells.items(), key=lambda item: (item[0][0], item[0][1])):
            refresh_cells(organisation_id, job_role, touch)


# --- Checking -------------------------------------------------------------------------------

def _stored(model, key_fields, figures, organisations):
    rows = model.objects.all()
    if organisations is not None:
        rows = rows.filter(organisation_id__in=organisations)
    return {tuple(values[:len(key_fields)]): Counter(dict(zip(figures, values[len(key_fields):],
                                                              strict=True)))
            for values in rows.values_list(*key_fields, *figures)}


def _compare(name, stored, computed, differences):
    for key in sorted(set(stored) | set(computed), key=str):
        mine = +Counter(stored.get(key, {}))
        truth = +Counter(computed.get(key, {}))
        if mine != truth:
            differences.append(f"{name} {key}: summary {dict(mine)} ≠ raw {dict(truth)}")


def differences(organisation=None):
    """Where the summary tables differ from the raw rows (empty when they agree)."""
    organisations = None if organisation is None else [getattr(organisation, "pk",
                                                               organisation)]
    found = []
    staff = StaffSummary.objects.all()
    users = None
    if organisations is not None:
        staff = staff.filter(organisation_id__in=organisations)
        users = get_user_model().objects.filter(organisation_id__in=organisations).values_list(
            "pk", flat=True)
    stored = {row.user_id: tuple(getattr(row, f"{name}_id" if name == "organisation" else name)
                                 for name in STAFF_FIELDS) for row in staff}
    computed = {row.user_id: tuple(getattr(row, f"{name}_id" if name == "organisation"
                                           else name) for name in STAFF_FIELDS)
                for row in staff_rows(users)}
    for user_id in sorted(set(stored) | set(computed)):
        if stored.get(user_id) != computed.get(user_id):
            found.append(f"StaffSummary {user_id}: summary {stored.get(user_id)} ≠ raw "
                         f"{computed.get(user_id)}")
    _compare("CompletionCell",
             _stored(CompletionCell, ("organisation_id", "job_role", "page_id"), ("completed",),
                     organisations),
             {key: {"completed": n} for key, n in completion_cells(organisations).items()},
             found)
    _compare("MonthCell",
             _stored(MonthCell, ("organisation_id", "job_role", "month"), MonthCell.FIGURES,
                     organisations),
             month_cells(organisations), found)
    if organisations is None:
        stored_sessions = {row[0]: Counter(seated=row[1], present=row[2], hours=row[3])
                           for row in SessionCell.objects.values_list("session_id", "seated",
                                                                      "present", "hours")}
        _compare("SessionCell", stored_sessions,
                 {pk: Counter(seated=seated, present=present, hours=hours or 0)
                  for pk, (seated, present, hours) in session_cells().items()}, found)
    _compare("ModuleMonthCell",
             _stored(ModuleMonthCell, ("organisation_id", "module_id", "month"),
                     ModuleMonthCell.FIGURES, organisations),
             module_month_cells(organisations), found)
    return found
