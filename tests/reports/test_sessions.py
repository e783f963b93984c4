"""Sessions in the HR space: upcoming registrations, the attendance list, the indicators."""

import csv
import io
from datetime import timedelta
from decimal import Decimal
from html import unescape

import pytest
from django.utils import timezone
from django.utils.html import strip_tags
from openpyxl import load_workbook

from reports import sessions as session_reports
from reports.indicators import indicators, period_bounds
from scheduling.models import AwarenessSession, Registration


def body(response):
    return unescape(response.content.decode())


@pytest.fixture
def held_and_upcoming(org_c, learner):
    """A closed session last week (capacity 10: g1 present 3 h, g2 absent, m1 excused, and
    someone of organisation A present) and one next week (g3 registered, m1 waiting)."""
    now = timezone.now()
    held = AwarenessSession.objects.create(
        title="Repérer la souffrance psychique", capacity=10,
        status=AwarenessSession.Status.CLOSED, starts_at=now - timedelta(days=7),
        ends_at=now - timedelta(days=7) + timedelta(hours=3))
    upcoming = AwarenessSession.objects.create(
        title="Garder le lien", capacity=12, starts_at=now + timedelta(days=7),
        ends_at=now + timedelta(days=7, hours=3))
    for person, status, hours in [(org_c.g1, "attended", "3"), (org_c.g2, "absent", "0"),
                                  (org_c.m1, "excused", "0"), (learner, "attended", "3")]:
        Registration.objects.create(session=held, user=person, status=status,
                                    hours_attended=Decimal(hours))
    Registration.objects.create(session=upcoming, user=org_c.g3)
    Registration.objects.create(session=upcoming, user=org_c.m1, status="waiting",
                                waiting_since=now)
    Registration.objects.create(session=upcoming, user=org_c.g2, status="cancelled")
    return held, upcoming


def test_dashboard_lists_upcoming_registrations(client, org_c, held_and_upcoming):
    client.force_login(org_c.hr)
    page = body(client.get("/espace-rh/tableau-de-bord/"))
    upcoming = page.split('id="upcoming-title"', 1)[1].split("</table>", 1)[0]
    assert "Garder le lien" in upcoming
    assert "Gérard Trois" in upcoming and "Maya Médiane" in upcoming
    assert "Gisèle Deux" not in upcoming  # cancelled
    assert "Repérer la souffrance psychique" not in upcoming  # past


def test_attendance_list_exports(client, org_c, held_and_upcoming):
    client.force_login(org_c.hr)
    response = client.get("/espace-rh/tableau-de-bord/presences.csv")
    text = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(text[1:]), delimiter=";"))
    assert rows[0] == ["Session", "Début", "Fin", "État de la session", "Nom", "Prénom",
                       "E-mail", "Métier", "Site ou agence", "Inscription",
                       "Heures de présence"]
    found = [(row[0], row[6], row[9], row[10]) for row in rows[1:]]
    assert found == [
        ("Repérer la souffrance psychique", "g2@c.test", "Absent·e", "0"),
        ("Repérer la souffrance psychique", "m1@c.test", "Excusé·e", "0"),
        ("Repérer la souffrance psychique", "g1@c.test", "Présent·e", "3"),
        ("Garder le lien", "m1@c.test", "En liste d'attente", "0"),
        ("Garder le lien", "g3@c.test", "Inscrit·e", "0"),
    ]
    response = client.get("/espace-rh/tableau-de-bord/presences.xlsx?site=Nord")
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = list(sheet.iter_rows(values_only=True))
    assert [row[6] for row in values[1:]] == ["g2@c.test", "m1@c.test", "g1@c.test",
                                              "m1@c.test"]
    assert values[3][10] == 3


def test_session_indicators(org_c, held_and_upcoming):
    today = timezone.localdate()
    start, end = period_bounds(today - timedelta(days=30), today)
    figures = session_reports.session_indicators(start, end)
    assert figures == {"held": 1, "seats": 10, "filled": 4, "fill_rate": 40, "present": 2,
                       "attendance_rate": 50, "hours": 6.0}
    figures = session_reports.session_indicators(start, end, organisation=org_c.organisation)
    assert (figures["held"], figures["filled"], figures["present"], figures["attendance_rate"]) \
        == (1, 3, 1, 33)
    rows = {row["job_role"]: row for row in indicators(
        today - timedelta(days=30), today, organisation=org_c.organisation)["rows"]}
    assert rows["gardien"]["attended"] == 1
    assert rows["mediateur"]["attended"] == 0


def test_indicators_page_shows_sessions(client, coordinator, held_and_upcoming):
    client.force_login(coordinator)
    page = body(client.get("/espace-rh/indicateurs/"))
    assert "1 session tenue" in " ".join(strip_tags(page).split())
    assert "places occupées (40 %)" in page


def test_person_page_lists_sessions(client, org_c, held_and_upcoming):
    client.force_login(org_c.hr)
    page = body(client.get(f"/espace-rh/personnes/{org_c.g1.pk}/"))
    sessions = page.split('id="person-sessions"', 1)[1].split("</table>", 1)[0]
    assert "Repérer la souffrance psychique" in sessions and "Présent·e" in sessions


def test_hr_of_another_organisation_sees_none_of_it(client, hr_b, held_and_upcoming):
    client.force_login(hr_b)
    text = b"".join(client.get("/espace-rh/tableau-de-bord/presences.csv")
                    .streaming_content).decode()
    assert "c.test" not in text and "a.test" not in text
