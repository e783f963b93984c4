from django import template
from django.utils.formats import number_format

register = template.Library()


@register.filter
def score(value, percent):
    """A mean as shown: a percentage for knowledge, "x,x / 5" for a scale."""
    if value is None:
        return ""
    if percent:
        return f"{number_format(value * 100, 0)} %"
    return f"{number_format(value, 1)} / 5"


@register.filter
def shift(value, percent):
    """A difference with its sign: "+12 points", "+0,4"."""
    if value is None:
        return ""
    sign = "+" if value > 0 else ("−" if value < 0 else "")
    if percent:
        return f"{sign}{number_format(abs(value) * 100, 0)} pts"
    return f"{sign}{number_format(abs(value), 2)}"


@register.filter
def decimal(value, places=2):
    if value is None:
        return ""
    sign = "−" if value < 0 else ""
    return f"{sign}{number_format(abs(value), int(places))}"


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None
