"""A person's status on a module or a path, and their own due date (courses.progress): the
rules around arrival dates, fixed and relative dates, a person assigned before signing up,
and the same answers from every reader (pages, summaries, reminders), in bulk."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.utils import timezone

from accounts import services as accounts
from accounts.models import JobRole
from courses import assignments, progress
from courses.models import Assignment, ModulePage, ModuleProgress, PathCompletion
from courses.progress import NEWCOMER_DAYS, Progress, arrival, due_on
from courses.services import dashboard, next_steps
from reports import stats, summaries
from tests.factories import InvitationFactory, OrganisationFactory, UserFactory

D = date(2027, 3, 10)


# --- The rules, on dates --------------------------------------------------------------------

@pytest.mark.parametrize("start_date, joined, expected", [
    (None, D, D),                          # no start date: the account's creation
    (D + timedelta(days=7), D, D + timedelta(days=7)),  # invited before their first day
    (D - timedelta(days=400), D, D),       # imported years after arriving: the account
])
def test_arrival(start_date, joined, expected):
    assert arrival(start_date, joined) == expected


def test_arrival_is_the_local_day_the_account_was_created():
    created = timezone.make_aware(timezone.datetime(2027, 3, 9, 23, 30))  # Paris
    assert arrival(None, created) == date(2027, 3, 9)


@pytest.mark.parametrize("due_date, due_days, assigned_on, arrived_on, expected", [
    # Before a date: the date for whoever arrived before it...
    (D, None, D - timedelta(days=60), D - timedelta(days=1), D),
    # ...NEWCOMER_DAYS from arrival for whoever arrived that day or later.
    (D, None, D - timedelta(days=60), D, D + timedelta(days=NEWCOMER_DAYS)),
    (D, None, D - timedelta(days=60), D + timedelta(days=5),
     D + timedelta(days=5 + NEWCOMER_DAYS)),
    # Within N days: from arrival for those who arrive after the assignment...
    (None, 14, D - timedelta(days=60), D, D + timedelta(days=14)),
    # ...from the assignment for those already there.
    (None, 14, D, D - timedelta(days=300), D + timedelta(days=14)),
])
def test_due_date(due_date, due_days, assigned_on, arrived_on, expected):
    assert due_on(due_date=due_date, due_days=due_days, assigned_on=assigned_on,
                  arrived_on=arrived_on) == expected


# --- Late or not, around arrival dates: every reader agrees --------------------------------

@pytest.fixture
def organisation(db, site):
    return OrganisationFactory(name="Bailleur P", slug="bailleur-p")


@pytest.fixture
def hr(organisation):
    return UserFactory(email="rh@p.test", organisation=organisation, job_role=JobRole.OTHER,
                       roles=["hr", "learner"], totp=True)


@pytest.fixture
def modules(db, site):
    return list(ModulePage.objects.live().order_by("path"))


def _ago(days):
    return timezone.now() - timedelta(days=days)


def _today(offset=0):
    return timezone.localdate() + timedelta(days=offset)


CASES = {
    # name: (start date offset or None, account created days ago, due date offset or None,
    #        due days or None, assignment made days ago, late?)
    "relative, arrived 10 days ago": (None, 10, None, 30, 60, False),
    "relative, arrived 40 days ago": (None, 40, None, 30, 60, True),
    "relative, there for long, assigned today": (None, 400, None, 30, 0, False),
    "relative, there for long, assigned 45 days ago": (None, 400, None, 30, 45, True),
    "relative, started long ago, account 5 days old": (-50, 5, None, 30, 100, False),
    "relative, account before the first day": (7, 3, None, 30, 100, False),
    "relative, first day 31 days ago, account older": (-31, 90, None, 30, 100, True),
    "dated, there for long": (None, 100, -10, None, 60, True),
    "dated, account 5 days old": (None, 5, -10, None, 60, False),
    "dated, started long ago, account 5 days old": (-200, 5, -10, None, 60, False),
    "dated, started before the date": (-20, 100, -10, None, 60, True),
    "dated, started after the date": (-8, 100, -10, None, 60, False),
    "dated, newcomer whose own days have passed": (None, 45, -50, None, 60, True),
    "dated, not due yet": (None, 100, 3, None, 60, False),
}


@pytest.mark.parametrize("case", list(CASES))
def test_late_or_not_around_arrival(case, organisation, hr, modules):
    start, joined_days_ago, due_offset, due_days, assigned_days_ago, late = CASES[case]
    person = UserFactory(email="personne@p.test", organisation=organisation,
                         job_role=JobRole.CARETAKER, date_joined=_ago(joined_days_ago),
                         start_date=None if start is None else _today(start))
    assignment = Assignment.objects.create(
        organisation=organisation, module=modules[0], job_role=JobRole.CARETAKER,
        due_date=None if due_offset is None else _today(due_offset), due_days=due_days)
    Assignment.objects.filter(pk=assignment.pk).update(created_at=_ago(assigned_days_ago))
    assignment.refresh_from_db()
    summaries.mark_people([person.pk])  # update() sent no signal
    today = _today()

    # The pages (courses.progress), the HR details, the summary tables and the reminders.
    status = Progress([person]).module(person, modules[0])
    assert status.late is late and status.assignment == assignment
    assert status.due_date == progress.due_date_for(assignment, person)
    assert (status.due_date < today) is late
    assert bool(stats.training_details([person])[person.pk]["overdue_items"]) is late
    row = stats.staff(hr).get(pk=person.pk)
    assert (stats.status_of(row) == stats.Status.OVERDUE) is late
    assert row.training_summary.next_due == status.due_date
    assert (person in assignments.overdue_people(assignment, today)) is late
    # Completed: late no more, anywhere.
    ModuleProgress.objects.create(user=person, module=modules[0], completed_at=timezone.now())
    assert not Progress([person]).module(person, modules[0]).late
    assert stats.status_of(stats.staff(hr).get(pk=person.pk)) == stats.Status.UP_TO_DATE
    assert person not in assignments.overdue_people(assignment, today)


def test_a_changed_start_date_moves_the_summary(organisation, hr, modules):
    person = UserFactory(email="p@p.test", organisation=organisation,
                         job_role=JobRole.CARETAKER, date_joined=_ago(100))
    Assignment.objects.create(organisation=organisation, module=modules[0], person=person,
                              due_days=30)
    # Assigned today: 30 days for everybody there.
    assert stats.staff(hr).get(pk=person.pk).training_summary.next_due == _today(30)
    person.start_date = _today(10)  # arrives in ten days after all
    person.save(update_fields=["start_date"])
    assert stats.staff(hr).get(pk=person.pk).training_summary.next_due == _today(40)


# --- A person assigned before signing up ----------------------------------------------------

def test_an_invited_person_gets_their_assignments_when_they_sign_up(client, organisation, hr,
                                                                    modules):
    invitation = InvitationFactory(organisation=organisation, email="alix@p.test",
                                   job_role=JobRole.MEDIATOR)
    other = InvitationFactory(organisation=organisation, email="autre@p.test")
    mine = assignments.create_assignment(organisation=organisation, module=modules[2],
                                         invitation=invitation, due_days=14, created_by=hr)
    theirs = assignments.create_assignment(organisation=organisation, module=modules[3],
                                           invitation=other, due_date=_today(20))
    # Nobody's yet: not in anyone's figures, not reminded.
    assert mine.person is None and not assignments.people_of(mine).exists()

    # Some weeks later, they accept the invitation.
    user = UserFactory(email="alix@p.test", organisation=None, job_role=JobRole.MEDIATOR)
    accounts.complete_signup(user, organisation=organisation, invitation=invitation)
    mine.refresh_from_db()
    assert (mine.person, mine.invitation) == (user, None)
    theirs.refresh_from_db()
    assert theirs.invitation == other and theirs.person is None
    # Their own date counts from their arrival (today), not from the invitation.
    status = Progress([user]).module(user, modules[2])
    assert (status.due_date, status.late, status.assignment) == (_today(14), False, mine)
    assert [item["page"] for item in dashboard(user)["assigned"]] == [modules[2]]
    assert next_steps(user)[0]["due_date"] == _today(14)
    row = stats.staff(hr).get(pk=user.pk)
    assert row.training_summary.assigned == 1
    assert row.training_summary.next_due == _today(14)


def test_assigning_an_invitation_is_checked(organisation, modules, org_b):
    foreign = InvitationFactory(organisation=org_b)
    revoked = InvitationFactory(organisation=organisation, revoked_at=timezone.now())
    for invitation in (foreign, revoked):
        with pytest.raises(assignments.ValidationError):
            assignments.create_assignment(organisation=organisation, module=modules[0],
                                          invitation=invitation, due_days=10)
    with pytest.raises(assignments.ValidationError):  # a date and days
        assignments.create_assignment(organisation=organisation, module=modules[0],
                                      job_role="gardien", due_days=10, due_date=_today(3))
    with pytest.raises(assignments.ValidationError):  # neither
        assignments.create_assignment(organisation=organisation, module=modules[0],
                                      job_role="gardien")
    with pytest.raises(assignments.ValidationError):
        assignments.create_assignment(organisation=organisation, module=modules[0],
                                      job_role="gardien", due_days=0)


def test_the_database_refuses_a_date_and_days_together(organisation, modules):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Assignment.objects.create(organisation=organisation, module=modules[0],
                                  job_role="gardien", due_date=_today(3), due_days=3)
    with pytest.raises(IntegrityError), transaction.atomic():
        Assignment.objects.create(organisation=organisation, module=modules[0],
                                  job_role="gardien")


# --- Learners, reminders --------------------------------------------------------------------

def test_fixed_and_relative_dates_on_my_training_and_home(client, organisation, modules):
    person = UserFactory(email="g@p.test", organisation=organisation,
                         job_role=JobRole.CARETAKER, date_joined=_ago(10))
    Assignment.objects.create(organisation=organisation, module=modules[0],
                              job_role=JobRole.CARETAKER, due_days=30)
    Assignment.objects.create(organisation=organisation, module=modules[1], person=person,
                              due_date=_today(5))
    assigned = dashboard(person)["assigned"]
    assert [(item["page"], item["due_date"], item["overdue"]) for item in assigned] == [
        (modules[1], _today(5), False), (modules[0], _today(30), False)]
    client.force_login(person)
    page = client.get("/mon-parcours/").content.decode()
    assert page.count("À terminer avant le") == 2
    assert [step["page"] for step in next_steps(person)] == [modules[1], modules[0]]


def test_reminders_follow_each_persons_relative_date(organisation, modules,
                                                     django_capture_on_commit_callbacks):
    there = UserFactory(email="ancien@p.test", organisation=organisation,
                        job_role=JobRole.CARETAKER, date_joined=_ago(300))
    newcomer = UserFactory(email="nouveau@p.test", organisation=organisation,
                           job_role=JobRole.CARETAKER, date_joined=_ago(5))
    assignment = Assignment.objects.create(organisation=organisation, module=modules[0],
                                           job_role=JobRole.CARETAKER, due_days=20)
    Assignment.objects.filter(pk=assignment.pk).update(created_at=_ago(40))
    with django_capture_on_commit_callbacks(execute=True):
        assert assignments.send_overdue_reminders() == 1
    assert [m.to for m in mail.outbox] == [[there.email]]
    assert (_today(-20).strftime("%Y") in mail.outbox[0].body)
    # The newcomer's own date: 20 days after they arrived.
    with django_capture_on_commit_callbacks(execute=True):
        assert assignments.send_overdue_reminders(today=_today(14)) == 0
        assert assignments.send_overdue_reminders(today=_today(16)) == 1
    assert mail.outbox[-1].to == [newcomer.email]


# --- In bulk --------------------------------------------------------------------------------

def test_many_people_in_a_fixed_number_of_queries(organisation, modules,
                                                  django_assert_num_queries):
    from courses.models import LearningPathPage

    learning_path = LearningPathPage.objects.live().first()
    relative = Assignment.objects.create(organisation=organisation, module=modules[0],
                                         job_role=JobRole.CARETAKER, due_days=10)
    Assignment.objects.filter(pk=relative.pk).update(created_at=_ago(30))
    Assignment.objects.create(organisation=organisation, path=learning_path,
                              job_role=JobRole.MEDIATOR, due_date=_today(3))

    def people(count):
        made = UserFactory.create_batch(count, organisation=organisation,
                                        job_role=JobRole.CARETAKER, date_joined=_ago(60))
        made += UserFactory.create_batch(count, organisation=organisation,
                                         job_role=JobRole.MEDIATOR, date_joined=_ago(60))
        for person in made:
            ModuleProgress.objects.create(user=person, module=modules[1])
        PathCompletion.objects.create(user=made[-1], path=learning_path,
                                      completed_at=timezone.now())
        return made

    def read(group):
        tracker = Progress(group)
        return [(s.page.pk, s.state, s.late) for person in group
                for s in [*tracker.assignments(person), *tracker.assigned(person),
                          tracker.module(person, modules[1]), tracker.path(person, learning_path)]]

    few = people(2)
    with django_assert_num_queries(4):
        read(few)
    many = people(35)  # 70 people
    with django_assert_num_queries(4):
        rows = read(many)
    caretaker, mediator = many[0], many[-2]
    tracker = Progress(many)
    # Arrived 60 days ago, assigned 30 days ago: 10 days from then.
    assert tracker.assignments(caretaker)[0].late is True
    assert tracker.module(caretaker, modules[1]).state == progress.IN_PROGRESS
    assert tracker.assignments(mediator)[0].due_date == _today(3)
    assert tracker.path(many[-1], learning_path).state == progress.COMPLETED
    assert len(rows) == 70 * 4
