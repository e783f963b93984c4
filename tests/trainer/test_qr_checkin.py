"""The check-in screen: full screen, the QR code and a short code to type under it, the live
list of who checked in; and the learner's page where the code is typed. Access rows, hostile
input (another session's code, an expired one, huge ones), the rate limit."""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.utils import timezone

from scheduling import services
from scheduling.models import Attendance, Registration
from tests.access import ROLES, Row, check_nul, check_row, signed_in
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

TRAINERS = {"learner": 403, "hr_same": 403, "hr_other": 403, "editor": 403}

CODE_ROW = Row("/sessions/{session_now}/pointage/", signed_in(403, learner=400),
               method="post", data={"code": "AAAAAA"})

ROWS = [
    # The trainer's live list: their sessions' slots only.
    Row("/formateur/sessions/{session_now}/pointages.json?creneau={slot_now}",
        signed_in(200, **TRAINERS)),
    Row("/formateur/sessions/{session_now}/pointages.json?creneau={other_slot}",
        signed_in(404, **TRAINERS)),
    Row("/formateur/sessions/{session_now}/pointages.json?creneau=pas-un-creneau",
        signed_in(404, **TRAINERS)),
    Row("/formateur/sessions/{session_now}/pointages.json", signed_in(404, **TRAINERS)),
    Row("/formateur/sessions/{other_now}/pointages.json?creneau={other_slot}",
        signed_in(404, **TRAINERS, coordinator=200)),
    Row("/formateur/sessions/{session_now}/pointages.json?creneau={slot_now}",
        signed_in(405, anonymous=405), method="post"),
    Row("/formateur/sessions/{session_now}/qr/?creneau={slot_now}", signed_in(200, **TRAINERS)),
    # The learner's page: only someone holding a seat sees the form (the others are told
    # they are not registered, and shown nothing of the session).
    Row("/sessions/{session_now}/pointage/", signed_in(403, learner=200)),
    CODE_ROW,
    Row("/sessions/{session}/pointage/", signed_in(403, learner=200)),
    Row("/sessions/999999/pointage/", signed_in(404)),
]


def _filled(row, objects):
    return Row(row.url, row.expected, row.method,
               {key: value.format(**objects) for key, value in row.data.items()})


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row.method}:{row.url}")
def test_access(client, users_by_role, objects, row, role):
    check_row(client, users_by_role[role], _filled(row, objects), objects, role)


@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row.method}:{row.url}")
def test_nul_characters_are_refused(client, users_by_role, objects, row):
    check_nul(client, users_by_role["coordinator"], _filled(row, objects), objects)


def test_nul_in_a_typed_code_is_refused(client, users_by_role, objects):
    """As the person whose code it is: refused before anything is read."""
    check_nul(client, users_by_role["learner"], _filled(CODE_ROW, objects), objects)


def _text(response):
    return " ".join(unescape(response.content.decode()).split())


@pytest.fixture
def now_session(make_session, trainer, org_a):
    """A session running now, run by the trainer, with three people holding a seat."""
    session = make_session(starts_in=timedelta(hours=-1), trainers=[trainer])
    people = [UserFactory(organisation=org_a, first_name=name, last_name="Pointe")
              for name in ("Alice", "Bakary", "Chloé")]
    for person in people:
        Registration.objects.create(session=session, user=person)
    return session, session.slots.get(), people


# --- The screen -------------------------------------------------------------------------------

def test_the_screen_is_the_code_alone(client, now_session, trainer):
    session, slot, people = now_session
    client.force_login(trainer)
    response = client.get(f"/formateur/sessions/{session.pk}/qr/")
    page = unescape(response.content.decode())
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    # No site header, menu or footer; nothing but the code and what goes with it.
    assert 'class="site-header' not in page and 'class="site-footer' not in page
    assert "<nav" not in page.split('id="contenu"')[1].split('class="checkin-screen__nav"')[0]
    assert '<svg viewBox="' in page and "QR code de pointage" in page
    code = services.format_checkin_code(services.checkin_code(session, slot))
    assert re.search(rf"<strong data-code>{code}</strong>", page)
    assert f"/sessions/{session.pk}/pointage/" in page
    assert "Personne n'a encore pointé sur ce créneau." in page
    assert f'href="/formateur/sessions/{session.pk}/qr/?creneau={slot.pk}">Rafraîchir' in page
    assert f'data-live-url="/formateur/sessions/{session.pk}/pointages.json?creneau={slot.pk}"' \
        in page
    assert "Présences : 0 sur 3 inscrit·es" in _text(response)


def test_the_live_list_says_who_checked_in_and_how(client, now_session, trainer):
    session, slot, people = now_session
    alice, bakary, _chloe = [session.registrations.get(user=p) for p in people]
    services.check_in(session, services.checkin_token(session, slot), people[0])
    services.check_in_with_code(session, services.checkin_code(session, slot), people[1])
    client.force_login(trainer)
    url = f"/formateur/sessions/{session.pk}/pointages.json?creneau={slot.pk}"
    answer = client.get(url).json()
    assert answer["count"] == 2 and answer["total"] == 3
    assert answer["summary"] == "Présences : 2 sur 3 inscrit·es"
    assert [(p["name"], p["method"], p["how"]) for p in answer["people"]] == [
        ("Bakary Pointe", "code", "code tapé"), ("Alice Pointe", "qr", "QR code")]
    assert all(re.fullmatch(r"\d\d:\d\d", p["time"]) for p in answer["people"])
    # The page's minute asked for: no new code sent. Another one: the current code and QR.
    assert "qr_svg" in answer and answer["code"] == services.format_checkin_code(
        services.checkin_code(session, slot))
    same = client.get(f"{url}&fenetre={answer['window']}").json()
    assert "qr_svg" not in same and "code" not in same
    # A person the trainer marks present counts too; one marked absent leaves the list.
    services.mark(alice, slot, "absent", by=trainer)
    services.mark(session.registrations.get(user=people[2]), slot, "present", by=trainer)
    names = [p["name"] for p in client.get(url).json()["people"]]
    assert names == ["Chloé Pointe", "Bakary Pointe"]
    assert bakary.attendances.get().method == "code"
    # The screen shows the same list without the script.
    page = _text(client.get(f"/formateur/sessions/{session.pk}/qr/?creneau={slot.pk}"))
    assert "Chloé Pointe" in page and "Bakary Pointe" in page and "Alice Pointe" not in page


def test_the_screen_keeps_the_rotation_rules(client, now_session, trainer):
    session, slot, _people = now_session
    client.force_login(trainer)
    page = unescape(client.get(f"/formateur/sessions/{session.pk}/qr/").content.decode())
    refresh = int(re.search(r'data-refresh="(\d+)"', page).group(1))
    assert 1 <= refresh <= 61
    # The generic reload of js/reperes.js leaves this page to js/room.js (no flash).
    from django.contrib.staticfiles import finders
    with open(finders.find("js/reperes.js")) as script:
        assert '[data-refresh]:not([data-live-url])' in script.read()


# --- The code ---------------------------------------------------------------------------------

def _at(base, seconds):
    return base + timedelta(seconds=seconds)


def test_the_code_changes_every_minute_and_is_easy_to_read(now_session):
    session, slot, _people = now_session
    start = timezone.now().replace(second=0, microsecond=0)
    codes = [services.checkin_code(session, slot, now=_at(start, 60 * i)) for i in range(50)]
    assert all(len(code) == 6 and not set(code) & set("IO01") for code in codes)
    assert len(set(codes)) == 50
    assert services.checkin_code(session, slot, now=_at(start, 1)) == \
        services.checkin_code(session, slot, now=_at(start, 59))
    assert services.format_checkin_code("K7M4QX") == "K7M 4QX"


@pytest.mark.parametrize("typed", ["{code}", "{lower}", "{spaced}", " {dashed} "])
def test_a_registered_person_checks_in_by_typing_the_code(client, now_session, typed):
    session, slot, people = now_session
    code = services.checkin_code(session, slot)
    typed = typed.format(code=code, lower=code.lower(), spaced=f"{code[:3]} {code[3:]}",
                         dashed=f"{code[:3]}-{code[3:]}")
    client.force_login(people[0])
    page = _text(client.get(f"/sessions/{session.pk}/pointage/"))
    assert "Code affiché par le formateur" in page and session.title in page
    response = client.post(f"/sessions/{session.pk}/pointage/", {"code": typed})
    assert response.status_code == 200
    assert "C'est noté : vous êtes marqué·e présent·e." in _text(response)
    mark = Attendance.objects.get(registration__user=people[0])
    assert (mark.slot, mark.status, mark.method, mark.marked_by) == (slot, "present", "code",
                                                                       people[0])
    assert session.registrations.get(user=people[0]).status == "attended"
    # Typed again: nothing changes, and it says so.
    response = client.post(f"/sessions/{session.pk}/pointage/", {"code": code})
    assert "Vous êtes déjà noté·e présent·e pour ce créneau." in _text(response)
    assert Attendance.objects.filter(registration__user=people[0]).count() == 1


def test_a_code_of_another_session_is_refused(client, now_session, make_session, trainer):
    session, slot, people = now_session
    other = make_session(starts_in=timedelta(hours=-1), trainers=[trainer])
    client.force_login(people[0])
    response = client.post(f"/sessions/{session.pk}/pointage/",
                           {"code": services.checkin_code(other, other.slots.get())})
    assert response.status_code == 400
    assert "Ce code ne correspond pas à celui que le formateur affiche pour cette session." \
        in _text(response)
    assert not Attendance.objects.exists()


def test_an_expired_code_is_told_expired_and_the_grace_period_kept(client, now_session,
                                                                   monkeypatch):
    session, slot, people = now_session
    now = timezone.now()
    old = services.checkin_code(session, slot, now=now - timedelta(minutes=5))
    with pytest.raises(services.ValidationError) as refused:
        services.check_in_with_code(session, old, people[0], now=now)
    assert refused.value.error_list[0].code == "expired"
    client.force_login(people[0])
    response = client.post(f"/sessions/{session.pk}/pointage/", {"code": old})
    assert response.status_code == 400 and "Ce code a expiré" in _text(response)
    # The previous minute's code, a few seconds after it changed: still accepted.
    window_start = now.replace(microsecond=0) - timedelta(seconds=now.second)
    just_after = window_start + timedelta(seconds=5)
    previous = services.checkin_code(session, slot, now=window_start - timedelta(seconds=30))
    registration, _slot = services.check_in_with_code(session, previous, people[1],
                                                      now=just_after)
    assert registration.user == people[1]
    # ...but not CHECKIN_GRACE seconds later.
    with pytest.raises(services.ValidationError) as refused:
        services.check_in_with_code(session, previous, people[2], now=window_start + timedelta(
            seconds=services.CHECKIN_GRACE + 1))
    assert refused.value.error_list[0].code == "expired"
    assert not Attendance.objects.filter(registration__user=people[0]).exists()


def test_a_code_outside_the_slot_is_refused(client, make_session, trainer, staff_a):
    session = make_session(starts_in=timedelta(days=1), trainers=[trainer])
    Registration.objects.create(session=session, user=staff_a[0])
    slot = session.slots.get()
    # The code of tomorrow's slot, typed tomorrow during the slot, works...
    during = slot.starts_at + timedelta(minutes=10)
    code = services.checkin_code(session, slot, now=during)
    token = services.checkin_token_for_code(session, code, now=during)
    assert token == services.checkin_token(session, slot, now=during)
    # ...typed now, it is no code of this moment.
    client.force_login(staff_a[0])
    response = client.post(f"/sessions/{session.pk}/pointage/", {"code": code})
    assert response.status_code == 400
    assert not Attendance.objects.exists()


@pytest.mark.parametrize("typed, message", [
    ("", "Tapez le code affiché par le formateur."),
    ("ABC", "a 6 caractères, lettres et chiffres"),
    ("ABCDE0", "a 6 caractères, lettres et chiffres"),
    ("<script>", "a 6 caractères, lettres et chiffres"),
    ("A" * 100_000, "Le code affiché par le formateur a 6 caractères."),
    ("ÀÉÎÕÜÇ", "a 6 caractères, lettres et chiffres"),
])
def test_what_is_no_code_is_refused_in_plain_words(client, now_session, typed, message):
    session, _slot, people = now_session
    client.force_login(people[0])
    response = client.post(f"/sessions/{session.pk}/pointage/", {"code": typed})
    assert response.status_code == 400
    assert message in _text(response)
    assert "<script>" not in response.content.decode()
    assert not Attendance.objects.exists()


def test_someone_without_a_seat_sees_nothing_of_the_session(client, now_session, learner,
                                                            org_a):
    session, slot, _people = now_session
    waiting = UserFactory(organisation=org_a)
    Registration.objects.create(session=session, user=waiting, status="waiting",
                                waiting_since=timezone.now())
    for person in (learner, waiting):
        client.force_login(person)
        for method in ("get", "post"):
            response = getattr(client, method)(f"/sessions/{session.pk}/pointage/",
                                               {"code": services.checkin_code(session, slot)})
            assert response.status_code == 403
            page = _text(response)
            assert "Vous n'êtes pas inscrit·e à cette session" in page
            assert session.title not in page and "Code affiché" not in page
    assert not Attendance.objects.exists()


def test_wrong_codes_are_limited_per_person(client, now_session):
    session, slot, people = now_session
    client.force_login(people[0])
    url = f"/sessions/{session.pk}/pointage/"
    right = services.checkin_code(session, slot)
    wrong = "".join("A" if c != "A" else "B" for c in right)
    for _attempt in range(8):
        assert client.post(url, {"code": wrong}).status_code == 400
    response = client.post(url, {"code": right})
    assert response.status_code == 429
    assert "Trop d'essais en peu de temps." in _text(response)
    assert not Attendance.objects.exists()
    # Someone else in the room is not held back by it.
    client.force_login(people[1])
    assert "C'est noté" in _text(client.post(url, {"code": right}))


def test_a_right_code_does_not_count_against_the_limit(client, now_session, make_session,
                                                       trainer):
    session, slot, people = now_session
    client.force_login(people[0])
    url = f"/sessions/{session.pk}/pointage/"
    code = services.checkin_code(session, slot)
    for _attempt in range(10):
        assert client.post(url, {"code": code}).status_code == 200  # done, then "already"


# --- Links to the typed code ------------------------------------------------------------------

def test_the_session_page_and_the_qr_page_lead_to_the_typed_code(client, now_session,
                                                                 make_session, trainer):
    session, slot, people = now_session
    client.force_login(people[0])
    link = f'href="/sessions/{session.pk}/pointage/"'
    page = _text(client.get(f"/sessions/{session.pk}/"))
    assert link in page and "Signaler ma présence" in page
    # The page a scanned QR code opens offers it too, and so does an expired scan.
    page = _text(client.get(f"/sessions/{session.pk}/pointage/"
                            f"{services.checkin_token(session, slot)}/"))
    assert link in page
    old = services.checkin_token(session, slot, now=timezone.now() - timedelta(minutes=5))
    page = _text(client.get(f"/sessions/{session.pk}/pointage/{old}/"))
    assert "Ce QR code a expiré" in page and link in page
    # Not before the session: nothing to check in to.
    later = make_session(starts_in=timedelta(days=3), trainers=[trainer])
    Registration.objects.create(session=later, user=people[0])
    assert f'href="/sessions/{later.pk}/pointage/"' not in _text(
        client.get(f"/sessions/{later.pk}/"))
