"""Importing staff from a spreadsheet: upload, preview, confirm or abandon. The rules live in
accounts.imports."""

from datetime import timedelta

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, npgettext
from django.views.decorators.http import require_POST

from accounts import access, imports
from accounts.models import ImportBatch, JobRole
from core import spreadsheets

from ..forms import ImportForm
from ..pagination import page_of

PREVIEW_PAGE_SIZE = 200


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
            return redirect("hr:import_preview", pk=batch.pk)
    recent = access.scope_to_user(request.user, ImportBatch.objects.select_related(
        "organisation", "created_by")).defer("rows")[:10]
    return render(request, "hr/import_upload.html", {"form": form, "recent": recent},
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
    page = page_of(rows, request, PREVIEW_PAGE_SIZE)
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
    return render(request, "hr/import_preview.html", {
        "batch": batch, "page": page, "shown": shown, "counts": counts, "summary": summary,
        "late": late, "status_labels": STATUS_LABELS,
    })


TEMPLATE_FILE = "modele-import-personnel"
# Widths of the template's columns, in characters (the matricule's is kept as text: Excel
# would otherwise turn "000123" into 123).
TEMPLATE_WIDTHS = (16, 24, 32, 22, 20, 14, 16)
GUIDE_WIDTHS = (24, 12, 70, 28)


@access.hr_required
def import_template(request, extension):
    """The file to fill in: the columns the import reads, and an example row it ignores;
    in Excel, a "Mode d'emploi" sheet besides."""
    rows = imports.template_rows()
    if extension == "csv":
        return spreadsheets.csv_response(rows, f"{TEMPLATE_FILE}.csv")
    matricule = imports.TEMPLATE_COLUMNS.index("employee_id")
    return spreadsheets.xlsx_sheets_response([
        spreadsheets.Sheet("Personnel", rows, widths=TEMPLATE_WIDTHS,
                           text_columns=(matricule,)),
        spreadsheets.Sheet("Mode d'emploi", imports.template_guide(), widths=GUIDE_WIDTHS),
    ], f"{TEMPLATE_FILE}.xlsx")


@access.hr_required
def import_rejected(request, pk, extension):
    """The batch's rows in error, with their reasons, to correct and import again."""
    batch = _visible_batch_or_404(request.user, pk)
    rows = imports.rejected_rows(batch)
    filename = spreadsheets.export_filename("lignes-rejetees", extension)
    if extension == "csv":
        return spreadsheets.csv_response(rows, filename)
    widths = (*TEMPLATE_WIDTHS, 60, 10)
    return spreadsheets.xlsx_sheets_response(
        [spreadsheets.Sheet("Lignes rejetées", rows, widths=widths)], filename)


@require_POST
@access.hr_required
def import_confirm(request, pk):
    batch = _visible_batch_or_404(request.user, pk)
    try:
        imports.confirm_batch(batch, by=request.user)
    except imports.ImportApplyError as error:
        messages.error(request, str(error))
    return redirect("hr:import_preview", pk=batch.pk)


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
    return redirect("hr:import_upload")


