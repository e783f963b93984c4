"""Someone who joins after an assignment's due date is not late on their first day: their
own due date is NEWCOMER_DAYS after they joined, on the dashboard, the person page, the
exports, "Mon parcours" and the reminders alike."""

import csv
import io
from datetime import timedelta
from html import unescape

import pytest
from django.core import mail
from django.utils import timezone

from accounts.models import JobRole
from courses import assignments
from courses.models import Assignment
from courses.progress import NEWCOMER_DAYS, due_date_for
from courses.services import dashboard
from reports import stats
from tests.factories import UserFactory


def body(response):
    return " ".join(unescape(response.content.decode()).split())


@pytest.fixture
def newcomer(org_c):
    """A caretaker who joined today: the caretakers' assignment was due ten days ago."""
    return UserFactory(email="nouvelle@c.test", first_name="Noémie", last_name="Nouvelle",
                       job_role=JobRole.CARETAKER, organisation=org_c.organisation)


def status(org_c, person, today=None):
    people = stats.staff(org_c.hr, today=today)
    return stats.status_of(people.get(pk=person.pk))


def test_newcomer_is_to_do_not_late_and_late_people_still_are(org_c, newcomer):
    assert status(org_c, newcomer) == stats.Status.PENDING
    assert status(org_c, org_c.g3) == stats.Status.OVERDUE  # on the staff for months
    assert stats.headline(stats.staff(org_c.hr))["overdue"] == 1
    # Late once their own month has passed.
    later = timezone.localdate() + timedelta(days=NEWCOMER_DAYS + 1)
    assert status(org_c, newcomer, today=later) == stats.Status.OVERDUE


def test_newcomer_due_date_is_a_month_after_joining(org_c, newcomer):
    today = timezone.localdate()
    assert due_date_for(org_c.late, newcomer) == today + timedelta(days=NEWCOMER_DAYS)
    # Someone who was there before the due date keeps the assignment's date.
    assert due_date_for(org_c.late, org_c.g3) == org_c.late.due_date


def test_dashboard_and_person_page_do_not_call_the_newcomer_late(client, org_c, newcomer):
    client.force_login(org_c.hr)
    page = body(client.get("/espace-rh/tableau-de-bord/"))
    late = page.split("Qui est en retard", 1)[1].split("</ul>", 1)[0]
    assert "Gérard Trois" in late and "Noémie Nouvelle" not in late
    page = body(client.get(f"/espace-rh/personnes/{newcomer.pk}/"))
    assignments_part = page.split("<h3>Affectations</h3>", 1)[1].split("</ul>", 1)[0]
    assert "à faire" in assignments_part and "en retard" not in assignments_part


def test_export_gives_the_newcomer_to_do(client, org_c, newcomer):
    client.force_login(org_c.hr)
    response = client.get("/espace-rh/tableau-de-bord/suivi.csv")
    text = b"".join(response.streaming_content).decode()
    rows = {row[2]: row for row in csv.reader(io.StringIO(text[1:]), delimiter=";")}
    status_column = rows["E-mail"].index("Statut")
    assert rows["nouvelle@c.test"][status_column] == "À faire"
    assert rows["g3@c.test"][status_column] == "En retard"


def test_my_training_shows_the_newcomers_own_due_date(client, org_c, newcomer):
    item = dashboard(newcomer)["assigned"][0]
    assert item["overdue"] is False
    assert item["due_date"] == timezone.localdate() + timedelta(days=NEWCOMER_DAYS)
    client.force_login(newcomer)
    assigned = body(client.get("/mon-parcours/")).split("Demandé par votre employeur", 1)[1]
    assert "En retard" not in assigned.split("</ul>", 1)[0]


def test_reminders_wait_for_the_newcomers_own_due_date(org_c, newcomer,
                                                       django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert assignments.send_overdue_reminders() == 1
    assert [m.to for m in mail.outbox] == [["g3@c.test"]]
    with django_capture_on_commit_callbacks(execute=True):
        later = timezone.localdate() + timedelta(days=NEWCOMER_DAYS + 1)
        assert assignments.send_overdue_reminders(today=later) >= 1
    assert ["nouvelle@c.test"] in [m.to for m in mail.outbox]


@pytest.mark.parametrize("joined_days_ago, due_in_days", [
    (0, -10), (0, 0), (1, -1), (5, -3), (29, -40), (31, -40), (45, -60), (45, -44),
    (45, -46), (200, -1), (200, 0), (3, 10),
])
def test_database_and_python_agree_on_who_is_late(org_c, joined_days_ago, due_in_days):
    """The same rule in SQL (dashboard, exports, reminders) and in Python (pages)."""
    now = timezone.now()
    person = UserFactory(email="regle@c.test", job_role=JobRole.MANAGER,
                         organisation=org_c.organisation,
                         date_joined=now - timedelta(days=joined_days_ago))
    today = timezone.localdate()
    assignment = Assignment.objects.create(
        organisation=org_c.organisation, module=org_c.modules[4], person=person,
        due_date=today + timedelta(days=due_in_days))
    expected = due_date_for(assignment, person) < today
    assert (status(org_c, person) == stats.Status.OVERDUE) is expected
    assert (person in assignments.overdue_people(assignment, today)) is expected
    details = stats.training_details([person])[person.pk]
    assert bool(details["overdue_items"]) is expected


def test_the_demo_still_shows_someone_late(db, site):
    """The demo's staff joined months ago: its overdue assignment shows on the dashboard."""
    from django.contrib.auth import get_user_model

    from accounts import demo as accounts_demo
    from reports import demo as reports_demo

    accounts_demo.load()
    reports_demo.load()
    hr = get_user_model().objects.get(email=reports_demo.HR_EMAIL)
    assert stats.headline(stats.staff(hr))["overdue"] >= 1
