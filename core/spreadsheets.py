"""Spreadsheet safety shared by every export, ours and the Wagtail admin's."""

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
