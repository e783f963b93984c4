"""Large spreadsheets as background work: the request records an ExportJob, the task worker
builds the file from the same rows as the immediate download, and only the person who asked
may fetch it, until it expires.

The job keeps the dashboard's query string, not the rows: the task applies the filters again
with the requester's rights of the moment, so nothing they may no longer see ends up in it.
"""

import tempfile
from datetime import timedelta

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.http import QueryDict
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts import access
from core import spreadsheets

from . import exports, sessions, stats
from .filters import StaffFilterForm
from .models import ExportJob

PROGRESS_EVERY = 1000


def people_for(viewer, query):
    """The staff of the dashboard's filters (`query`, a query string) as `viewer` sees them."""
    data = QueryDict(query)
    organisation = None
    if access.is_coordinator(viewer) and data.get("organisation", "").isdigit():
        organisation = access.visible_organisations(viewer).filter(
            pk=data["organisation"]).first()
    form = StaffFilterForm(data or None, viewer=viewer, sites=stats.sites(viewer, organisation))
    return stats.staff(viewer, **(form.filters() if form.is_bound else {}))


def rows_for(kind, viewer, people):
    with_organisation = access.is_coordinator(viewer)
    if kind == ExportJob.Kind.MATRIX:
        return exports.matrix_rows(people, stats.live_modules(), stats.live_paths(),
                                   with_organisation=with_organisation)
    return sessions.attendance_rows(people, with_organisation=with_organisation)


def row_count(kind, people):
    if kind == ExportJob.Kind.MATRIX:
        return people.count()
    return sessions.attendance_count(people)


def is_large(kind, people):
    return row_count(kind, people) > settings.REPERES_EXPORT_TASK_ROWS


def file_stem(kind):
    return {ExportJob.Kind.MATRIX: "suivi-formation",
            ExportJob.Kind.ATTENDANCE: "presences-sessions"}[kind]


def sheet_title(kind):
    return {ExportJob.Kind.MATRIX: _("Suivi de formation"),
            ExportJob.Kind.ATTENDANCE: _("Présences")}[kind]


def request_export(viewer, kind, extension, query, *, total=0):
    """Record the job and queue its task once the request's transaction commits."""
    from .tasks import build_export

    job = ExportJob.objects.create(
        requested_by=viewer, kind=kind, extension=extension, query=query[:2000],
        language=translation.get_language() or settings.LANGUAGE_CODE, total=total,
        expires_at=timezone.now() + timedelta(days=settings.REPERES_EXPORT_DAYS))
    transaction.on_commit(lambda: build_export.enqueue(job.pk))
    return job


def _counted(rows, job):
    """Pass the rows through, saving how many were written every PROGRESS_EVERY."""
    done = -1  # the header
    for row in rows:
        yield row
        done += 1
        if done and done % PROGRESS_EVERY == 0:
            ExportJob.objects.filter(pk=job.pk).update(done=done)
    job.done = max(done, 0)


def build(job):
    """Write the job's file (the worker calls this); a failure is recorded, then raised."""
    ExportJob.objects.filter(pk=job.pk).update(status=ExportJob.Status.RUNNING)
    viewer = job.requested_by
    try:
        with translation.override(job.language), tempfile.TemporaryFile() as output:
            people = people_for(viewer, job.query)
            if not access.can_use_hr_space(viewer) or not viewer.is_active:
                people = people.none()
            rows = _counted(rows_for(job.kind, viewer, people), job)
            if job.extension == "csv":
                spreadsheets.write_csv(rows, output)
            else:
                spreadsheets.write_xlsx(rows, output, sheet_title=str(sheet_title(job.kind)))
            output.seek(0)
            job.file_name = spreadsheets.export_filename(file_stem(job.kind), job.extension)
            job.file.save(f"{job.pk}-{job.file_name}", File(output), save=False)
        job.status = ExportJob.Status.READY
        job.total = job.done
    except Exception:
        job.status = ExportJob.Status.FAILED
        raise
    finally:
        job.finished_at = timezone.now()
        job.save(update_fields=["status", "done", "total", "file", "file_name",
                                "finished_at"])
    return job


def prune(*, now=None):
    """Delete the expired exports and their files; returns how many."""
    count = 0
    for job in ExportJob.objects.filter(expires_at__lt=now or timezone.now()).iterator():
        if job.file:
            job.file.delete(save=False)
        job.delete()
        count += 1
    return count
