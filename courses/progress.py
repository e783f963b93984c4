"""Where people stand on modules and learning paths, and by when they must finish what their
organisation assigned them: the rules, written once, and their reading for many people at
once (a fixed number of queries, whatever the number of people).

States: a module is *todo* (never opened), *in_progress* (opened, not completed) or
*completed*; a path is *completed* once its completion is recorded, *in_progress* when one of
its modules is started, *todo* otherwise.

Due dates. An assignment (courses.models.Assignment) says "before a date" (`due_date`) or
"within N days of arrival" (`due_days`), never both. For one person:

- their *arrival* is their first day in the organisation (User.start_date), or the day their
  account was created (the local date of `date_joined`) when HR gave no start date or when
  the account came later: nobody is late before their account exists;
- "within N days of arrival": N days after their arrival, or after the day the assignment
  was made for those who were there already (nobody is late the day an assignment appears);
- "before D": D for whoever arrived before D; someone who arrives on D or later (a newcomer
  the assignment of their job role was already due for) gets NEWCOMER_DAYS from their
  arrival instead, as for a relative date;
- they are *late* when they have not completed the module or path and their own due date
  is before today.

The same rules serve everywhere: "Mon parcours" and the home page (courses.services), the
HR pages and exports (reports.stats, reports.person, reports.exports), the summary tables
(reports.summaries stores each person's earliest due date computed with `due_on`, so that
the dashboards filter on it in SQL) and the reminders (`late_q`: the rule as a condition on
people, courses.assignments). tests/courses/test_progress.py checks that Python and SQL agree.
"""

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from django.db.models import Q
from django.utils import timezone

from .models import (
    Assignment,
    LearningPathPage,
    ModulePage,
    ModuleProgress,
    PathCompletion,
    PathModule,
)

NOT_STARTED = "todo"
IN_PROGRESS = "in_progress"
COMPLETED = "completed"

# Someone who arrives when a dated assignment is already due gets this many days.
NEWCOMER_DAYS = 30


# --- The rules ------------------------------------------------------------------------------

def arrival(start_date, date_joined):
    """A person's arrival: their start date, unless their account was created later."""
    joined_on = timezone.localdate(date_joined) if isinstance(date_joined, datetime) \
        else date_joined
    return max(start_date, joined_on) if start_date else joined_on


def arrival_of(person):
    return arrival(person.start_date, person.date_joined)


def due_on(*, due_date, due_days, assigned_on, arrived_on):
    """A person's own due date for an assignment (see the module's docstring)."""
    if due_days is not None:
        return max(arrived_on, assigned_on) + timedelta(days=due_days)
    if due_date > arrived_on:
        return due_date
    return arrived_on + timedelta(days=NEWCOMER_DAYS)


def _field(assignment, name):
    return assignment[name] if isinstance(assignment, dict) else getattr(assignment, name)


def assigned_on(assignment):
    """The local day an assignment was made (today for one not saved yet)."""
    created_at = _field(assignment, "created_at")
    return timezone.localdate(created_at) if created_at else timezone.localdate()


def due_date_for(assignment, person):
    """`person`'s own due date for `assignment` (a model or a dict of its values)."""
    return due_on(due_date=_field(assignment, "due_date"),
                  due_days=_field(assignment, "due_days"),
                  assigned_on=assigned_on(assignment), arrived_on=arrival_of(person))


def is_late(due_date, completed, today):
    return due_date is not None and not completed and due_date < today


def applies_to(assignment, person_id, job_role):
    """Whether `assignment` (a model or a dict of its values) of the person's organisation is
    for them: their own, or their job role's (one made for an invitation is nobody's yet)."""
    assigned_person = _field(assignment, "person_id")
    if assigned_person is not None:
        return assigned_person == person_id
    assigned_role = _field(assignment, "job_role")
    return bool(assigned_role) and assigned_role == job_role


def applies(assignment, person):
    """Whether `assignment` is for `person` (a user): see applies_to."""
    return (_field(assignment, "organisation_id") == person.organisation_id
            and applies_to(assignment, person.pk, person.job_role))


def applying_to(person):
    """The assignments for `person` (a queryset)."""
    if not getattr(person, "is_authenticated", True) or not person.organisation_id:
        return Assignment.objects.none()
    return Assignment.objects.filter(organisation_id=person.organisation_id).filter(
        Q(person=person.pk) | Q(person__isnull=True, invitation__isnull=True,
                                job_role=person.job_role))


def _start_of(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def arrived_before_q(day):
    """People (a User queryset's condition) whose arrival is before `day`."""
    return Q(date_joined__lt=_start_of(day)) & (Q(start_date__isnull=True)
                                               | Q(start_date__lt=day))


def late_q(assignment, today):
    """People whose own due date for `assignment` is before `today` (whether they completed
    it is for the caller): `due_date_for(assignment, person) < today`, as a condition."""
    if assignment.due_days is not None:
        # max(arrival, assigned on) + N < today
        limit = today - timedelta(days=assignment.due_days)
        return arrived_before_q(limit) if assigned_on(assignment) < limit else Q(pk__in=[])
    if assignment.due_date >= today:
        return Q(pk__in=[])
    # Arrived before the date (due then), or a newcomer whose own days have passed.
    return arrived_before_q(max(assignment.due_date, today - timedelta(days=NEWCOMER_DAYS)))


# --- What the pages read --------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ModuleStatus:
    """Where a person stands on a module; its due date and lateness when it was assigned to
    them (the assignment that gives the earliest date)."""

    module: ModulePage
    state: str = NOT_STARTED
    completed_at: datetime | None = None
    due_date: date | None = None
    late: bool = False
    assignment: Assignment | None = None
    updated_at: datetime | None = None

    kind = "module"

    @property
    def page(self):
        return self.module

    @property
    def completed(self):
        return self.state == COMPLETED


@dataclass(frozen=True, slots=True)
class PathStatus:
    """Where a person stands on a learning path: modules completed of its modules."""

    path: LearningPathPage
    state: str = NOT_STARTED
    completed_at: datetime | None = None
    done: int = 0
    total: int = 0
    due_date: date | None = None
    late: bool = False
    assignment: Assignment | None = None

    kind = "path"

    @property
    def page(self):
        return self.path

    @property
    def completed(self):
        return self.state == COMPLETED


class Progress:
    """The progress of some people, read at once: module progress, path completions and (for
    people given as users) the assignments of their organisations, in three queries
    whatever their number; a fourth gives the modules of the paths asked about.

    `people`: users (what the due dates need: pk, organisation_id, job_role, start_date,
    date_joined), or only their ids when no assignment is wanted (the exports' matrix).
    """

    def __init__(self, people, *, today=None, assignments=True, activity=True):
        self.today = today or timezone.localdate()
        self.people = {}
        for person in people:
            self.people[getattr(person, "pk", person)] = person
        ids = list(self.people)
        # user -> module -> (completed_at, updated_at); without `activity` (the exports'
        # matrix, 2,000 people at a time), updated_at is not read.
        self._modules = defaultdict(dict)
        fields = ("user_id", "module_id", "completed_at", *(["updated_at"] if activity else []))
        for user_id, module_id, completed_at, *updated_at in ModuleProgress.objects.filter(
                user_id__in=ids).values_list(*fields):
            self._modules[user_id][module_id] = (completed_at, updated_at[0] if updated_at
                                                 else None)
        self._paths = defaultdict(dict)  # user -> path -> completed_at
        for user_id, path_id, completed_at in PathCompletion.objects.filter(
                user_id__in=ids).values_list("user_id", "path_id", "completed_at"):
            self._paths[user_id][path_id] = completed_at
        self._assignments = []
        users = [p for p in self.people.values() if not isinstance(p, int)]
        if assignments and users:
            organisations = {p.organisation_id for p in users} - {None}
            roles = {p.job_role for p in users}
            self._assignments = list(
                Assignment.objects.filter(organisation_id__in=organisations)
                .filter(Q(person_id__in=[p.pk for p in users])
                        | Q(person__isnull=True, invitation__isnull=True, job_role__in=roles))
                .select_related("module", "path").defer("module__steps")
                .order_by("pk"))
        self._path_modules = {}
        self._dues = {}

    # -- modules and paths

    def _person_id(self, person):
        return getattr(person, "pk", person)

    def module_state(self, person, module_id):
        """(state, completed_at, updated_at) of a module, from the ids alone."""
        row = self._modules[self._person_id(person)].get(module_id)
        if row is None:
            return NOT_STARTED, None, None
        return (COMPLETED if row[0] else IN_PROGRESS), row[0], row[1]

    def module(self, person, module):
        state, completed_at, updated_at = self.module_state(person, module.pk)
        due = self._due_of(person).get(("module", module.pk))
        return ModuleStatus(module, state, completed_at,
                            due_date=due[0] if due else None,
                            late=bool(due) and is_late(due[0], completed_at, self.today),
                            assignment=due[1] if due else None, updated_at=updated_at)

    def modules_of_paths(self, paths):
        """Read the modules of these paths at once (their prefetched links if any)."""
        missing = []
        for learning_path in paths:
            if learning_path.pk in self._path_modules:
                continue
            cached = getattr(learning_path, "_prefetched_objects_cache", {}).get("path_modules")
            if cached is not None:
                self._path_modules[learning_path.pk] = [link.module_id for link in cached]
            else:
                missing.append(learning_path.pk)
        if missing:
            found = defaultdict(list)
            for path_id, module_id in PathModule.objects.filter(path_id__in=missing).order_by(
                    "path_id", "sort_order", "pk").values_list("path_id", "module_id"):
                found[path_id].append(module_id)
            for path_id in missing:
                self._path_modules[path_id] = found[path_id]

    def path(self, person, learning_path):
        self.modules_of_paths([learning_path])
        person_id = self._person_id(person)
        module_ids = self._path_modules[learning_path.pk]
        mine = self._modules[person_id]
        done = sum(1 for pk in module_ids if mine.get(pk) and mine[pk][0])
        completed_at = self._paths[person_id].get(learning_path.pk)
        state = (COMPLETED if completed_at else
                 IN_PROGRESS if any(pk in mine for pk in module_ids) else NOT_STARTED)
        due = self._due_of(person).get(("path", learning_path.pk))
        return PathStatus(learning_path, state, completed_at, done, len(module_ids),
                          due_date=due[0] if due else None,
                          late=bool(due) and is_late(due[0], completed_at, self.today),
                          assignment=due[1] if due else None)

    def path_completed_at(self, person, path_id):
        return self._paths[self._person_id(person)].get(path_id)

    def modules_completed(self, person):
        return sum(1 for completed_at, _updated in self._modules[self._person_id(person)]
                   .values() if completed_at)

    def last_activity(self, person):
        return max((updated for _done, updated in self._modules[self._person_id(person)]
                    .values()), default=None)

    def started(self, person):
        """{module id: (completed_at, updated_at)} of what the person opened."""
        return dict(self._modules[self._person_id(person)])

    # -- assignments

    def _mine(self, person):
        return [a for a in self._assignments if applies(a, person)]

    def _due_of(self, person):
        """{(kind, page id): (earliest own due date, its assignment)} of a user."""
        person_id = self._person_id(person)
        if person_id not in self._dues:
            dues = {}
            if not isinstance(self.people.get(person_id, person), int):
                user = self.people.get(person_id, person)
                for assignment in self._mine(user):
                    key = (("module", assignment.module_id) if assignment.module_id
                           else ("path", assignment.path_id))
                    due = due_date_for(assignment, user)
                    if key not in dues or due < dues[key][0]:
                        dues[key] = (due, assignment)
            self._dues[person_id] = dues
        return self._dues[person_id]

    def _status_of(self, person, assignment):
        if assignment.module_id:
            return self.module(person, assignment.module)
        return self.path(person, assignment.path)

    def assignments(self, person):
        """One status per assignment for the person (HR's view of each assignment), with the
        assignment's own due date for them, in the order they were made."""
        mine = self._mine(person)
        self.modules_of_paths([a.path for a in mine if a.path_id])
        statuses = []
        for assignment in mine:
            status = self._status_of(person, assignment)
            due = due_date_for(assignment, person)
            completed = status.completed
            statuses.append(replace(status, due_date=due, assignment=assignment,
                                    late=is_late(due, completed, self.today)))
        return statuses

    def assigned(self, person, *, live_only=True):
        """One status per module or path assigned to the person (the earliest due date when
        several assignments ask for it): completed ones last, then by due date."""
        seen, statuses = set(), []
        mine = [a for a in self._mine(person)
                if a.item is not None and (a.item.live or not live_only)]
        self.modules_of_paths([a.path for a in mine if a.path_id])
        for assignment in mine:
            key = (assignment.module_id, assignment.path_id)
            if key in seen:
                continue
            seen.add(key)
            statuses.append(self._status_of(person, assignment))
        return sorted(statuses, key=lambda s: (s.completed, s.due_date, s.page.pk))
