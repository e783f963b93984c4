"""Geometry of the before/after chart (SVG, drawn by the template beside a table of the same
numbers). Coordinates are written here with a decimal point, whatever the language."""

from django.utils.formats import number_format
from django.utils.translation import gettext as _

WIDTH = 480


def svg(number):
    return f"{round(number, 1):g}"


def _text(row, value):
    if row.percent:
        return f"{number_format(value * 100, 0)} %"
    return f"{number_format(value, 1)} / 5"


def before_after(results):
    """Per dimension whose two means are shown: its name on a line, then two bars (before,
    after) under it, so that a phone shows them as large as a desktop. None otherwise."""
    if results.comparison is None:
        return None
    first, second = results.comparison
    value_width, bar, gap, label_height, group_gap, top = 120, 20, 4, 22, 14, 4
    scale = WIDTH - value_width
    groups, y = [], top
    for row in results.dimensions:
        if row.means.get(first) is None or row.means.get(second) is None:
            continue
        label_y = y + 16
        y += label_height
        bars = []
        for index, (moment, label) in enumerate(((first, _("Avant")), (second, _("Après")))):
            value = row.means[moment]
            share = value if row.percent else value / 5
            width = max(share, 0) * scale
            bar_y = y + index * (bar + gap)
            bars.append({"moment": moment, "label": label, "text": _text(row, value),
                         "x": "0", "y": svg(bar_y), "width": svg(width),
                         "height": svg(bar), "text_x": svg(width + 6),
                         "text_y": svg(bar_y + bar * 0.75)})
        groups.append({"label": row.label, "label_y": svg(label_y), "bars": bars})
        y += 2 * bar + gap + group_gap
    if not groups:
        return None
    return {"width": svg(WIDTH), "height": svg(y + top), "groups": groups, "label_x": "0"}
