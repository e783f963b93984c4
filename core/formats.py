"""How Repères writes dates, durations and numbers for people, in the active language.

- a date in words: "30 novembre 2026", "1er décembre 2026" (English: "30 November 2026");
- a duration: "15 min", "1 h", "3 h 30" (English: "3 h 30 min", once translated: "3 h 30"
  alone reads as a clock time in English); never "3.5 h";
- a number: at most two decimals, no trailing zero, the language's decimal mark ("5,5").
"""

from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from django.utils import timezone, translation
from django.utils.dateformat import format as format_date
from django.utils.formats import get_format
from django.utils.translation import gettext as _

NBSP = "\u00a0"


def as_date(value):
    """A date from a date, a datetime (its local day when aware) or an ISO "2026-11-30"."""
    if isinstance(value, datetime):
        return timezone.localdate(value) if timezone.is_aware(value) else value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        return None


def long_date(value, weekday=False):
    """The day in words; `weekday` puts the day of the week first ("lundi 1er décembre 2026").
    A value that is not a date is returned as it is."""
    day = as_date(value)
    if day is None:
        return value
    # French writes the first of the month "1er".
    french = (translation.get_language() or "fr").split("-")[0] == "fr"
    text = format_date(day, "1\\e\\r F Y" if french and day.day == 1 else "j F Y")
    return f"{format_date(day, 'l')} {text}" if weekday else text


def duration(minutes):
    """ "15 min", "1 h", "3 h 30": with non-breaking spaces, so a phone never splits it."""
    total = int(round(minutes or 0))
    hours, rest = divmod(total, 60)
    if not hours:
        text = _("%(minutes)s min") % {"minutes": rest}
    elif not rest:
        text = _("%(hours)s h") % {"hours": hours}
    else:
        text = _("%(hours)s h %(minutes)02d") % {"hours": hours, "minutes": rest}
    return text.replace(" ", NBSP)


def duration_of_hours(hours):
    """`duration` of a number of hours (3.5, Decimal("3.50") or "3.5")."""
    try:
        return duration(Decimal(str(hours or 0)) * 60)
    except InvalidOperation:
        return hours


def number(value, places=2, decimal_mark=None):
    """3 -> "3", 5.5 -> "5,5" in French ("5.5" in English): at most `places` decimals, no
    trailing zero, no thousands separator (spreadsheets read it as a number)."""
    if value is None or isinstance(value, bool):
        return value
    text = f"{Decimal(str(value)):.{places}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", decimal_mark or get_format("DECIMAL_SEPARATOR"))
