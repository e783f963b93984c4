"""A trainer or a room booked in two sessions at once: said on the trainer's session page
and when the session is saved in the admin, never refused."""

from datetime import timedelta
from html import unescape

import pytest
from django.contrib.messages.storage.fallback import FallbackStorage
from django.test import RequestFactory

from accounts.roles import Role
from scheduling import services
from scheduling.models import AwarenessSession
from tests.factories import UserFactory
from trainer.session_admin import warn_about_conflicts

from .conftest import create_session

pytestmark = pytest.mark.django_db

DAY = timedelta(days=12)


@pytest.fixture
def colleague(db):
    return UserFactory(email="collegue@equipe.test", first_name="Inès", last_name="Collègue",
                       roles=[Role.TRAINER, Role.LEARNER])


def elsewhere(**fields):
    return {"address": "8 avenue Ailleurs, 75020 Paris", "room": "", **fields}


def test_the_same_trainer_at_the_same_time_is_a_conflict(trainer, colleague):
    mine = create_session(title="Matin", starts_in=DAY, slots=((0, 3),), trainers=[trainer])
    other = create_session(title="Chevauche", starts_in=DAY, slots=((2, 2),),
                           trainers=[trainer, colleague], **elsewhere())
    create_session(title="Juste après", starts_in=DAY, slots=((3, 2),), trainers=[trainer],
                   **elsewhere())  # starts when the first ends: no overlap
    create_session(title="Autre formatrice", starts_in=DAY, slots=((0, 3),),
                   trainers=[colleague], **elsewhere())
    found = services.conflicts(mine)
    assert [(c.session, c.trainers, c.same_room) for c in found] == [
        (other, (trainer.get_full_name(),), False)]


def test_the_same_room_is_a_conflict_whatever_the_case_and_spacing(trainer, colleague):
    mine = create_session(title="Salle A", starts_in=DAY, trainers=[trainer],
                          address="12 rue des Lilas, 75013 Paris", room="Salle A")
    same = create_session(title="Même salle", starts_in=DAY, trainers=[colleague],
                          address="12 RUE DES LILAS, 75013 PARIS", room="  salle   a ")
    create_session(title="Autre salle", starts_in=DAY, trainers=[colleague],
                   address="12 rue des Lilas, 75013 Paris", room="Salle B")
    create_session(title="En visio", starts_in=DAY, trainers=[colleague], address="",
                   video_url="https://visio.example.test/s")
    found = services.conflicts(mine)
    assert [(c.session, c.trainers, c.same_room) for c in found] == [(same, (), True)]


def test_a_session_by_video_cannot_clash_over_a_room(trainer, colleague):
    mine = create_session(title="Visio", starts_in=DAY, trainers=[trainer], address="",
                          video_url="https://visio.example.test/a")
    create_session(title="Visio aussi", starts_in=DAY, trainers=[colleague], address="",
                   video_url="https://visio.example.test/b")
    assert services.conflicts(mine) == []


def test_cancelled_sessions_and_later_sittings_count_as_they_should(trainer):
    mine = create_session(title="Deux créneaux", starts_in=DAY, slots=((0, 2), (24, 2)),
                          trainers=[trainer])
    cancelled = create_session(title="Annulée", starts_in=DAY, trainers=[trainer],
                               **elsewhere())
    AwarenessSession.objects.filter(pk=cancelled.pk).update(status="cancelled")
    next_day = create_session(title="Le lendemain", starts_in=DAY + timedelta(hours=25),
                              trainers=[trainer], **elsewhere())
    found = services.conflicts(mine)
    assert [c.session for c in found] == [next_day]
    assert found[0].slot == next_day.slots.get()
    mine.status = AwarenessSession.Status.CANCELLED
    assert services.conflicts(mine) == []  # a cancelled session clashes with nothing


def test_the_trainer_page_warns_and_names_only_what_the_viewer_runs(client, trainer, colleague,
                                                                   coordinator):
    mine = create_session(title="Ma session", starts_in=DAY, trainers=[trainer],
                          room="Salle 1")
    create_session(title="Session de ma collègue", starts_in=DAY, trainers=[colleague],
                   room="Salle 1")
    client.force_login(trainer)
    page = unescape(client.get(f"/formateur/sessions/{mine.pk}/").content.decode())
    assert "Chevauchement : une autre session" in page and "dans la même salle" in page
    assert "Session de ma collègue" not in page
    client.force_login(coordinator)
    page = unescape(client.get(f"/formateur/sessions/{mine.pk}/").content.decode())
    assert "Chevauchement : la session « Session de ma collègue »" in page


def test_saving_in_the_admin_warns_without_refusing(trainer, coordinator):
    mine = create_session(title="Ma session", starts_in=DAY, trainers=[trainer])
    create_session(title="Doublon", starts_in=DAY, trainers=[trainer], **elsewhere())
    request = RequestFactory().post("/admin/sessions/")
    request.user = coordinator
    request.session = {}
    request._messages = FallbackStorage(request)
    warn_about_conflicts(request, mine)
    texts = [str(m) for m in request._messages]
    assert texts == [f"Chevauchement : la session « Doublon » ({services.conflicts(mine)[0].slot})"
                     f" a lieu en même temps, avec {trainer.get_full_name()}."]


def test_the_trainer_page_stays_bounded_with_many_clashes(client, trainer,
                                                          django_assert_max_num_queries):
    mine = create_session(title="Ma session", starts_in=DAY, trainers=[trainer])
    create_session(title="Doublon 1", starts_in=DAY, trainers=[trainer])
    client.force_login(trainer)
    with django_assert_max_num_queries(40) as few:
        client.get(f"/formateur/sessions/{mine.pk}/")
    for n in range(2, 12):
        create_session(title=f"Doublon {n}", starts_in=DAY, trainers=[trainer])
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = unescape(client.get(f"/formateur/sessions/{mine.pk}/").content.decode())
    assert page.count("Chevauchement :") == 11
