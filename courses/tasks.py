"""Emails about assignments are written by the task worker."""

from django_tasks import task


@task()
def notify_assignment(assignment_id):
    """Tell each person concerned of a new assignment (see courses.notices)."""
    from .notices import notify_people

    return notify_people(assignment_id)
