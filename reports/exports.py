"""Spreadsheet exports that stream: CSV row by row, XLSX through openpyxl's write-only mode.

Rows come from generators that read the people by chunks, so memory stays flat whatever
the number of rows. Every text cell that a spreadsheet could take for a formula is
neutralised.
"""

import csv
import re
import tempfile
from collections import defaultdict
from datetime import date, datetime
from decimal import Decimal

from django.db.models import Q
from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.formats import get_format
from django.utils.translation import gettext as _

from accounts.models import JobRole
from core.formats import number
from core.spreadsheets import neutralise
from courses.models import ModuleProgress, PathCompletion

from .stats import Status

CHUNK = 2000
CSV_DATE = "%d/%m/%Y"
XLSX_DATE = "DD/MM/YYYY"


class _Echo:
    def write(self, value):
        return value


def csv_lines(rows):
    """`rows` (lists of values) as the lines of a CSV that a spreadsheet in the active
    language opens as it is: UTF-8 with BOM; numbers with the language's decimal mark, and
    cells separated as that spreadsheet expects: ";" beside a decimal comma (French), ","
    beside a decimal point (English)."""
    decimal_mark = get_format("DECIMAL_SEPARATOR")
    writer = csv.writer(_Echo(), delimiter=";" if decimal_mark == "," else ",")
    moments = {}  # the same session times come back on every row of the session

    def cell(value):
        if type(value) is datetime:
            if value not in moments:
                moments[value] = _csv_cell(value, decimal_mark)
            return moments[value]
        return _csv_cell(value, decimal_mark)

    yield "\ufeff"
    for row in rows:
        yield writer.writerow([cell(value) for value in row])


def csv_response(rows, filename):
    """Stream `rows` as a CSV (csv_lines)."""
    response = StreamingHttpResponse(csv_lines(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def write_csv(rows, output):
    """Write `rows` as a CSV (csv_lines) into the binary file `output`."""
    for line in csv_lines(rows):
        output.write(line.encode("utf-8"))


def _csv_cell(value, decimal_mark):
    if value is None:
        return ""
    if type(value) is int:  # no decimal mark to write: the common case, kept cheap
        return str(value)
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return number(value, decimal_mark=decimal_mark)
    if isinstance(value, datetime):
        return timezone.localtime(value).strftime(CSV_DATE + " %H:%M")
    if isinstance(value, date):
        return value.strftime(CSV_DATE)
    return neutralise(str(value))


XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def xlsx_response(rows, filename, *, sheet_title):
    """Write `rows` into a temporary file (write_xlsx), then stream it."""
    # Closed (and so deleted) by FileResponse once sent.
    output = tempfile.TemporaryFile()  # noqa: SIM115
    write_xlsx(rows, output, sheet_title=sheet_title)
    output.seek(0)
    return FileResponse(output, as_attachment=True, filename=filename, content_type=XLSX_TYPE)


def write_xlsx(rows, output, *, sheet_title):
    """Write `rows` into `output` with XlsxWriter in constant-memory mode (each row is written
    out as soon as the next one starts: memory stays flat, and it is several times faster
    than openpyxl's write-only mode). Every text is written as text, never as a formula;
    `neutralise` still adds its apostrophe for the day the file is saved as CSV."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(output, {
        "constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
        "strings_to_urls": False})
    sheet = workbook.add_worksheet(XLSX_SHEET_FORBIDDEN.sub(" ", sheet_title)[:31])
    bold = workbook.add_format({"bold": True})
    day = workbook.add_format({"num_format": XLSX_DATE})
    for index, row in enumerate(rows):
        for column, value in enumerate(row):
            value = _xlsx_value(value)
            if value is None:
                continue
            if index == 0:
                sheet.write_string(index, column, str(value), bold)
            elif isinstance(value, date):
                sheet.write_datetime(index, column, value, day)
            elif isinstance(value, str):
                sheet.write_string(index, column, value)
            elif isinstance(value, bool):
                sheet.write_boolean(index, column, value)
            else:
                sheet.write_number(index, column, value)
    workbook.close()


# Characters a sheet's name may not hold.
XLSX_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
# XML 1.0 forbids most control characters: they are dropped rather than failing the file.
XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xlsx_value(value):
    if isinstance(value, str):
        if not value:
            return None  # an empty cell is not written at all
        return neutralise(XML_FORBIDDEN.sub("", value))
    if isinstance(value, datetime):
        return timezone.localtime(value).replace(tzinfo=None)
    return value


def _by_name(rows):
    """`rows` (values of people: pk, last name, first name first) CHUNK at a time in name
    order, each batch starting after the last one's last person (the index on names serves
    it; nothing is kept from one batch to the next, so memory stays flat)."""
    rows = rows.order_by("last_name", "first_name", "pk")
    after = None
    while True:
        batch = rows
        if after is not None:
            last_name, first_name, pk = after
            batch = batch.filter(
                Q(last_name__gt=last_name)
                | Q(last_name=last_name, first_name__gt=first_name)
                | Q(last_name=last_name, first_name=first_name, pk__gt=pk))
        batch = list(batch[:CHUNK])
        if not batch:
            return
        yield batch
        after = (batch[-1][1], batch[-1][2], batch[-1][0])


def matrix_rows(people, modules, paths, *, with_organisation=False):
    """The completion matrix: one row per person, one column per module and per path.

    A module cell is its completion date, "en cours" once started, empty otherwise; a path
    cell is its completion date. Reads the people by chunks of ids.
    """
    header = [_("Nom"), _("Prénom"), _("E-mail"), _("Matricule"), _("Métier"),
              _("Site ou agence")]
    if with_organisation:
        header.append(_("Organisation"))
    header += [_("Statut"), _("Modules terminés")]
    header += [_("Module : %(title)s") % {"title": m.title} for m in modules]
    header += [_("Parcours : %(title)s") % {"title": p.title} for p in paths]
    yield header
    in_progress = _("en cours")
    job_roles = {value: str(label) for value, label in JobRole.choices}
    statuses = {value: str(label) for value, label in Status.CHOICES}
    module_ids = [module.pk for module in modules]
    path_ids = [learning_path.pk for learning_path in paths]
    zone = timezone.get_current_timezone()
    fields = ("pk", "last_name", "first_name", "email", "employee_id", "job_role", "site",
              "organisation__name", "has_overdue", "has_pending", "has_assignment")
    for batch in _by_name(people.values_list(*fields)):
        # Values, not model instances: a hundred thousand people go through here.
        persons = {values[0]: values for values in batch}
        chunk = list(persons)
        progress = defaultdict(dict)
        for user_id, module_id, completed_at in ModuleProgress.objects.filter(
                user_id__in=chunk).values_list("user_id", "module_id", "completed_at"):
            progress[user_id][module_id] = completed_at
        paths_done = {(user_id, path_id): completed_at for user_id, path_id, completed_at
                      in PathCompletion.objects.filter(user_id__in=chunk).values_list(
                          "user_id", "path_id", "completed_at")}
        for pk in chunk:
            person = persons.get(pk)
            if person is None:
                continue
            (_pk, last_name, first_name, email, employee_id, job_role, site, organisation,
             overdue, pending, assigned) = person
            row = [last_name, first_name, email, employee_id, job_roles.get(job_role, job_role),
                   site]
            if with_organisation:
                row.append(organisation or "")
            row.append(statuses[Status.OVERDUE if overdue else Status.PENDING if pending
                                else Status.UP_TO_DATE if assigned else Status.UNASSIGNED])
            mine = progress.get(pk, {})
            row.append(sum(1 for done in mine.values() if done is not None))
            for module_id in module_ids:
                if module_id not in mine:
                    row.append("")
                elif mine[module_id] is None:
                    row.append(in_progress)
                else:
                    row.append(mine[module_id].astimezone(zone).date())
            for path_id in path_ids:
                done = paths_done.get((pk, path_id))
                row.append(done.astimezone(zone).date() if done else "")
            yield row


def export_filename(stem, extension):
    return f"{stem}-{timezone.localdate():%Y-%m-%d}.{extension}"
