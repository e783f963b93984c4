"""The HR space beyond the staff list: dashboard, exports, staff import, assignments and the
coordination's indicators. Views stay thin: the rules live in accounts.imports,
courses.assignments, reports.stats, reports.exports and reports.indicators."""

from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, npgettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from accounts import access, imports
from accounts.models import ImportBatch, JobRole
from core import spreadsheets
from courses import assignments as assignment_rules
from courses.models import Assignment

from . import charts, jobs, sessions, stats
from .forms import AssignmentForm, ImportForm, PeriodForm, StaffFilterForm
from .indicators import indicators as programme_indicators
from .models import ExportJob

PAGE_SIZE = 50
PREVIEW_PAGE_SIZE = 200


class CountedPaginator(Paginator):
    """A paginator told how many items there are."""

    def __init__(self, object_list, per_page, *, count, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.__dict__["count"] = count


# --- Dashboard and exports -----------------------------------------------------------------

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
    return render(request, "reports/dashboard.html", {
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
        return redirect(reverse("reports:dashboard") + "?" + request.GET.urlencode())
    total = jobs.row_count(kind, people)
    if total > settings.REPERES_EXPORT_TASK_ROWS:
        job = jobs.request_export(request.user, kind, extension, request.GET.urlencode(),
                                  total=total)
        return redirect("reports:export_job", pk=job.pk)
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
    return render(request, "reports/export_job.html", {"job": _own_job_or_404(request, pk)})


@access.hr_required
def export_download(request, pk):
    job = _own_job_or_404(request, pk, status=ExportJob.Status.READY)
    content_type = "text/csv; charset=utf-8" if job.extension == "csv" else spreadsheets.XLSX_TYPE
    return FileResponse(job.file.open("rb"), as_attachment=True, filename=job.file_name,
                        content_type=content_type)


# --- Staff import --------------------------------------------------------------------------

def _visible_batch_or_404(user, pk):
    batches = access.scope_to_user(user, ImportBatch.objects.select_related("organisation"))
    return get_object_or_404(batches, pk=pk)


@access.hr_required
def import_upload(request):
    bound = request.method == "POST"
    form = ImportForm(request.POST if bound else None, request.FILES if bound else None,
                      viewer=request.user)
    if bound and form.is_valid():
        organisation = form.cleaned_data.get("organisation") or request.user.organisation
        upload = form.cleaned_data["file"]
        try:
            parsed = imports.read_file(upload)
        except imports.ImportFileError as error:
            form.add_error("file", str(error))
        else:
            batch = imports.create_batch(
                parsed, organisation=organisation, created_by=request.user,
                file_name=upload.name, deactivate_missing=form.cleaned_data["deactivate_missing"])
            return redirect("reports:import_preview", pk=batch.pk)
    recent = access.scope_to_user(request.user, ImportBatch.objects.select_related(
        "organisation", "created_by")).defer("rows")[:10]
    return render(request, "reports/import_upload.html", {"form": form, "recent": recent},
                  status=400 if form.errors else 200)


STATUS_LABELS = {"new": gettext_lazy("Nouveau"), "updated": gettext_lazy("Mis à jour"),
                 "unchanged": gettext_lazy("Inchangé"),
                 "managed": gettext_lazy("Non modifié : compte géré par le programme"),
                 "error": gettext_lazy("Erreur")}


@access.hr_required
def import_preview(request, pk):
    """The batch's page: the preview to confirm, then the import running, then its result."""
    batch = _visible_batch_or_404(request.user, pk)
    shown = request.GET.get("statut", "")
    rows = batch.rows
    if shown in imports.STATUSES:
        rows = [row for row in rows if row["status"] == shown]
    page = Paginator(rows, PREVIEW_PAGE_SIZE).get_page(request.GET.get("page"))
    job_roles = dict(JobRole.choices)
    page.object_list = [{
        **row,
        "job_role_label": job_roles.get(row["values"]["job_role"], row["values"]["job_role"]),
        "change_labels": ", ".join(str(imports.FIELD_LABELS[name]) for name in row["changes"]),
    } for row in page.object_list]
    counts = batch.result.get("counts", {})
    summary = ""
    if batch.status == ImportBatch.Status.APPLIED:
        summary = _("Import appliqué : %(summary)s.") % {
            "summary": _import_summary(batch.result)}
    late = (batch.status == ImportBatch.Status.RUNNING and batch.confirmed_at is not None
            and timezone.now() - batch.confirmed_at > timedelta(minutes=imports.LATE_MINUTES))
    return render(request, "reports/import_preview.html", {
        "batch": batch, "page": page, "shown": shown, "counts": counts, "summary": summary,
        "late": late, "status_labels": STATUS_LABELS,
    })


@require_POST
@access.hr_required
def import_confirm(request, pk):
    batch = _visible_batch_or_404(request.user, pk)
    try:
        imports.confirm_batch(batch, by=request.user)
    except imports.ImportApplyError as error:
        messages.error(request, str(error))
    return redirect("reports:import_preview", pk=batch.pk)


def _import_summary(result):
    """ "2 invitations envoyées, 1 fiche mise à jour, …": each count with its own plural."""
    counts = {"updated": 0, "unchanged": 0, "error": 0, "managed": 0, **result["counts"]}
    invited, deactivated = result.get("invited", 0), result.get("deactivated", 0)
    parts = [
        (invited, ngettext("%(n)s invitation envoyée", "%(n)s invitations envoyées", invited)),
        (counts["updated"], ngettext("%(n)s fiche mise à jour", "%(n)s fiches mises à jour",
                                     counts["updated"])),
        (counts["unchanged"], npgettext("fiches", "%(n)s inchangée", "%(n)s inchangées",
                                        counts["unchanged"])),
        (counts["error"], ngettext("%(n)s ligne en erreur laissée de côté",
                                   "%(n)s lignes en erreur laissées de côté", counts["error"])),
        (deactivated, ngettext("%(n)s compte désactivé", "%(n)s comptes désactivés",
                               deactivated)),
        (counts["managed"], ngettext("%(n)s compte géré par le programme laissé tel quel",
                                     "%(n)s comptes gérés par le programme laissés tels quels",
                                     counts["managed"])),
    ]
    return ", ".join(text % {"n": n} for n, text in parts)


@require_POST
@access.hr_required
def import_cancel(request, pk):
    batch = _visible_batch_or_404(request.user, pk)
    try:
        imports.cancel_batch(batch)
    except imports.ImportApplyError as error:
        messages.error(request, str(error))
    else:
        messages.info(request, _("Import abandonné : rien n'a été modifié."))
    return redirect("reports:import_upload")


# --- Assignments ---------------------------------------------------------------------------

@access.hr_required
def assignment_list(request):
    form = AssignmentForm(request.POST if request.method == "POST" else None,
                          viewer=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            assignment_rules.create_assignment(
                organisation=data["organisation"], module=data["module"], path=data["path"],
                job_role=data["job_role"], person=data["person"], due_date=data["due_date"],
                created_by=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Affectation enregistrée."))
            return redirect("reports:assignments")
    assignments = access.scope_to_user(request.user, Assignment.objects.select_related(
        "organisation", "module", "path", "person"))
    page = Paginator(assignments.order_by("due_date", "pk"), PAGE_SIZE).get_page(
        request.GET.get("page"))
    return render(request, "reports/assignments.html", {"form": form, "page": page},
                  status=400 if form.errors else 200)


@require_POST
@access.hr_required
def assignment_delete(request, pk):
    assignment = get_object_or_404(access.scope_to_user(request.user, Assignment.objects.all()),
                                   pk=pk)
    assignment.delete()
    messages.success(request, _("Affectation supprimée."))
    return redirect("reports:assignments")


# --- Indicators (coordination) -------------------------------------------------------------

def _period(request):
    # The default period for the dates the query string leaves out (a page link keeps the
    # query string: `?page=2` alone is the default period's second page).
    data = request.GET.copy()
    for name, value in PeriodForm.default_period().items():
        data.setdefault(name, value.isoformat())
    form = PeriodForm(data, viewer=request.user)
    if not form.is_valid():
        return form, None
    data = form.cleaned_data
    return form, programme_indicators(data["date_from"], data["date_to"],
                                      organisation=data.get("organisation"))


@access.coordinator_required
def indicators(request):
    """The whole programme by job role and by organisation (a page of them), or one
    organisation by job role."""
    form, figures = _period(request)
    organisation_rows = None
    if figures is not None and not form.cleaned_data.get("organisation"):
        organisation_rows = Paginator(figures["by_organisation"], PAGE_SIZE).get_page(
            request.GET.get("page"))
    return render(request, "reports/indicators.html", {
        "form": form, "figures": figures, "organisation_rows": organisation_rows,
        "querystring": request.GET.urlencode()},
        status=200 if figures is not None else 400)


@access.coordinator_required
def indicators_csv(request):
    form, figures = _period(request)
    if figures is None:
        messages.error(request, _("Corrigez la période avant d'exporter."))
        return redirect(reverse("reports:indicators") + "?" + request.GET.urlencode())
    figure_keys = ("people", "trained", "newly_trained", "attended", "started", "completed",
                   "completion_rate", "attempts", "passed", "pass_rate")
    header = [_("Organisation"), _("Métier"), _("Personnes"),
              _("Personnes formées (fin de période)"), _("Formées pour la première fois"),
              _("Présences en session"), _("Modules commencés"),
              _("Dont terminés à ce jour"), _("Taux d'achèvement (%)"),
              _("Tentatives de quiz"), _("Quiz réussis"), _("Taux de réussite (%)")]

    def rows():
        yield [_("Période du %(start)s au %(end)s") % {
            "start": figures["date_from"].strftime("%d/%m/%Y"),
            "end": figures["date_to"].strftime("%d/%m/%Y")}]
        yield header
        for row in figures["rows"]:
            yield [row["organisation"], row["job_role_label"], *(row[k] for k in figure_keys)]
        yield [_("Total"), "", *(figures["totals"][k] for k in figure_keys)]
        held = figures["sessions"]
        yield []
        yield [_("Sessions tenues"), _("Places offertes"), _("Places occupées"),
               _("Taux de remplissage (%)"), _("Présences"), _("Taux de présence (%)"),
               _("Heures de présence")]
        yield [held["held"], held["seats"], held["filled"], held["fill_rate"], held["present"],
               held["attendance_rate"], held["hours"]]

    return spreadsheets.csv_response(rows(), spreadsheets.export_filename("indicateurs", "csv"))

