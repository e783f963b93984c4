"""Dates in words, durations and numbers, in French and in English (core.formats)."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

from core import formats

NBSP = "\u00a0"


@pytest.mark.parametrize("value, french, english", [
    (date(2026, 11, 30), "30 novembre 2026", "30 November 2026"),
    ("2026-12-01", "1er décembre 2026", "1 December 2026"),
    # 23:30 UTC on 31 January is already 1 February in Paris.
    (datetime(2026, 1, 31, 23, 30, tzinfo=UTC), "1er février 2026", "1 February 2026"),
])
def test_long_date(value, french, english):
    with translation.override("fr"):
        assert formats.long_date(value) == french
    with translation.override("en"):
        assert formats.long_date(value) == english


def test_long_date_with_the_weekday_and_a_value_that_is_no_date():
    with translation.override("fr"):
        assert formats.long_date(date(2026, 12, 1), weekday=True) == "mardi 1er décembre 2026"
        assert formats.long_date("pas une date") == "pas une date"


@pytest.mark.parametrize("minutes, text", [
    (15, "15 min"), (60, "1 h"), (90, "1 h 30"), (210, "3 h 30"), (125, "2 h 05"), (0, "0 min"),
])
def test_duration_in_french(minutes, text):
    with translation.override("fr"):
        assert formats.duration(minutes) == text.replace(" ", NBSP)


@pytest.mark.parametrize("hours, text", [
    (3.5, "3 h 30"), (Decimal("3.50"), "3 h 30"), ("0.25", "15 min"), (0.33, "20 min"),
    (Decimal("3.00"), "3 h"),
])
def test_duration_of_hours_never_shows_a_decimal(hours, text):
    with translation.override("fr"):
        assert formats.duration_of_hours(hours) == text.replace(" ", NBSP)
    with translation.override("en"):
        # "3 h 30 min" once the English catalogue has it; never "3.5 h".
        assert formats.duration_of_hours(hours).startswith(text.replace(" ", NBSP))


@pytest.mark.parametrize("value, french, english", [
    (3, "3", "3"), (3.0, "3", "3"), (Decimal("5.50"), "5,5", "5.5"), (0.333, "0,33", "0.33"),
    (1234.5, "1234,5", "1234.5"), (100, "100", "100"),
])
def test_number(value, french, english):
    with translation.override("fr"):
        assert formats.number(value) == french
    with translation.override("en"):
        assert formats.number(value) == english


def test_template_filters():
    template = Template('{% load format_tags %}{{ d|long_date }} · {{ d|long_date:"weekday" }} · '
                        '{{ m|duration }} · {{ h|duration:"h" }} · {{ n|number }}')
    with translation.override("fr"):
        text = template.render(Context({"d": "2026-12-01", "m": 15, "h": Decimal("3.50"),
                                        "n": 5.5}))
    assert text.replace(NBSP, " ") == (
        "1er décembre 2026 · mardi 1er décembre 2026 · 15 min · 3 h 30 · 5,5")
