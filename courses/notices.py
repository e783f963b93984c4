"""The email telling each person concerned of a new assignment: what to follow, by when, and
the link to it.

An assignment saved for the first time queues the `notify_assignment` task once its
transaction commits (`assignment_created`, connected in apps.py). The task writes to the
people it applies to (courses.assignments.people_of: active, of the organisation, the person
or everyone of the job role), a batch at a time. Each email is recorded (AssignmentNotice)
in the transaction that queues it, under the assignment's row lock, so that nobody is told
twice of the same assignment, even when the task runs again or twice at once. Nothing is
written to an address that names nobody (a deleted account's, a walk-in's still to be
completed by HR).
"""

from functools import partial

from django.db import transaction
from django.db.models import Exists, OuterRef

from accounts.emails import queue_email
from core.links import absolute_url

from . import progress
from .assignments import people_of
from .models import Assignment, AssignmentNotice, LearningPathPage

# People written to per transaction (one commit per batch of emails queued).
NOTICE_BATCH = 500
EMAIL = "courses/emails/assignment_new"


def assignment_created(sender, instance, created, raw=False, **kwargs):
    """post_save of Assignment: the new assignment's emails leave after the commit."""
    if not created or raw:
        return
    from .tasks import notify_assignment

    assignment_id = instance.pk
    transaction.on_commit(lambda: notify_assignment.enqueue(assignment_id=assignment_id))


def recipients(assignment):
    """The people an assignment applies to who can be written to."""
    return (people_of(assignment).filter(email_to_complete=False).exclude(email="")
            .exclude(email__iendswith="@invalid").exclude(email__iendswith=".invalid"))


def _context(assignment, item, person):
    """What the email says: the person's own due date (courses.progress), and for a delay
    after arrival, whether it counts from their arrival or from today (they were there
    already)."""
    due_days = getattr(assignment, "due_days", None)
    return {"person": person, "item": item, "organisation": assignment.organisation,
            "is_path": isinstance(item, LearningPathPage),
            "due_date": progress.due_date_for(assignment, person), "due_days": due_days,
            "from_arrival": bool(due_days) and (progress.arrival_of(person)
                                                >= progress.assigned_on(assignment)),
            "url": absolute_url(item.url or "/")}


def notify_people(assignment_id, *, batch_size=NOTICE_BATCH):
    """Write to everyone `assignment_id` applies to and who was not written to yet.
    Returns the number of emails queued."""
    assignment = (Assignment.objects.select_related("module", "path", "organisation")
                  .filter(pk=assignment_id).first())
    if assignment is None:  # deleted meanwhile
        return 0
    item = assignment.item
    if item is None or not item.live:
        return 0
    notified = AssignmentNotice.objects.filter(assignment=assignment, user=OuterRef("pk"))
    people = recipients(assignment).exclude(Exists(notified)).order_by("pk")
    sent, last = 0, 0
    while True:
        with transaction.atomic():
            # One run at a time for an assignment: another waits here, then finds the notices.
            locked = Assignment.objects.select_for_update().filter(pk=assignment.pk)
            if not list(locked.values_list("pk", flat=True)):
                return sent
            batch = list(people.filter(pk__gt=last)[:batch_size])
            if not batch:
                return sent
            AssignmentNotice.objects.bulk_create(
                [AssignmentNotice(assignment=assignment, user=person) for person in batch])
            for person in batch:
                transaction.on_commit(partial(queue_email, EMAIL, [person.email],
                                              _context(assignment, item, person)))
        sent += len(batch)
        last = batch[-1].pk
