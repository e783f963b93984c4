"""Assignments: HR asks a job role or a person to follow a module or a path by a date.

An assignment is done for a person when they have completed the module (or the path).
A person is late once their own due date has passed: the assignment's date, or, for someone
who joined on or after that date, NEWCOMER_DAYS after the day they joined (nobody is late
before their account exists, nor on their first days).

Overdue reminders are recorded before their email is queued, so that no person is reminded
twice of the same assignment, even when two reminder runs overlap.
"""

import logging
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import DateTimeField, Exists, ExpressionWrapper, F, OuterRef, Q
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.emails import queue_email
from core.links import absolute_url

from .models import Assignment, AssignmentReminder, ModuleProgress, PathCompletion

logger = logging.getLogger(__name__)

# Someone who joins when an assignment is already due gets this many days from joining.
NEWCOMER_DAYS = 30


def due_date_for(due_date, date_joined):
    """The person's own due date for an assignment due `due_date`."""
    joined_on = timezone.localdate(date_joined)
    return due_date if due_date > joined_on else joined_on + timedelta(days=NEWCOMER_DAYS)


def _start_of(day):
    return timezone.make_aware(datetime.combine(day, time.min))


def create_assignment(*, organisation, due_date, module=None, path=None, job_role="",
                      person=None, created_by=None):
    """Record an assignment after checking that it targets this organisation only."""
    if (module is None) == (path is None):
        raise ValidationError(_("Choisissez un module ou un parcours."))
    if (person is None) == (not job_role):
        raise ValidationError(_("Choisissez un métier ou une personne."))
    if person is not None and person.organisation_id != organisation.pk:
        raise ValidationError(_("Cette personne ne fait pas partie de l'organisation."))
    return Assignment.objects.create(organisation=organisation, module=module, path=path,
                                     job_role=job_role if person is None else "",
                                     person=person, due_date=due_date, created_by=created_by)


def for_user(user):
    """The assignments that apply to `user`: their own and those of their job role."""
    if not user.is_authenticated or not user.organisation_id:
        return Assignment.objects.none()
    return Assignment.objects.filter(organisation_id=user.organisation_id).filter(
        Q(person=user) | Q(person__isnull=True, job_role=user.job_role))


def people_of(assignment):
    """The active people an assignment applies to."""
    people = get_user_model().objects.filter(organisation_id=assignment.organisation_id,
                                             is_active=True, deleted_at__isnull=True)
    if assignment.person_id:
        return people.filter(pk=assignment.person_id)
    return people.filter(job_role=assignment.job_role)


def completed_by(assignment):
    """Subquery condition: the person (OuterRef "pk") has completed the assignment's item."""
    if assignment.module_id:
        return Exists(ModuleProgress.objects.filter(
            user=OuterRef("pk"), module_id=assignment.module_id, completed_at__isnull=False))
    return Exists(PathCompletion.objects.filter(user=OuterRef("pk"), path_id=assignment.path_id))


def pending_for_people():
    """Assignments not yet done by the person (OuterRef "pk" of a User queryset).

    For annotating a User queryset: `Exists(pending_for_people().filter(due_date__lt=today))`.
    """
    person = OuterRef("pk")
    module_done = ModuleProgress.objects.filter(user=OuterRef(OuterRef("pk")),
                                                module=OuterRef("module"),
                                                completed_at__isnull=False)
    path_done = PathCompletion.objects.filter(user=OuterRef(OuterRef("pk")),
                                              path=OuterRef("path"))
    return (Assignment.objects
            .filter(organisation=OuterRef("organisation"))
            .filter(Q(person=person) | Q(person__isnull=True, job_role=OuterRef("job_role")))
            .filter((Q(module__isnull=False) & ~Exists(module_done))
                    | (Q(path__isnull=False) & ~Exists(path_done))))


def late_for_people(today):
    """Assignments the person (OuterRef "pk" of a User queryset) is late on, `today`: not
    done, and their own due date (see due_date_for) has passed."""
    return (pending_for_people().filter(due_date__lt=today)
            .alias(joined_on=TruncDate(ExpressionWrapper(OuterRef("date_joined"),
                                                         output_field=DateTimeField())))
            .filter(Q(due_date__gt=F("joined_on"))
                    | Q(joined_on__lt=today - timedelta(days=NEWCOMER_DAYS))))


def applying_to_people():
    """Every assignment that applies to the person (OuterRef "pk" of a User queryset)."""
    return (Assignment.objects.filter(organisation=OuterRef("organisation"))
            .filter(Q(person=OuterRef("pk"))
                    | Q(person__isnull=True, job_role=OuterRef("job_role"))))


def overdue_people(assignment, today):
    """People late on `assignment` `today` who have not been reminded of it yet."""
    if assignment.due_date >= today:
        return get_user_model().objects.none()
    reminded = AssignmentReminder.objects.filter(assignment=assignment, user=OuterRef("pk"))
    # Late: joined before the due date, or more than NEWCOMER_DAYS days ago (due_date_for).
    joined_before = max(assignment.due_date, today - timedelta(days=NEWCOMER_DAYS))
    return (people_of(assignment).filter(date_joined__lt=_start_of(joined_before))
            .exclude(completed_by(assignment)).exclude(Exists(reminded)).order_by("pk"))


def send_overdue_reminders(*, today=None):
    """Remind every person late on an assignment, once per assignment. Safe to run from cron
    as often as wanted, even twice at the same time. Returns the number of reminders."""
    today = today or timezone.localdate()
    sent = 0
    overdue = (Assignment.objects.filter(due_date__lt=today)
               .select_related("module", "path", "organisation").order_by("pk"))
    for assignment in overdue.iterator(chunk_size=200):
        item = assignment.item
        if item is None or not item.live:
            continue
        for person in overdue_people(assignment, today).iterator(chunk_size=500):
            if _record_and_queue(assignment, person, item):
                sent += 1
    return sent


def _record_and_queue(assignment, person, item):
    try:
        with transaction.atomic():
            AssignmentReminder.objects.create(assignment=assignment, user=person)
            context = {"person": person, "item": item,
                       "due_date": due_date_for(assignment.due_date, person.date_joined),
                       "organisation": assignment.organisation,
                       "url": absolute_url(item.url or "/")}
            transaction.on_commit(lambda: queue_email(
                "courses/emails/assignment_overdue", [person.email], context))
    except IntegrityError:  # another run reminded this person meanwhile
        return False
    return True
