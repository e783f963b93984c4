"""Registrants' emails are written by the task worker: a registration only queues a row."""

from django.contrib.auth import get_user_model
from django_tasks import task

from . import notifications
from .models import Registration

KINDS = {"registered", "waitlisted", "promoted", "cancelled", "session_cancelled",
         "rescheduled", "reminder", "walk_in_account"}


@task()
def notify(kind, registration_id, by_id=None):
    """Send the `kind` email of `notifications` about one registration, as it stands now."""
    if kind not in KINDS:
        raise ValueError(kind)
    registration = (Registration.objects.select_related("session", "user", "registered_by")
                    .filter(pk=registration_id).first())
    if registration is None:  # the account was deleted meanwhile
        return False
    extra = {}
    if kind == "cancelled":
        extra["by"] = get_user_model().objects.filter(pk=by_id).first()
    getattr(notifications, kind)(registration, **extra)
    return True


def notify_after_commit(kind, registration, *, by=None):
    from django.db import transaction

    transaction.on_commit(lambda: notify.enqueue(
        kind=kind, registration_id=registration.pk, by_id=by.pk if by else None))
