"""Geometry of the before/after chart (SVG, drawn by the template beside a table of the same
numbers). Coordinates are written here with a decimal point, whatever the language."""

from django.utils.formats import number_format
from django.utils.translation import gettext as _

WIDTH = 480
# (css class, fill) of each moment's bar: before light, just after dark, 90 days between.
BAR_STYLES = {"before": ("chart__bar--light", "#9db4d6"), "after": ("chart__bar", "#1d4e89"),
              "day90": ("chart__bar--mid", "#4f78b0")}


def svg(number):
    return f"{round(number, 1):g}"


def _text(row, value):
    if row.percent:
        return f"{number_format(value * 100, 0)} %"
    return f"{number_format(value, 1)} / 5"


def before_after(results):
    """Per dimension whose two means are shown: its name on a line, then two bars (before,
    after) under it, and a third (90 days) when that mean is shown too, so that a phone shows
    them as large as a desktop. None otherwise."""
    if results.comparison is None:
        return None
    first, second = results.comparison
    moments = [(first, _("Avant")), (second, _("Après"))]
    if getattr(results, "retention", None):
        moments.append((results.retention[1], _("90 jours")))
    value_width, bar, gap, label_height, group_gap, top = 120, 20, 4, 22, 14, 4
    scale = WIDTH - value_width
    groups, y = [], top
    for row in results.dimensions:
        if row.means.get(first) is None or row.means.get(second) is None:
            continue
        label_y = y + 16
        y += label_height
        bars = []
        shown = [(moment, label) for moment, label in moments
                 if row.means.get(moment) is not None]
        for index, (moment, label) in enumerate(shown):
            value = row.means[moment]
            css, fill = BAR_STYLES.get(moment, BAR_STYLES["after"])
            share = value if row.percent else value / 5
            width = max(share, 0) * scale
            bar_y = y + index * (bar + gap)
            bars.append({"moment": moment, "label": label, "text": _text(row, value),
                         "css": css, "fill": fill,
                         "x": "0", "y": svg(bar_y), "width": svg(width),
                         "height": svg(bar), "text_x": svg(width + 6),
                         "text_y": svg(bar_y + bar * 0.75)})
        groups.append({"label": row.label, "label_y": svg(label_y), "bars": bars})
        y += len(shown) * bar + (len(shown) - 1) * gap + group_gap
    if not groups:
        return None
    return {"width": svg(WIDTH), "height": svg(y + top), "groups": groups, "label_x": "0"}
