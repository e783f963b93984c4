"""The attendance sheet made for a phone: counts per status, three buttons per person that
answer in JSON for the page's script (and as pages without it), "Tous présents" in one
transaction, and a closing that asks first. Access rows, hostile input, bounded queries."""

import json
import re
from datetime import timedelta
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from scheduling import services
from scheduling.models import Attendance, Registration
from tests.access import ROLES, Row, check_nul, check_row, everyone, signed_in
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

TRAINERS = {"learner": 403, "hr_same": 403, "hr_other": 403, "editor": 403}

ROWS = [
    Row("/formateur/sessions/{session_now}/tous-presents/", everyone(405)),
    Row("/formateur/sessions/{session_now}/tous-presents/", signed_in(302, **TRAINERS),
        method="post", data={"slot": "{slot_now}"}),
    # Another session's slot: not one of this session's.
    Row("/formateur/sessions/{session_now}/tous-presents/", signed_in(404, **TRAINERS),
        method="post", data={"slot": "{other_slot}"}),
    # A session the trainer does not run: the coordination only.
    Row("/formateur/sessions/{other_now}/tous-presents/",
        signed_in(404, **TRAINERS, coordinator=302), method="post",
        data={"slot": "{other_slot}"}),
    Row("/formateur/sessions/{session_closed}/cloturer/", signed_in(200, **TRAINERS)),
]

# The same URLs asked for JSON by the page's script.
JSON_ROWS = [
    Row("/formateur/sessions/{session}/presence/", signed_in(200, **TRAINERS), method="post",
        data={"registration": "{registration}", "slot": "{slot}", "status": "excused"}),
    # A correction that revokes a certificate: the script is told to post the page.
    Row("/formateur/sessions/{session_closed}/presence/", signed_in(409, **TRAINERS),
        method="post", data={"registration": "{registration_closed}",
                             "slot": "{slot_closed}", "status": "absent"}),
    Row("/formateur/sessions/{session_now}/tous-presents/", signed_in(200, **TRAINERS),
        method="post", data={"slot": "{slot_now}"}),
    Row("/formateur/sessions/{session_closed}/tous-presents/", signed_in(400, **TRAINERS),
        method="post", data={"slot": "{slot_closed}"}),
]


def _filled(row, objects):
    return Row(row.url, row.expected, row.method,
               {key: value.format(**objects) for key, value in row.data.items()})


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row.method}:{row.url}")
def test_access(client, users_by_role, objects, row, role):
    check_row(client, users_by_role[role], _filled(row, objects), objects, role)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("row", JSON_ROWS, ids=lambda row: f"{row.method}:{row.url}")
def test_access_as_json(json_client, users_by_role, objects, row, role):
    check_row(json_client, users_by_role[role], _filled(row, objects), objects, role)


@pytest.mark.parametrize("row", ROWS + JSON_ROWS, ids=lambda row: f"{row.method}:{row.url}")
def test_nul_characters_are_refused(client, users_by_role, objects, row):
    check_nul(client, users_by_role["coordinator"], _filled(row, objects), objects)


# --- The page --------------------------------------------------------------------------------

def _text(response):
    return unescape(response.content.decode())


@pytest.fixture
def running(make_session, trainer, org_a):
    """A session running now with five people holding a seat, and one waiting."""
    session = make_session(starts_in=timedelta(hours=-1), trainers=[trainer], capacity=5)
    people = [UserFactory(organisation=org_a, first_name=f"Personne{i}", last_name=f"N{i}")
              for i in range(6)]
    registrations = [Registration.objects.create(session=session, user=person)
                     for person in people[:5]]
    Registration.objects.create(session=session, user=people[5], status="waiting",
                                waiting_since=session.starts_at)
    return session, session.slots.get(), registrations


def test_the_sheet_counts_each_status_and_shows_the_buttons_state(client, running, trainer):
    session, slot, registrations = running
    services.mark(registrations[0], slot, "present", by=trainer)
    services.mark(registrations[1], slot, "absent", by=trainer)
    services.mark(registrations[2], slot, "excused", by=trainer)
    client.force_login(trainer)
    page = _text(client.get(f"/formateur/sessions/{session.pk}/"))
    counts = dict(re.findall(r'data-count="(\w+)">(\d+)<', page))
    assert counts == {"present": "1", "absent": "1", "excused": "1", "unmarked": "2"}
    assert "Présences : 1 sur 5 inscrit·es" in page
    row = page[page.index(f'id="inscription-{registrations[1].pk}"'):]
    row = row[:row.index("</li>")]
    assert re.findall(r'value="(\w+)" class="button attendance__button" aria-pressed="(\w+)"',
                      row) == [("present", "false"), ("absent", "true"), ("excused", "false")]
    # "Tous présents" is offered, a plain form that works without the script.
    assert f'action="/formateur/sessions/{session.pk}/tous-presents/"' in page
    assert "Tous présents" in page
    assert "js/room.js" in page
    # Closing is a link to a page that asks first, no longer a button that closes at once.
    assert f'href="/formateur/sessions/{session.pk}/cloturer/"' in page
    assert f'action="/formateur/sessions/{session.pk}/cloturer/"' not in page


def test_marking_answers_json_with_the_counts(json_client, running, trainer):
    session, slot, registrations = running
    json_client.force_login(trainer)
    url = f"/formateur/sessions/{session.pk}/presence/"
    response = json_client.post(url, {"registration": registrations[0].pk, "slot": slot.pk,
                                      "status": "present"})
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    answer = response.json()
    assert answer["registration"] == registrations[0].pk and answer["status"] == "present"
    assert answer["label"] == "Présent·e"
    assert answer["message"] == f"{registrations[0].user.get_full_name()} : présent·e."
    assert {k: answer["counts"][k] for k in ("total", "present", "absent", "excused",
                                             "unmarked")} == {
        "total": 5, "present": 1, "absent": 0, "excused": 0, "unmarked": 4}
    assert answer["counts"]["summary"] == "Présences : 1 sur 5 inscrit·es"
    registrations[0].refresh_from_db()
    assert registrations[0].status == "attended"
    # Changed to excused: one mark per slot, counted once.
    answer = json_client.post(url, {"registration": registrations[0].pk, "slot": slot.pk,
                                    "status": "excused"}).json()
    assert answer["counts"]["present"] == 0 and answer["counts"]["excused"] == 1
    assert Attendance.objects.filter(registration=registrations[0]).count() == 1


def test_without_javascript_the_same_buttons_are_plain_forms(client, running, trainer):
    session, slot, registrations = running
    client.force_login(trainer)
    response = client.post(f"/formateur/sessions/{session.pk}/presence/",
                           {"registration": registrations[0].pk, "slot": slot.pk,
                            "status": "absent"},
                           headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert response.status_code == 302
    assert response["Location"].endswith(f"#inscription-{registrations[0].pk}")
    response = client.post(f"/formateur/sessions/{session.pk}/tous-presents/",
                           {"slot": slot.pk}, follow=True)
    assert "Tous présents : 4 personnes notées présentes." in _text(response)


@pytest.mark.parametrize("data, status", [
    ({"status": "present", "registration": ""}, 400),        # no registration
    ({"status": "perdu"}, 400),                              # not a status
    ({"status": "present", "registration": "9" * 40}, 400),  # huge: no one's
    ({"status": "present", "registration": "-3"}, 400),
    ({"status": "present", "registration": "abc"}, 400),
    ({"status": "present" * 10_000}, 400),                   # huge text
])
def test_hostile_marks_are_refused_in_plain_words(json_client, running, trainer, data, status):
    session, slot, registrations = running
    json_client.force_login(trainer)
    data = {"registration": registrations[0].pk, "slot": slot.pk, **data}
    response = json_client.post(f"/formateur/sessions/{session.pk}/presence/", data)
    assert response.status_code == status
    assert response.json()["error"] == "Choix de présence non reconnu : réessayez."
    assert not Attendance.objects.exists()


def test_a_registration_or_slot_of_another_session_is_not_found(json_client, running,
                                                                  make_session, trainer,
                                                                  org_a):
    session, slot, registrations = running
    other = make_session(starts_in=timedelta(hours=-1), trainers=[trainer])
    stranger = Registration.objects.create(session=other, user=UserFactory(organisation=org_a))
    json_client.force_login(trainer)
    url = f"/formateur/sessions/{session.pk}/presence/"
    for data in ({"registration": stranger.pk, "slot": slot.pk},
                 {"registration": registrations[0].pk, "slot": other.slots.get().pk}):
        response = json_client.post(url, {**data, "status": "present"})
        assert response.status_code == 404
    # The waiting list holds no seat: nothing to mark, and the script can say why.
    waiting = session.registrations.get(status="waiting")
    response = json_client.post(url, {"registration": waiting.pk, "slot": slot.pk,
                                      "status": "present"})
    assert response.status_code == 400
    assert response.json()["error"] == "Cette personne n'a pas de place à cette session."
    assert not Attendance.objects.exists()


def test_a_correction_that_revokes_a_certificate_is_never_made_silently(json_client,
                                                                          make_session,
                                                                          trainer, staff_a):
    from certificates.models import Certificate

    session = make_session(starts_in=timedelta(hours=-4), trainers=[trainer])
    slot = session.slots.get()
    registration = Registration.objects.create(session=session, user=staff_a[0])
    services.mark(registration, slot, "present", by=trainer)
    services.close_session(session, by=trainer)
    json_client.force_login(trainer)
    response = json_client.post(f"/formateur/sessions/{session.pk}/presence/",
                                {"registration": registration.pk, "slot": slot.pk,
                                 "status": "absent"})
    assert response.status_code == 409
    assert response.json()["confirm"] is True
    assert response.json()["error"].startswith("Présence corrigée par le formateur")
    assert Certificate.objects.get(subject_id=session.pk).is_valid
    registration.refresh_from_db()
    assert registration.status == "attended"
    # "Tous présents" is not offered after the closing: each correction is made alone.
    response = json_client.post(f"/formateur/sessions/{session.pk}/tous-presents/",
                                {"slot": slot.pk})
    assert response.status_code == 400
    assert "corrigez les présences une par une" in response.json()["error"]


# --- Tous présents -----------------------------------------------------------------------------

def test_everyone_not_marked_is_marked_present_and_nobody_else(json_client, running, trainer,
                                                               monkeypatch):
    session, slot, registrations = running
    services.mark(registrations[0], slot, "absent", by=trainer)
    services.mark(registrations[1], slot, "excused", by=trainer)
    Attendance.objects.create(registration=registrations[2], slot=slot, status="present",
                              method="qr", marked_by=registrations[2].user)
    services.settle(registrations[2])
    json_client.force_login(trainer)
    answer = json_client.post(f"/formateur/sessions/{session.pk}/tous-presents/",
                              {"slot": slot.pk}).json()
    assert sorted(answer["marked"]) == sorted(r.pk for r in registrations[3:])
    assert answer["message"] == "Tous présents : 2 personnes notées présentes."
    assert {k: answer["counts"][k] for k in ("present", "absent", "excused", "unmarked")} == {
        "present": 3, "absent": 1, "excused": 1, "unmarked": 0}
    marks = {m.registration_id: (m.status, m.method)
             for m in Attendance.objects.filter(slot=slot)}
    assert marks[registrations[0].pk] == ("absent", "trainer")
    assert marks[registrations[1].pk] == ("excused", "trainer")
    assert marks[registrations[2].pk] == ("present", "qr")  # the person's own check-in kept
    for registration in registrations[3:]:
        registration.refresh_from_db()
        assert marks[registration.pk] == ("present", "trainer")
        assert registration.status == "attended"
        assert registration.hours_attended == slot.hours
    assert not Attendance.objects.filter(registration__status="waiting").exists()
    # Saved in bulk, and yet the HR figures follow (the session's and the people's).
    from reports import summaries
    from reports.models import SessionCell

    assert summaries.differences() == []
    assert SessionCell.objects.get(session=session).present == 3
    # Again: nothing left to mark, and it says so.
    answer = json_client.post(f"/formateur/sessions/{session.pk}/tous-presents/",
                              {"slot": slot.pk}).json()
    assert answer["marked"] == []
    assert answer["message"] == "Tout le monde est déjà pointé sur ce créneau : rien n'a changé."


def test_tous_presents_is_one_transaction(running, trainer, monkeypatch):
    session, slot, registrations = running

    def fail(*args, **kwargs):
        raise RuntimeError("database gone")

    monkeypatch.setattr(Registration.objects, "bulk_update", fail)
    with pytest.raises(RuntimeError):
        services.mark_all_present(session, slot, by=trainer)
    assert not Attendance.objects.filter(slot=slot).exists()
    assert set(Registration.objects.filter(session=session).values_list("status", flat=True)) \
        == {"registered", "waiting"}


def test_tous_presents_refuses_a_cancelled_session(running, trainer):
    from django.core.exceptions import ValidationError

    session, slot, _registrations = running
    session.status = "cancelled"
    session.save()
    with pytest.raises(ValidationError, match="annulée"):
        services.mark_all_present(session, slot, by=trainer)


# --- Closing ---------------------------------------------------------------------------------

def test_closing_asks_first_and_says_how_many_are_not_marked(client, make_session, trainer,
                                                             org_a):
    session = make_session(starts_in=timedelta(hours=-5), trainers=[trainer],
                           slots=((0, 2), (3, 1)))
    first, second = session.slots.all()
    registrations = [Registration.objects.create(session=session,
                                                 user=UserFactory(organisation=org_a))
                     for _ in range(4)]
    services.mark(registrations[0], first, "present", by=trainer)
    services.mark(registrations[1], second, "absent", by=trainer)
    client.force_login(trainer)
    url = f"/formateur/sessions/{session.pk}/cloturer/"
    page = " ".join(_text(client.get(url)).split())
    assert "2 personnes ne sont pointées sur aucun créneau : elles seront notées absentes." \
        in page
    assert f"{first} : 3 personnes non pointées" in page
    assert f"{second} : 3 personnes non pointées" in page
    assert 'name="confirm"' in page
    # Posted without the confirmation (an old page, a script): asked again, nothing closed.
    response = client.post(url)
    assert response.status_code == 200 and "Clôturer la session ?" in _text(response)
    session.refresh_from_db()
    assert session.status == "scheduled"
    response = client.post(url, {"confirm": "on"}, follow=True)
    assert "Session clôturée : les attestations de présence sont délivrées." in _text(response)
    session.refresh_from_db()
    assert session.status == "closed"
    # Once closed, the page says so and offers nothing to post.
    page = _text(client.get(url))
    assert "La session est déjà clôturée." in page and 'name="confirm"' not in page


def test_a_session_not_started_cannot_be_closed(client, make_session, trainer):
    session = make_session(starts_in=timedelta(days=2), trainers=[trainer])
    client.force_login(trainer)
    page = _text(client.get(f"/formateur/sessions/{session.pk}/cloturer/"))
    assert "La session n'a pas encore commencé." in page and 'name="confirm"' not in page


# --- Bounded queries -------------------------------------------------------------------------

def _sheet(make_session, trainer, org_a, size):
    session = make_session(starts_in=timedelta(hours=-1), trainers=[trainer], capacity=60,
                           slots=((0, 2), (3, 1)))
    people = UserFactory.create_batch(size, organisation=org_a)
    registrations = Registration.objects.bulk_create(
        [Registration(session=session, user=person) for person in people])
    return session, session.slots.first(), registrations


@pytest.fixture
def sixty(make_session, trainer, org_a):
    return _sheet(make_session, trainer, org_a, 60)


def _queries(client, method, url, data=None, **extra):
    with CaptureQueriesContext(connection) as queries:
        response = getattr(client, method)(url, data or {}, **extra)
    assert response.status_code in (200, 302), (url, response.status_code)
    return len(queries)


def test_the_sheet_of_sixty_people_keeps_a_bounded_number_of_queries(client, sixty, trainer,
                                                                     org_a):
    session, slot, registrations = sixty
    client.force_login(trainer)
    url = f"/formateur/sessions/{session.pk}/"
    few = _queries(client, "get", url)
    for index, registration in enumerate(registrations[:30]):
        services.mark(registration, slot, ("present", "absent", "excused")[index % 3],
                      by=trainer)
    many = _queries(client, "get", url)
    assert many <= few <= 24, (few, many)


def test_marking_and_tous_presents_do_not_grow_with_the_sheet(json_client, make_session,
                                                               trainer, org_a):
    counted = {}
    json_client.force_login(trainer)
    for size in (6, 60):
        session, slot, registrations = _sheet(make_session, trainer, org_a, size)
        one = _queries(json_client, "post", f"/formateur/sessions/{session.pk}/presence/",
                       {"registration": registrations[0].pk, "slot": slot.pk,
                        "status": "absent"})
        rest = _queries(json_client, "post", f"/formateur/sessions/{session.pk}/"
                        "tous-presents/", {"slot": slot.pk})
        counted[size] = (one, rest)
        assert Attendance.objects.filter(slot=slot, status="present").count() == size - 1
        assert Registration.objects.filter(session=session, status="attended").count() == \
            size - 1
    # (About twenty of them keep the HR figures current: reports.signals.)
    # (A query or two apart: what the first request of a test caches.)
    assert all(many <= few + 2 for few, many in zip(counted[6], counted[60], strict=True)), counted
    assert max(counted[60]) <= 45, counted


def test_the_closing_page_of_sixty_keeps_a_bounded_number_of_queries(client, sixty, trainer):
    session, _slot, _registrations = sixty
    client.force_login(trainer)
    assert _queries(client, "get", f"/formateur/sessions/{session.pk}/cloturer/") <= 22


def test_json_answers_are_json(json_client, running, trainer):
    """No HTML page ever answers the script: errors too are JSON it can show."""
    session, slot, registrations = running
    json_client.force_login(trainer)
    response = json_client.post(f"/formateur/sessions/{session.pk}/tous-presents/",
                                {"slot": "pas-un-creneau"})
    assert response.status_code == 400
    assert json.loads(response.content)["error"] == "Créneau non reconnu : réessayez."
