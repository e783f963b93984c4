"""Dates in words, durations and numbers, in the active language (see core.formats).

    {% load format_tags %}
    {{ certificate.issued_at|long_date }}          30 novembre 2026
    {{ slot.starts_at|long_date:"weekday" }}       lundi 30 novembre 2026
    {{ module.duration_minutes|duration }}         15 min, 1 h, 3 h 30
    {{ registration.hours_attended|duration:"h" }} from hours: 3.5 -> 3 h 30
    {{ value|number }}                             5,5
"""

from django import template

from core import formats

register = template.Library()


@register.filter
def long_date(value, style=""):
    return formats.long_date(value, weekday=style == "weekday")


@register.filter
def duration(value, unit="min"):
    """`value` in minutes, or in hours with the argument "h"."""
    if value in (None, ""):
        return ""
    return formats.duration_of_hours(value) if unit == "h" else formats.duration(value)


@register.filter
def number(value):
    return formats.number(value)
