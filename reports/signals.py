"""What keeps the summary tables current: every change to the raw rows they count marks the
person and months it touches (reports.summaries), in the transaction of the change.

Model signals catch saves and deletions; the domain signals catch the changes made with
`update()` (a module's completion) or in bulk (a staff import). Deleting a person or a page
cascades to many rows: their own handlers refresh once, after the cascade, instead of once
per row.
"""

import threading

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_init, post_save, pre_delete

from accounts.signals import staff_changed
from courses.models import (
    Assignment,
    LearningPathPage,
    ModulePage,
    ModuleProgress,
    PathCompletion,
)
from courses.services import module_completed
from quizzes.models import Attempt
from scheduling.models import AwarenessSession, Registration
from scheduling.services import attendance_bulk_marked

from . import summaries
from .summaries import month_of

USER_FIELDS = ("organisation_id", "job_role", "is_active", "deleted_at", "date_joined",
               "start_date")

_deleting = threading.local()


def _being_deleted(kind):
    if not hasattr(_deleting, kind):
        setattr(_deleting, kind, {})
    return getattr(_deleting, kind)


def _skipped(instance, *, user_field="user_id", page_field=None):
    """Rows removed by the cascade of a person's or a page's deletion."""
    if getattr(instance, user_field) in _being_deleted("users"):
        return True
    return page_field is not None and getattr(instance, page_field) in _being_deleted("pages")


def _remember(instance, names):
    instance._summary_loaded = tuple(getattr(instance, name) for name in names)


def _changed(instance, names):
    loaded = getattr(instance, "_summary_loaded", None)
    return loaded != tuple(getattr(instance, name) for name in names)


# --- People ---------------------------------------------------------------------------------

def user_saved(sender, instance, created, update_fields=None, **kwargs):
    """Any save that may touch the organisation, job role, state or start date (flush only
    recomputes cells when one of them did change)."""
    if update_fields is not None and not {f.removesuffix("_id") for f in USER_FIELDS} & {
            f.removesuffix("_id") for f in update_fields}:
        return
    summaries.mark_person(instance.pk)


def user_deleting(sender, instance, **kwargs):
    _being_deleted("users")[instance.pk] = (instance.organisation_id, instance.job_role)


def user_deleted(sender, instance, **kwargs):
    key = _being_deleted("users").pop(instance.pk, None)
    if key is not None:
        summaries.mark_cells(*key)


def staff_bulk_changed(sender, user_ids, **kwargs):
    with summaries.deferred():
        summaries.mark_people(user_ids)


# --- Modules and paths ----------------------------------------------------------------------

PROGRESS_FIELDS = ("completed_at",)


def progress_loaded(sender, instance, **kwargs):
    _remember(instance, PROGRESS_FIELDS)


def progress_saved(sender, instance, created, **kwargs):
    if created or _changed(instance, PROGRESS_FIELDS):
        old = getattr(instance, "_summary_loaded", (None,))[0]
        summaries.mark_person(instance.user_id, {month_of(instance.started_at),
                                                 month_of(instance.completed_at), month_of(old)},
                              {instance.module_id})
    _remember(instance, PROGRESS_FIELDS)


def progress_deleted(sender, instance, **kwargs):
    if not _skipped(instance, page_field="module_id"):
        summaries.mark_person(instance.user_id, {month_of(instance.started_at),
                                                 month_of(instance.completed_at)},
                              {instance.module_id})


def module_done(sender, user, module, completed_at, **kwargs):
    """A completion written with update(): the progress row sent no signal."""
    started = ModuleProgress.objects.filter(user=user, module=module).values_list(
        "started_at", flat=True).first()
    summaries.mark_person(user.pk, {month_of(started), month_of(completed_at)}, {module.pk})


def path_completion_changed(sender, instance, created=True, **kwargs):
    if created and not _skipped(instance, page_field="path_id"):
        summaries.mark_person(instance.user_id, (), {instance.path_id})


def page_deleting(sender, instance, **kwargs):
    users = set(ModuleProgress.objects.filter(module_id=instance.pk).values_list(
        "user_id", flat=True))
    users |= set(PathCompletion.objects.filter(path_id=instance.pk).values_list("user_id",
                                                                                flat=True))
    _being_deleted("pages")[instance.pk] = users


def page_deleted(sender, instance, **kwargs):
    """The page's own cells go (its quiz's attempts stay counted by month); the people who
    had progress on it are counted again."""
    summaries.forget_page(instance.pk)
    users = _being_deleted("pages").pop(instance.pk, None)
    if not users:
        return
    with summaries.deferred():
        for user_id in users:
            summaries.mark_person(user_id)
        for organisation_id, job_role in get_user_model().objects.filter(
                pk__in=users, organisation__isnull=False).values_list(
                "organisation_id", "job_role").distinct():
            summaries.mark_cells(organisation_id, job_role)


# --- Quizzes and sessions -------------------------------------------------------------------

ATTEMPT_FIELDS = ("submitted_at", "passed", "quiz_id")


def _modules_of(quiz_id):
    """The modules whose figures count this quiz's attempts."""
    return set(ModulePage.objects.filter(quiz_id=quiz_id).values_list("pk", flat=True))


def attempt_loaded(sender, instance, **kwargs):
    _remember(instance, ATTEMPT_FIELDS)


def attempt_saved(sender, instance, created, **kwargs):
    if (created and instance.submitted_at) or (not created and _changed(instance,
                                                                        ATTEMPT_FIELDS)):
        old = getattr(instance, "_summary_loaded", (None,))[0]
        summaries.mark_person(instance.user_id, {month_of(instance.submitted_at),
                                                 month_of(old)}, _modules_of(instance.quiz_id))
    _remember(instance, ATTEMPT_FIELDS)


def attempt_deleted(sender, instance, **kwargs):
    if instance.submitted_at and not _skipped(instance):
        summaries.mark_person(instance.user_id, {month_of(instance.submitted_at)},
                              _modules_of(instance.quiz_id))


REGISTRATION_FIELDS = ("status", "hours_attended")


def registration_loaded(sender, instance, **kwargs):
    _remember(instance, REGISTRATION_FIELDS)


def _attended_months(registration):
    """The month of the registration's session ({None}: unknown, the session is gone)."""
    starts_at = AwarenessSession.objects.filter(pk=registration.session_id).values_list(
        "starts_at", flat=True).first()
    return {month_of(starts_at)} if starts_at else None


def registration_saved(sender, instance, created, **kwargs):
    attended = Registration.Status.ATTENDED
    old = getattr(instance, "_summary_loaded", (None,))[0]
    if (instance.status == attended) != (old == attended and not created):
        summaries.mark_person(instance.user_id, _attended_months(instance))
    if _session_cell_changed(instance, created):
        summaries.refresh_sessions([instance.session_id])
    _remember(instance, REGISTRATION_FIELDS)


def _session_cell_changed(registration, created):
    """Whether this save may change its session's cell: only seated registrations count
    there, so a place on the waiting list (most registrations to a full session) changes
    nothing."""
    seated = Registration.SEATED
    if created:
        return registration.status in seated
    loaded = getattr(registration, "_summary_loaded", None)
    if loaded is None:  # not read from the database here: what it was is unknown
        return True
    return loaded != (registration.status, registration.hours_attended) and (
        registration.status in seated or loaded[0] in seated)


def registrations_bulk_marked(sender, session, registrations, **kwargs):
    """"Tous présents" (scheduling): many registrations of one session saved in bulk."""
    months = {month_of(session.starts_at)} if session.starts_at else None
    with summaries.deferred():
        for registration in registrations:
            summaries.mark_person(registration.user_id, months)
    summaries.refresh_sessions([session.pk])


def registration_deleted(sender, instance, **kwargs):
    if instance.status == Registration.Status.ATTENDED and not _skipped(instance):
        summaries.mark_person(instance.user_id, _attended_months(instance))
    if AwarenessSession.objects.filter(pk=instance.session_id).exists():
        summaries.refresh_sessions([instance.session_id])


# --- Assignments ----------------------------------------------------------------------------

def _assignment_people(assignment, *, whole_organisation=False):
    people = get_user_model().objects.filter(organisation_id=assignment.organisation_id)
    if whole_organisation:
        return people
    if assignment.person_id:
        return people.filter(pk=assignment.person_id)
    if assignment.invitation_id:  # nobody's until the invitation is accepted
        return people.none()
    return people.filter(job_role=assignment.job_role)


def assignment_saved(sender, instance, created, **kwargs):
    """Everybody the assignment applies to; the whole organisation when an existing one is
    edited (it may have applied to others before)."""
    with summaries.deferred():
        summaries.mark_people(list(_assignment_people(
            instance, whole_organisation=not created).values_list("pk", flat=True)))


def assignment_deleted(sender, instance, **kwargs):
    if instance.person_id not in _being_deleted("users"):
        with summaries.deferred():
            summaries.mark_people(list(_assignment_people(instance).values_list("pk",
                                                                                flat=True)))


def connect():
    User = get_user_model()
    connections = [
        (post_save, user_saved, User),
        (pre_delete, user_deleting, User), (post_delete, user_deleted, User),
        (post_init, progress_loaded, ModuleProgress), (post_save, progress_saved, ModuleProgress),
        (post_delete, progress_deleted, ModuleProgress),
        (post_save, path_completion_changed, PathCompletion),
        (post_delete, path_completion_changed, PathCompletion),
        (post_init, attempt_loaded, Attempt), (post_save, attempt_saved, Attempt),
        (post_delete, attempt_deleted, Attempt),
        (post_init, registration_loaded, Registration),
        (post_save, registration_saved, Registration),
        (post_delete, registration_deleted, Registration),
        (post_save, assignment_saved, Assignment),
        (post_delete, assignment_deleted, Assignment),
    ]
    for page_model in (ModulePage, LearningPathPage):
        connections += [(pre_delete, page_deleting, page_model),
                        (post_delete, page_deleted, page_model)]
    for signal, handler, sender in connections:
        signal.connect(handler, sender=sender, dispatch_uid=f"reports.{handler.__name__}."
                                                           f"{sender.__name__}")
    module_completed.connect(module_done, sender=ModulePage, dispatch_uid="reports.module_done")
    staff_changed.connect(staff_bulk_changed, dispatch_uid="reports.staff_changed")
    attendance_bulk_marked.connect(registrations_bulk_marked, sender=AwarenessSession,
                                   dispatch_uid="reports.registrations_bulk_marked")
