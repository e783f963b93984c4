"""Spreadsheets written by the platform: CSV streamed line by line in the reader's
language, XLSX in constant memory, and the formula neutralisation that every export, ours and
the Wagtail admin's, goes through. (The one reader, of staff lists, is accounts.imports.)"""

import csv
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.formats import get_format

from .formats import number

CSV_DATE = "%d/%m/%Y"
XLSX_DATE = "DD/MM/YYYY"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# A cell starting with one of these is read as a formula by Excel or LibreOffice.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """A text that a spreadsheet would read as a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def neutralise_wagtail_csv_exports():
    """Wagtail's admin exports (site history, page reports, listings) keep XLSX cells as
    text but write CSV cells as they are: a page title "=HYPERLINK(…)" would run as a
    formula in the coordinator's spreadsheet. Every CSV cell goes through `neutralise`."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "neutralises_formulas", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        value = original(self, field, value, export_format)
        return neutralise(value) if export_format == self.FORMAT_CSV else value

    preprocess_field_value.neutralises_formulas = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value


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


def xlsx_response(rows, filename, *, sheet_title):
    """Write `rows` into a temporary file (write_xlsx), then stream it."""
    return xlsx_sheets_response([Sheet(sheet_title, rows)], filename)


def xlsx_sheets_response(sheets, filename):
    """Write `sheets` into a temporary file (write_xlsx_sheets), then stream it."""
    # Closed (and so deleted) by FileResponse once sent.
    output = tempfile.TemporaryFile()  # noqa: SIM115
    write_xlsx_sheets(sheets, output)
    output.seek(0)
    return FileResponse(output, as_attachment=True, filename=filename, content_type=XLSX_TYPE)


@dataclass
class Sheet:
    """One sheet of a workbook: its name, its rows (the first one is the header, in bold),
    and optionally the width of its columns (in characters) and the columns kept as text
    when someone types in them (an employee number "00123" stays "00123")."""

    title: str
    rows: Iterable
    widths: Sequence = ()
    text_columns: Sequence = ()


def write_xlsx(rows, output, *, sheet_title):
    """Write `rows` into `output`, one sheet (see write_xlsx_sheets)."""
    write_xlsx_sheets([Sheet(sheet_title, rows)], output)


def write_xlsx_sheets(sheets, output):
    """Write `sheets` into `output` with XlsxWriter in constant-memory mode (each row is
    written out as soon as the next one starts: memory stays flat, and it is several times
    faster than openpyxl's write-only mode). Every text is written as text, never as a
    formula; `neutralise` still adds its apostrophe for the day the file is saved as CSV."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(output, {
        "constant_memory": True, "strings_to_formulas": False, "strings_to_numbers": False,
        "strings_to_urls": False})
    bold = workbook.add_format({"bold": True})
    day = workbook.add_format({"num_format": XLSX_DATE})
    text = workbook.add_format({"num_format": "@"})
    for spec in sheets:
        sheet = workbook.add_worksheet(XLSX_SHEET_FORBIDDEN.sub(" ", str(spec.title))[:31])
        for column, width in enumerate(spec.widths):
            sheet.set_column(column, column, width,
                             text if column in spec.text_columns else None)
        for column in spec.text_columns:
            if column >= len(spec.widths):
                sheet.set_column(column, column, None, text)
        _write_rows(sheet, spec.rows, bold=bold, day=day)
    workbook.close()


def _write_rows(sheet, rows, *, bold, day):
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


def export_filename(stem, extension):
    """`stem-YYYY-MM-DD.extension`, dated today."""
    return f"{stem}-{timezone.localdate():%Y-%m-%d}.{extension}"
