"""Geometry of the dashboard's small SVG bar charts; the templates draw them.

Each chart comes with a table of the same numbers, so the SVG only has to be a picture
with a title and a description (role="img"). Coordinates are strings written here: a template
would print 13,6 in French, which is not a length and leaves the chart empty.
"""

from django.utils.formats import date_format

WIDTH = 600


def svg(number):
    """A coordinate as SVG wants it, with a decimal point in every language: "13.6", "40"."""
    return f"{round(number, 1):g}"


def horizontal_bars(items, *, label, value, maximum=100, suffix=" %"):
    """One bar per item, left to right; `label` and `value` are functions of an item."""
    label_width, value_width, bar_height, gap, top = 200, 60, 24, 14, 8
    scale = (WIDTH - label_width - value_width) / (maximum or 1)
    bars = []
    for index, item in enumerate(items):
        amount = value(item) or 0
        y = top + index * (bar_height + gap)
        width = max(amount, 0) * scale
        bars.append({"label": label(item), "text": f"{amount}{suffix}", "x": svg(label_width),
                     "y": svg(y), "width": svg(width), "height": svg(bar_height),
                     "text_x": svg(label_width + round(width, 1) + 6),
                     "text_y": svg(y + bar_height * 0.7), "label_y": svg(y + bar_height * 0.7)})
    height = top * 2 + len(bars) * (bar_height + gap)
    return {"width": svg(WIDTH), "height": svg(max(height, 40)), "bars": bars,
            "label_x": svg(label_width - 8)}


def monthly_bars(months):
    """Vertical bars for [{"month": date, "count": n}], with month names under them."""
    height, bottom, top, left = 220, 40, 20, 10
    plot = height - bottom - top
    maximum = max((m["count"] for m in months), default=0) or 1
    step = (WIDTH - 2 * left) / max(len(months), 1)
    bars = []
    for index, month in enumerate(months):
        bar_height = round(plot * month["count"] / maximum, 1)
        x = left + index * step
        bars.append({"x": svg(x + step * 0.15), "width": svg(step * 0.7),
                     "y": svg(top + plot - bar_height), "height": svg(bar_height),
                     "count": month["count"], "center": svg(x + step / 2),
                     "count_y": svg(top + plot - bar_height - 4),
                     "label": date_format(month["month"], "M"),
                     "long_label": date_format(month["month"], "F Y")})
    return {"width": svg(WIDTH), "height": svg(height), "bars": bars, "axis_y": svg(top + plot),
            "label_y": svg(height - bottom + 18)}
