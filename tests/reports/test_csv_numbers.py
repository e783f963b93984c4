"""CSV numbers follow the language, so that the spreadsheet of that language reads them as
numbers: in French a decimal comma with ";" between cells (never "3.5" beside ";", which
French Excel reads as a date), in English a decimal point with ",". Parsed back with csv."""

import csv
import io
from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from scheduling.models import AwarenessSession, Registration


@pytest.fixture
def three_and_a_half_hours(org_c):
    """g1 attended 3 h 30 of a session held last week, m1 3 h."""
    now = timezone.now()
    held = AwarenessSession.objects.create(
        title="Repérer la souffrance psychique", capacity=10,
        status=AwarenessSession.Status.CLOSED, starts_at=now - timedelta(days=7),
        ends_at=now - timedelta(days=7) + timedelta(hours=4))
    for person, hours in ((org_c.g1, "3.50"), (org_c.m1, "3.00")):
        Registration.objects.create(session=held, user=person, status="attended",
                                    hours_attended=Decimal(hours))
    return held


def rows_of(response, delimiter):
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=delimiter))


def hours_by_email(rows):
    """E-mail (7th column) -> hours of presence (the last one)."""
    return {row[6]: row[-1] for row in rows[1:]}


def test_french_csv_has_decimal_commas_beside_semicolons(client, org_c, three_and_a_half_hours):
    client.force_login(org_c.hr)
    raw = b"".join(client.get("/espace-rh/tableau-de-bord/presences.csv").streaming_content)
    assert b"3.5" not in raw
    rows = rows_of(client.get("/espace-rh/tableau-de-bord/presences.csv"), ";")
    assert rows[0][-1] == "Heures de présence"
    assert hours_by_email(rows) == {"g1@c.test": "3,5", "m1@c.test": "3"}


def test_english_csv_has_decimal_points_beside_commas(client, org_c, three_and_a_half_hours):
    client.force_login(org_c.hr)
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    response = client.get("/espace-rh/tableau-de-bord/presences.csv")
    rows = rows_of(response, ",")
    assert len(rows[0]) == 11  # one cell per column: "," is the separator
    assert hours_by_email(rows) == {"g1@c.test": "3.5", "m1@c.test": "3"}


def test_indicators_csv_hours_follow_the_language(client, coordinator, org_c,
                                                  three_and_a_half_hours):
    client.force_login(coordinator)
    rows = rows_of(client.get("/espace-rh/indicateurs/indicateurs.csv"), ";")
    assert rows[-2][-1] == "Heures de présence" and rows[-1][-1] == "6,5"
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    rows = rows_of(client.get("/espace-rh/indicateurs/indicateurs.csv"), ",")
    assert rows[-1][-1] == "6.5"
