"""The indicators' tables: their numeric cells written in Python (hundreds of rows), and the
link from an organisation's row to its detail."""

from django import template
from django.utils.html import format_html, format_html_join

register = template.Library()

COUNTS = ("people", "trained", "newly_trained", "attended", "started", "completed")
RESULTS = ("attempts", "passed")


def _rate(value):
    return "—" if value is None else f"{value}\u00a0%"


@register.filter
def get(row, key):
    return row.get(key, "")


@register.simple_tag
def indicator_cells(row):
    """The ten figures of an indicators row, as <td>s (integers: nothing to localise)."""
    values = [*(row[name] for name in COUNTS), _rate(row["completion_rate"]),
              *(row[name] for name in RESULTS), _rate(row["pass_rate"])]
    return format_html_join("", '<td class="number">{}</td>', ((value,) for value in values))


@register.simple_tag(takes_context=True)
def organisation_query(context, organisation_id):
    """The page's query string with this organisation chosen (and no page number)."""
    query = context["request"].GET.copy()
    query["organisation"] = organisation_id
    query.pop("page", None)
    return format_html("{}", query.urlencode())
