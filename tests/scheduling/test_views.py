"""What each person sees of sessions, and bounded queries as data grows."""

import re
import threading
from datetime import timedelta
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.db import close_old_connections, connection
from django.utils import timezone

from scheduling import services
from scheduling.models import AwarenessSession, Registration
from tests.factories import EmailDomainFactory, UserFactory

from .conftest import create_session

pytestmark = pytest.mark.django_db


def _text(response):
    return unescape(response.content.decode())


def test_a_learner_registers_and_cancels_through_the_pages(client, session, learner):
    client.force_login(learner)
    page = _text(client.get(f"/sessions/{session.pk}/"))
    assert "10 places restantes" in page and "M'inscrire" in page
    response = client.post(f"/sessions/{session.pk}/inscription/", follow=True)
    page = _text(response)
    assert "Vous êtes inscrit·e" in page and "Annuler mon inscription" in page
    assert "1 rue de l'Essai" in page  # the place and access notes, once registered
    response = client.post(f"/sessions/{session.pk}/annulation/", follow=True)
    assert "Votre inscription est annulée" in _text(response)
    assert Registration.objects.get(session=session, user=learner).status == "cancelled"


def test_registering_to_a_cancelled_session_says_so_and_changes_nothing(client, session,
                                                                      learner):
    AwarenessSession.objects.filter(pk=session.pk).update(status="cancelled",
                                                          cancellation_reason="Grève")
    client.force_login(learner)
    response = client.post(f"/sessions/{session.pk}/inscription/", follow=True)
    assert "Cette session est annulée" in _text(response)
    assert not Registration.objects.exists()


def test_the_waiting_list_message_gives_each_person_their_place(client, make_session,
                                                                staff_a):
    session = make_session(capacity=1, title="Session d'une place")
    places = []
    for person in staff_a[:3]:
        client.force_login(person)
        response = client.post(f"/sessions/{session.pk}/inscription/", follow=True)
        places.append(_text(response))
    assert "Vous êtes inscrit·e" in places[0]
    assert "liste d'attente, en position 1." in places[1]
    assert "liste d'attente, en position 2." in places[2]
    # The position the page shows later, counted again, agrees.
    assert services.waiting_position(Registration.objects.get(session=session,
                                                               user=staff_a[2])) == 2


def test_registering_to_a_session_one_may_not_see_is_a_404_and_writes_nothing(
        client, make_session, org_a, learner_b):
    session = make_session(title="Session réservée au bailleur A", open_to_all=False)
    session.organisations.set([org_a])
    client.force_login(learner_b)
    response = client.post(f"/sessions/{session.pk}/inscription/")
    assert response.status_code == 404
    assert session.title not in _text(response)
    assert client.post("/sessions/987654321/inscription/").status_code == 404
    assert not Registration.objects.exists()


def test_the_list_shows_seats_left_and_my_status(client, make_session, learner, staff_a):
    full = make_session(capacity=1, title="Session complète")
    services.register(full, staff_a[0])
    mine = make_session(title="Ma session")
    services.register(mine, learner)
    make_session(title="Session passée", starts_in=timedelta(days=-3))
    client.force_login(learner)
    page = _text(client.get("/sessions/"))
    assert "Complète : liste d'attente" in page
    assert "Inscrit·e" in page
    assert "Session passée" not in page


def test_hr_sees_only_their_own_staff_on_a_shared_session(client, session, staff_a, hr_a, hr_b,
                                                           org_b):
    services.register(session, staff_a[0])
    colleague_b = UserFactory(organisation=org_b, last_name="Bécassine")
    services.register(session, colleague_b)
    client.force_login(hr_b)
    page = _text(client.get(f"/espace-rh/sessions/{session.pk}/"))
    assert "Bécassine" in page and staff_a[0].last_name not in page
    # Nor can B cancel A's registration, even knowing its number.
    registration = session.registrations.get(user=staff_a[0])
    response = client.post(f"/espace-rh/sessions/{session.pk}/inscriptions/"
                           f"{registration.pk}/annuler/")
    assert response.status_code == 404
    registration.refresh_from_db()
    assert registration.status == "registered"


def test_hr_registers_several_staff_and_cannot_register_another_organisations(
        client, session, staff_a, hr_a, learner_b):
    client.force_login(hr_a)
    response = client.post(f"/espace-rh/sessions/{session.pk}/",
                           {"people": [staff_a[0].pk, staff_a[1].pk]}, follow=True)
    assert "Inscrit·es" in _text(response)
    assert session.registrations.filter(registered_by=hr_a).count() == 2
    response = client.post(f"/espace-rh/sessions/{session.pk}/", {"people": [learner_b.pk]})
    assert response.status_code == 400
    assert "ne fait pas partie de votre organisation" in _text(response)
    assert not session.registrations.filter(user=learner_b).exists()


def test_trainer_marks_attendance_and_adds_a_walk_in(client, make_session, trainer, staff_a,
                                                     org_a):
    EmailDomainFactory(organisation=org_a, domain="bailleur-a.test")
    session = make_session(starts_in=timedelta(hours=-1), trainers=[trainer])
    registration = Registration.objects.create(session=session, user=staff_a[0])
    slot = session.slots.get()
    client.force_login(trainer)
    client.post(f"/formateur/sessions/{session.pk}/presence/",
                {"registration": registration.pk, "slot": slot.pk, "status": "present"})
    registration.refresh_from_db()
    assert registration.status == "attended"
    walk_in = {"slot": slot.pk, "email": "venue@bailleur-a.test", "first_name": "Lou",
               "last_name": "Venue", "job_role": "mediateur"}
    url = f"/formateur/sessions/{session.pk}/sans-inscription/"
    response = client.post(url, walk_in, follow=True)
    assert "Lou Venue est ajouté·e et noté·e présent·e. Un compte a été créé" in _text(response)
    assert session.registrations.get(user__email="venue@bailleur-a.test").status == "attended"
    # Adding someone already present says so, and changes nothing.
    response = client.post(url, walk_in, follow=True)
    assert "Lou Venue est déjà sur la liste, noté·e présent·e" in _text(response)
    assert "est ajouté·e" not in _text(response)
    # Someone registered who came is marked present, and told apart from a walk-in.
    other = Registration.objects.create(session=session, user=staff_a[1])
    response = client.post(url, {"slot": slot.pk, "email": staff_a[1].email,
                                 "job_role": "gardien"}, follow=True)
    assert f"{staff_a[1].get_full_name()} était déjà inscrit·e : noté·e présent·e" in \
        _text(response)
    other.refresh_from_db()
    assert other.status == "attended" and not other.walk_in
    # A new address without a name: the form says what is missing, nothing is created.
    response = client.post(url, {"slot": slot.pk, "email": "inconnue@bailleur-a.test",
                                 "job_role": "gardien"})
    assert response.status_code == 400
    assert "ce champ est nécessaire pour en créer un" in _text(response)
    assert not session.registrations.filter(user__email="inconnue@bailleur-a.test").exists()
    # An address of no partner organisation: refused in plain words, next to the form.
    response = client.post(url, {**walk_in, "email": "lou@ailleurs.test"})
    assert response.status_code == 400
    assert "n'est le domaine d'aucune organisation partenaire" in _text(response)
    assert not get_user_model().objects.filter(email="lou@ailleurs.test").exists()


def test_a_trainer_cannot_run_someone_elses_session(client, make_session, trainer):
    other = make_session(starts_in=timedelta(hours=-1))
    client.force_login(trainer)
    assert client.get(f"/formateur/sessions/{other.pk}/").status_code == 404
    assert client.post(f"/formateur/sessions/{other.pk}/cloturer/").status_code == 404


def test_qr_page_encodes_a_check_in_link_that_works(client, make_session, trainer, staff_a):
    session = make_session(starts_in=timedelta(hours=-1), trainers=[trainer])
    Registration.objects.create(session=session, user=staff_a[0])
    client.force_login(trainer)
    page = _text(client.get(f"/formateur/sessions/{session.pk}/qr/"))
    assert "<svg" in page
    refresh = int(re.search(r'data-refresh="(\d+)"', page).group(1))
    assert 1 <= refresh <= 61  # reloads when the minute's code changes
    token = services.checkin_token(session, session.slots.get())
    client.force_login(staff_a[0])
    page = _text(client.get(f"/sessions/{session.pk}/pointage/{token}/"))
    assert session.title in page and "Je suis présent·e" in page
    response = client.post(f"/sessions/{session.pk}/pointage/{token}/")
    assert "vous êtes marqué·e présent·e" in _text(response)
    assert session.registrations.get(user=staff_a[0]).status == "attended"
    # Scanning again changes nothing and says so.
    response = client.post(f"/sessions/{session.pk}/pointage/{token}/")
    assert response.status_code == 200
    assert "Vous êtes déjà noté·e présent·e pour ce créneau" in _text(response)
    # The trainer sees who checked in by QR code, and when.
    client.force_login(trainer)
    assert "par QR code à" in _text(client.get(f"/formateur/sessions/{session.pk}/"))


def test_the_check_in_page_shows_nothing_to_someone_not_registered(client, make_session,
                                                                   trainer, org_a, learner,
                                                                   learner_b):
    session = make_session(starts_in=timedelta(hours=-1), trainers=[trainer],
                           title="Session réservée au bailleur A", open_to_all=False)
    session.organisations.set([org_a])
    session.save()
    token = services.checkin_token(session, session.slots.get())
    for person in (learner, learner_b):  # open to A but not registered; not open to B
        client.force_login(person)
        for method in ("get", "post"):
            response = getattr(client, method)(f"/sessions/{session.pk}/pointage/{token}/")
            assert response.status_code == 403
            page = _text(response)
            assert "Vous n'êtes pas inscrit·e à cette session" in page
            assert session.title not in page and "Je suis présent·e" not in page
    assert not session.registrations.exists()
    # A made-up code shows nothing either.
    response = client.get(f"/sessions/{session.pk}/pointage/pas-un-code/")
    assert response.status_code == 400 and session.title not in _text(response)


def test_a_correction_after_closing_shows_the_revocation_then_revokes_on_confirmation(
        client, make_session, trainer, staff_a):
    from certificates.models import Certificate

    session = make_session(starts_in=timedelta(hours=-4), trainers=[trainer])
    slot = session.slots.get()
    registration = Registration.objects.create(session=session, user=staff_a[0])
    services.mark(registration, slot, "present", by=trainer)
    services.close_session(session, by=trainer)
    certificate = Certificate.objects.get(kind="session", subject_id=session.pk)
    client.force_login(trainer)
    data = {"registration": registration.pk, "slot": slot.pk, "status": "absent"}
    response = client.post(f"/formateur/sessions/{session.pk}/presence/", data)
    page = _text(response)
    assert response.status_code == 200
    assert "son attestation de présence sera révoquée" in page
    assert "Présence corrigée par le formateur après la clôture" in page  # the reason
    assert 'name="confirm"' in page
    registration.refresh_from_db()
    certificate.refresh_from_db()
    assert registration.status == "attended" and certificate.is_valid  # nothing saved yet
    response = client.post(f"/formateur/sessions/{session.pk}/presence/",
                           {**data, "confirm": "on"}, follow=True)
    assert "l'attestation de " in _text(response) and "est révoquée" in _text(response)
    registration.refresh_from_db()
    certificate.refresh_from_db()
    assert registration.status == "absent"
    assert certificate.status == "revoked"
    assert certificate.revocation_reason.startswith("Présence corrigée par le formateur")
    client.logout()
    page = _text(client.get(f"/verifier/{certificate.code}/"))
    assert "Attestation révoquée." in page and "Présence corrigée par le formateur" in page


def test_hr_session_page_states_the_capacity_and_names_deleted_accounts(client, make_session,
                                                                      trainer, staff_a, hr_a):
    from accounts.services import delete_account

    session = make_session(starts_in=timedelta(hours=-4), trainers=[trainer], capacity=2)
    slot = session.slots.get()
    for person in staff_a[:2]:
        services.mark(Registration.objects.create(session=session, user=person), slot,
                      "present", by=trainer)
    services.close_session(session, by=trainer)
    delete_account(staff_a[1])
    client.force_login(hr_a)
    page = _text(client.get(f"/espace-rh/sessions/{session.pk}/"))
    # (The plural form of 0 depends on the compiled catalogue: "0 place" in French.)
    assert re.search(r"0 places? restantes? sur 2\.", page)
    assert "Compte supprimé" in page
    assert f'href="/espace-rh/personnes/{staff_a[1].pk}/"' not in page  # no empty link
    assert staff_a[0].get_full_name() in page


@pytest.mark.parametrize("path", ["/formateur/", "/formateur/sessions/{pk}/",
                                  "/formateur/sessions/{pk}/qr/",
                                  "/formateur/sessions/{pk}/emargement.pdf",
                                  "/formateur/sessions/{pk}/attestations/",
                                  "/formateur/sessions/{pk}/attestations/{code}/pdf/",
                                  "/attestations/{code}/pdf/"])
def test_trainer_pages_and_pdfs_are_not_stored(client, make_session, trainer, staff_a, path):
    from certificates.models import Certificate

    session = make_session(starts_in=timedelta(hours=-4), trainers=[trainer])
    services.mark(Registration.objects.create(session=session, user=staff_a[0]),
                  session.slots.get(), "present", by=trainer)
    services.close_session(session, by=trainer)
    code = Certificate.objects.get(subject_id=session.pk).code
    client.force_login(staff_a[0] if path.startswith("/attestations/") else trainer)
    response = client.get(path.format(pk=session.pk, code=code))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_the_check_in_page_is_not_stored(client, make_session, trainer, staff_a):
    session = make_session(starts_in=timedelta(hours=-1), trainers=[trainer])
    Registration.objects.create(session=session, user=staff_a[0])
    client.force_login(staff_a[0])
    token = services.checkin_token(session, session.slots.get())
    response = client.get(f"/sessions/{session.pk}/pointage/{token}/")
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]


# --- Bounded queries ---------------------------------------------------------------------

def _many_sessions(count, trainer, people):
    sessions = []
    for index in range(count):
        session = create_session(title=f"Session {index}", trainers=[trainer],
                                 starts_in=timedelta(days=5 + index), slots=((0, 2), (3, 2)))
        for person in people:
            Registration.objects.create(session=session, user=person)
        sessions.append(session)
    return sessions


@pytest.mark.parametrize("count", [2, 12])
def test_lists_keep_a_constant_number_of_queries(client, trainer, learner, hr_a, coordinator,
                                                 staff_a, count, django_assert_max_num_queries):
    sessions = _many_sessions(count, trainer, [learner, *staff_a])
    pages = [(learner, "/sessions/"), (learner, "/mes-sessions/"), (trainer, "/formateur/"),
             (hr_a, "/espace-rh/sessions/"), (coordinator, "/espace-rh/sessions/"),
             (trainer, f"/formateur/sessions/{sessions[0].pk}/"),
             (hr_a, f"/espace-rh/sessions/{sessions[0].pk}/")]
    for person, url in pages:
        client.force_login(person)
        with django_assert_max_num_queries(26):
            assert client.get(url).status_code == 200, url


def test_attendance_page_queries_do_not_grow_with_registrants(
        client, make_session, trainer, org_a, django_assert_max_num_queries):
    session = make_session(starts_in=timedelta(hours=-1), trainers=[trainer], capacity=60)
    for index in range(40):
        Registration.objects.create(session=session, user=UserFactory(organisation=org_a))
        if index % 10 == 0:
            client.force_login(trainer)
            with django_assert_max_num_queries(24):
                client.get(f"/formateur/sessions/{session.pk}/")


# --- Concurrency (PostgreSQL) -------------------------------------------------------------

@pytest.mark.postgres
def test_fifty_people_at_once_on_ten_seats(_shared_data_snapshot, transactional_db,
                                           django_db_serialized_rollback, org_a):
    """Registration takes the session's row lock: exactly ten seats, forty waiting in order."""
    session = create_session(capacity=10)
    people = [UserFactory(organisation=org_a, email=f"ruee{i}@exemple.test") for i in range(50)]
    errors, barrier = [], threading.Barrier(50)

    def register(person):
        try:
            barrier.wait()
            services.register(session, person)
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=register, args=(p,)) for p in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert session.registrations.filter(status="registered").count() == 10
    waiting = list(session.registrations.waiting())
    assert len(waiting) == 40
    assert [services.waiting_position(r) for r in waiting] == list(range(1, 41))
    # Waiting order is arrival order under the lock: times never go backwards.
    times = [r.waiting_since for r in waiting]
    assert times == sorted(times)
    seated_last = session.registrations.filter(status="registered").latest("created_at")
    assert seated_last.created_at <= waiting[0].waiting_since

    # Cancelling in parallel too: every freed seat goes to the next in line, none twice.
    seated = list(session.registrations.filter(status="registered"))[:5]
    threads = [threading.Thread(target=lambda r=r: (services.cancel(r, by=r.user),
                                                    connection.close())) for r in seated]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert session.registrations.filter(status="registered").count() == 10
    assert session.registrations.waiting().count() == 35
    assert timezone.now() > waiting[0].waiting_since


def test_hr_downloads_the_certificates_of_one_session_as_a_zip(
        client, make_session, trainer, staff_a, hr_a, django_capture_on_commit_callbacks):
    import io
    import zipfile

    from certificates.models import CertificateExport

    sessions = [make_session(starts_in=timedelta(hours=-2), trainers=[trainer],
                             title=f"Session {n}") for n in range(2)]
    for session in sessions:
        for person in staff_a[:2]:
            registration = Registration.objects.create(session=session, user=person)
            services.mark(registration, session.slots.get(), "present", by=trainer)
        services.close_session(session, by=trainer)
    client.force_login(hr_a)
    page = _text(client.get(f"/espace-rh/sessions/{sessions[0].pk}/"))
    link = f"/espace-rh/attestations/?kind=session&subject={sessions[0].pk}"
    assert link in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/espace-rh/attestations/",
                               {"kind": "session", "subject": sessions[0].pk})
    export = CertificateExport.objects.get(requested_by=hr_a)
    assert response.status_code == 302 and export.total == 2
    archive = zipfile.ZipFile(io.BytesIO(client.get(
        f"/espace-rh/attestations/export/{export.pk}/zip/").getvalue()))
    assert len(archive.namelist()) == 2
    assert all("session-0" in name for name in archive.namelist())


def test_hr_registration_lists_a_bounded_filtered_set_of_staff(client, session, hr_a, org_a,
                                                               coordinator,
                                                               django_assert_max_num_queries):
    from accounts.models import JobRole
    from hr.views.sessions import CANDIDATES_SHOWN

    for index in range(CANDIDATES_SHOWN + 5):
        UserFactory(organisation=org_a, job_role=JobRole.CARETAKER, last_name=f"Z{index:03d}")
    UserFactory(organisation=org_a, job_role=JobRole.MEDIATOR, last_name="Médiatrice")
    client.force_login(hr_a)
    with django_assert_max_num_queries(30):
        page = _text(client.get(f"/espace-rh/sessions/{session.pk}/"))
    assert page.count('name="people"') == CANDIDATES_SHOWN
    assert "précisez le métier ou le nom" in page
    page = _text(client.get(f"/espace-rh/sessions/{session.pk}/", {"metier": "mediateur"}))
    assert page.count('name="people"') == 1 and "Médiatrice" in page
    page = _text(client.get(f"/espace-rh/sessions/{session.pk}/", {"q": "Z10"}))
    assert page.count('name="people"') == 5
    # Someone not listed by the current filter can still be registered (validation is on
    # the whole staff), and the filters survive the redirect.
    hidden = org_a.members.get(last_name="Z104")
    response = client.post(f"/espace-rh/sessions/{session.pk}/?metier=mediateur",
                           {"people": [hidden.pk]})
    assert response.status_code == 302 and response["Location"].endswith("?metier=mediateur")
    assert session.registrations.filter(user=hidden).exists()
    # The coordination first picks an organisation: no list of every person of every landlord.
    client.force_login(coordinator)
    page = _text(client.get(f"/espace-rh/sessions/{session.pk}/"))
    assert 'name="people"' not in page and "Choisissez d'abord l'organisation" in page
    page = _text(client.get(f"/espace-rh/sessions/{session.pk}/",
                            {"organisation": org_a.pk, "metier": "mediateur"}))
    assert page.count('name="people"') == 1


def test_a_check_in_is_confirmed_by_the_person_who_opened_it_within_a_minute(
        client, make_session, trainer, staff_a, monkeypatch):
    import time

    session = make_session(starts_in=timedelta(hours=-1), trainers=[trainer])
    for person in staff_a[:2]:
        Registration.objects.create(session=session, user=person)
    token = services.checkin_token(session, session.slots.get())
    url = f"/sessions/{session.pk}/pointage/{token}/"
    client.force_login(staff_a[0])
    client.get(url)
    # A colleague who received the link confirms without opening it from their own phone.
    other = type(client)()
    other.force_login(staff_a[1])
    assert "expiré" in _text(other.post(url))
    assert not session.registrations.get(user=staff_a[1]).attendances.exists()
    # The person who opened it, more than a minute later: expired too.
    opened = time.time()
    monkeypatch.setattr(time, "time", lambda: opened + services.CHECKIN_CONFIRM + 1)
    response = client.post(url)
    assert response.status_code == 400 and "expiré" in _text(response)
    monkeypatch.setattr(time, "time", lambda: opened + 5)
    assert "vous êtes marqué·e présent·e" in _text(client.post(url))
