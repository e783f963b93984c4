"""Assignments: HR asks a job role, a person, or a person invited who has not signed up yet,
to follow a module or a path, before a date or within some days of each person's arrival.

An assignment is done for a person when they have completed the module (or the path). What
a person's own due date is, and when they are late, is courses.progress's rule (nobody is
late before their account exists, nor on their first days).

An assignment to an invitation waits for the person: when they accept the invitation
(accounts.signals.invitation_accepted), it becomes theirs (`attach_invitation`).

Overdue reminders are recorded before their email is queued, so that no person is reminded
twice of the same assignment, even when two reminder runs overlap.
"""

import logging

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.emails import queue_email
from accounts.signals import staff_changed
from core.links import absolute_url

from . import progress
from .models import Assignment, AssignmentReminder, ModuleProgress, PathCompletion

logger = logging.getLogger(__name__)

# At most this many days "after arrival": a longer delay is a date in a year or more.
MAX_DUE_DAYS = 730

NEWCOMER_DAYS = progress.NEWCOMER_DAYS  # where the rules live: courses.progress


def create_assignment(*, organisation, module=None, path=None, job_role="", person=None,
                      invitation=None, due_date=None, due_days=None, created_by=None):
    """Record an assignment after checking that it targets this organisation only: a job
    role, a person of the organisation, or a pending invitation of it; before `due_date` or
    within `due_days` days of arrival (exactly one)."""
    if (module is None) == (path is None):
        raise ValidationError(_("Choisissez un module ou un parcours."))
    if sum(1 for target in (person, invitation, job_role or None) if target is not None) != 1:
        raise ValidationError(_("Choisissez un métier ou une personne."))
    if person is not None and person.organisation_id != organisation.pk:
        raise ValidationError(_("Cette personne ne fait pas partie de l'organisation."))
    if invitation is not None and (invitation.organisation_id != organisation.pk
                                   or not invitation.is_usable):
        raise ValidationError(_("Cette invitation n'est plus en attente dans l'organisation."))
    if (due_date is None) == (due_days is None):
        raise ValidationError(_("Choisissez une date limite ou un nombre de jours après "
                                "l'arrivée."))
    if due_days is not None and not 1 <= due_days <= MAX_DUE_DAYS:
        raise ValidationError(_("Le nombre de jours après l'arrivée va de 1 à %(max)d.")
                              % {"max": MAX_DUE_DAYS})
    by_role = person is None and invitation is None
    return Assignment.objects.create(organisation=organisation, module=module, path=path,
                                     job_role=job_role if by_role else "",
                                     person=person, invitation=invitation, due_date=due_date,
                                     due_days=due_days, created_by=created_by)


def for_user(user):
    """The assignments that apply to `user`: their own and those of their job role."""
    return progress.applying_to(user)


def people_of(assignment):
    """The active people an assignment applies to (nobody yet for an invitation's)."""
    people = get_user_model().objects.filter(organisation_id=assignment.organisation_id,
                                             is_active=True, deleted_at__isnull=True)
    if assignment.person_id:
        return people.filter(pk=assignment.person_id)
    if assignment.invitation_id or not assignment.job_role:
        return people.none()
    return people.filter(job_role=assignment.job_role)


def completed_by(assignment):
    """Subquery condition: the person (OuterRef "pk") has completed the assignment's item."""
    if assignment.module_id:
        return Exists(ModuleProgress.objects.filter(
            user=OuterRef("pk"), module_id=assignment.module_id, completed_at__isnull=False))
    return Exists(PathCompletion.objects.filter(user=OuterRef("pk"), path_id=assignment.path_id))


def overdue_people(assignment, today):
    """People late on `assignment` `today` (courses.progress.late_q) who have not been
    reminded of it yet."""
    reminded = AssignmentReminder.objects.filter(assignment=assignment, user=OuterRef("pk"))
    return (people_of(assignment).filter(progress.late_q(assignment, today))
            .exclude(completed_by(assignment)).exclude(Exists(reminded)).order_by("pk"))


@transaction.atomic
def attach_invitation(invitation, user):
    """The assignments made for `invitation` become `user`'s (who accepted it). Returns how
    many."""
    attached = Assignment.objects.filter(invitation=invitation).update(person=user,
                                                                      invitation=None)
    if attached:
        # update() sends no post_save: the summaries count the person again.
        staff_changed.send(sender=Assignment, user_ids=[user.pk])
    return attached


def on_invitation_accepted(sender, invitation, user, **kwargs):
    """accounts.signals.invitation_accepted: see attach_invitation."""
    attach_invitation(invitation, user)


def send_overdue_reminders(*, today=None):
    """Remind every person late on an assignment, once per assignment. Safe to run from cron
    as often as wanted, even twice at the same time. Returns the number of reminders."""
    today = today or timezone.localdate()
    sent = 0
    # Dated ones once their date has passed (a newcomer's own date comes later still);
    # relative ones always (each person's date is their own).
    overdue = (Assignment.objects.filter(Q(due_date__lt=today) | Q(due_days__isnull=False))
               .filter(invitation__isnull=True)
               .select_related("module", "path", "organisation").order_by("pk"))
    for assignment in overdue.iterator(chunk_size=200):
        item = assignment.item
        if item is None or not item.live:
            continue
        # No address to write to yet (a walk-in's, to be entered by HR): reminded once it is.
        late = overdue_people(assignment, today).filter(email_to_complete=False)
        for person in late.iterator(chunk_size=500):
            if _record_and_queue(assignment, person, item):
                sent += 1
    return sent


def _record_and_queue(assignment, person, item):
    try:
        with transaction.atomic():
            AssignmentReminder.objects.create(assignment=assignment, user=person)
            context = {"person": person, "item": item,
                       "due_date": progress.due_date_for(assignment, person),
                       "organisation": assignment.organisation,
                       "url": absolute_url(item.url or "/")}
            transaction.on_commit(lambda: queue_email(
                "courses/emails/assignment_overdue", [person.email], context))
    except IntegrityError:  # another run reminded this person meanwhile
        return False
    return True
