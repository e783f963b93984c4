"""The dashboard of training follow-up and its exports (at once when small, otherwise built
by the task worker). The figures come from reports.stats; the rows from reports.jobs."""

from django.conf import settings
from django.contrib import messages
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from accounts import access
from core import spreadsheets
from reports import charts, jobs, sessions, stats
from reports.filters import StaffFilterForm
from reports.models import ExportJob

from ..pagination import PAGE_SIZE, CountedPaginator


def _staff_filters(request):
    """The filter form bound to the query string, and the filtered staff."""
    viewer = request.user
    organisation = None
    if access.is_coordinator(viewer) and request.GET.get("organisation", "").isdigit():
        organisation = access.visible_organisations(viewer).filter(
            pk=request.GET["organisation"]).first()
    form = StaffFilterForm(request.GET or None, viewer=viewer,
                           sites=stats.sites(viewer, organisation))
    filters = form.filters() if form.is_bound else {}
    return form, filters, stats.staff(viewer, **filters)


@access.hr_required
def dashboard(request):
    form, filters, people = _staff_filters(request)
    scope = stats.summary_scope(request.user, **filters)
    figures = stats.headline(people, scope=scope)
    # The head count is known from the figures: the paginator need not count again.
    page = CountedPaginator(people.select_related("organisation"), PAGE_SIZE,
                            count=figures["total"]).get_page(request.GET.get("page"))
    late = stats.late_people(people)
    # One reading of the details for the page and the late list together.
    details = stats.training_details(list({p.pk: p for p in [*page, *late]}.values()))
    completion = stats.completion(people, scope=scope)
    months = completion["months"]
    return render(request, "hr/dashboard.html", {
        "form": form,
        "page": page,
        "staff": [{"person": p, "status": stats.status_of(p),
                   "status_label": stats.Status.LABELS[stats.status_of(p)], **details[p.pk]}
                  for p in page],
        "figures": figures,
        "completion": completion,
        "overdue": [{"person": p, "items": details[p.pk]["overdue_items"]} for p in late],
        "upcoming": sessions.upcoming_registrations(people),
        "months": months,
        "month_chart": charts.monthly_bars(months),
        "role_chart": charts.horizontal_bars(completion["job_roles"], label=lambda r: r["label"],
                                             value=lambda r: r["rate"]),
        "is_coordinator": access.is_coordinator(request.user),
        "querystring": request.GET.urlencode(),
        "recent_exports": ExportJob.objects.filter(requested_by=request.user,
                                                   expires_at__gt=timezone.now())[:5],
    })


def _export(request, kind, extension):
    """A CSV or Excel file about the filtered staff: at once when small, otherwise built by
    the task worker (back to the dashboard when the filters are wrong)."""
    form, _filters, people = _staff_filters(request)
    if form.is_bound and not form.is_valid():
        messages.error(request, _("Corrigez les filtres avant d'exporter."))
        return redirect(reverse("hr:dashboard") + "?" + request.GET.urlencode())
    total = jobs.row_count(kind, people)
    if total > settings.REPERES_EXPORT_TASK_ROWS:
        job = jobs.request_export(request.user, kind, extension, request.GET.urlencode(),
                                  total=total)
        return redirect("hr:export_job", pk=job.pk)
    rows = jobs.rows_for(kind, request.user, people)
    filename = spreadsheets.export_filename(jobs.file_stem(kind), extension)
    if extension == "csv":
        return spreadsheets.csv_response(rows, filename)
    return spreadsheets.xlsx_response(rows, filename, sheet_title=jobs.sheet_title(kind))


@access.hr_required
def export_matrix(request, extension):
    return _export(request, ExportJob.Kind.MATRIX, extension)


@access.hr_required
def export_attendance(request, extension):
    return _export(request, ExportJob.Kind.ATTENDANCE, extension)


def _own_job_or_404(request, pk, **conditions):
    return get_object_or_404(ExportJob, pk=pk, requested_by=request.user,
                             expires_at__gt=timezone.now(), **conditions)


@never_cache
@access.hr_required
def export_job(request, pk):
    """Where a large export stands; its download link once ready."""
    return render(request, "hr/export_job.html", {"job": _own_job_or_404(request, pk)})


@access.hr_required
def export_download(request, pk):
    job = _own_job_or_404(request, pk, status=ExportJob.Status.READY)
    content_type = "text/csv; charset=utf-8" if job.extension == "csv" else spreadsheets.XLSX_TYPE
    return FileResponse(job.file.open("rb"), as_attachment=True, filename=job.file_name,
                        content_type=content_type)


