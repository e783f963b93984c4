"""A trainer schedules, reschedules and cancels sessions in the Wagtail admin."""

from datetime import timedelta
from html import unescape

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from scheduling import services
from scheduling.models import AwarenessSession, Registration

pytestmark = pytest.mark.django_db


def _when(delta):
    return timezone.localtime(
        (timezone.now() + delta).replace(minute=0, second=0, microsecond=0)
    ).strftime("%Y-%m-%d %H:%M")


def form_data(trainer, *, slots=None, **overrides):
    start = timedelta(days=14)
    slots = slots if slots is not None else [(start, start + timedelta(hours=3))]
    data = {
        "title": "Repérer les signaux faibles",
        "topic": "Incurie, encombrement",
        "description": "Une matinée à partir de vos situations.",
        "module": "", "learning_path": "",
        "place_name": "Salle de l'agence", "address": "3 rue de l'Essai, 75020 Paris",
        "room": "", "access_notes": "", "video_url": "",
        "capacity": "12", "registration_deadline": "",
        "open_to_all": "on", "organisations": [], "trainers": [str(trainer.pk)],
        "status": "scheduled", "cancellation_reason": "",
        "slots": inline_formset([{"starts_at": _when(a), "ends_at": _when(b)}
                                 for a, b in slots]),
    }
    data.update(overrides)
    if not data["open_to_all"]:
        del data["open_to_all"]
    # Multiple choices are posted as repeated keys, not nested like formsets.
    lists = {key: data.pop(key) for key in ("audience", "organisations", "trainers")
             if key in data}
    return {**nested_form_data(data), **lists}


@pytest.fixture
def admin_client(client, trainer):
    client.force_login(trainer)
    return client


def test_a_trainer_schedules_a_session_with_two_slots(admin_client, trainer):
    start = timedelta(days=20)
    data = form_data(trainer, slots=[(start, start + timedelta(hours=3)),
                                     (start + timedelta(days=1),
                                      start + timedelta(days=1, hours=2))],
                     audience=["gardien", "mediateur"])
    response = admin_client.post("/admin/sessions/new/", data)
    assert response.status_code == 302, unescape(response.content.decode())[-3000:]
    session = AwarenessSession.objects.get(title="Repérer les signaux faibles")
    first, second = session.slots.all()
    assert session.starts_at == first.starts_at and session.ends_at == second.ends_at
    assert session.audience == ["gardien", "mediateur"]
    assert list(session.trainers.all()) == [trainer]
    assert session.created_by == trainer


@pytest.mark.parametrize("change, field_message", [
    ({"slots": [(timedelta(days=3, hours=3), timedelta(days=3))]}, "La fin doit être après le début"),
    ({"slots": [(timedelta(days=-2), timedelta(days=-2, hours=-1) + timedelta(hours=3))]},
     "Ce créneau est dans le passé"),
    ({"registration_deadline": "deadline-after-start"},
     "La date limite d'inscription doit précéder le début"),
    ({"place_name": "", "address": "", "video_url": ""}, "Indiquez un lieu"),
    ({"open_to_all": "", "organisations": []}, "Choisissez au moins une organisation"),
    ({"capacity": "0"}, "supérieure ou égale à 1"),
    ({"status": "cancelled", "cancellation_reason": ""}, "Indiquez le motif"),
])
def test_bad_sessions_are_refused_with_a_french_message(admin_client, trainer, change,
                                                        field_message):
    if change.get("registration_deadline") == "deadline-after-start":
        change["registration_deadline"] = _when(timedelta(days=15))
    response = admin_client.post("/admin/sessions/new/", form_data(trainer, **change))
    assert response.status_code == 200
    assert field_message in unescape(response.content.decode())
    assert not AwarenessSession.objects.filter(title="Repérer les signaux faibles").exists()


def _edit_data(session, trainer, **overrides):
    slots = list(session.slots.all())
    overrides = {"place_name": session.place_name, "address": session.address, **overrides}
    data = form_data(trainer, slots=[], **overrides)
    data.update({
        "slots-TOTAL_FORMS": str(len(slots)), "slots-INITIAL_FORMS": str(len(slots)),
    })
    for index, slot in enumerate(slots):
        data.update({
            f"slots-{index}-id": str(slot.pk), f"slots-{index}-ORDER": str(index + 1),
            f"slots-{index}-DELETE": "",
            f"slots-{index}-starts_at": timezone.localtime(slot.starts_at).strftime(
                "%Y-%m-%d %H:%M"),
            f"slots-{index}-ends_at": timezone.localtime(slot.ends_at).strftime("%Y-%m-%d %H:%M"),
        })
    return data


def test_capacity_cannot_drop_below_the_registered(admin_client, trainer, session, staff_a):
    for person in staff_a[:3]:
        services.register(session, person)
    response = admin_client.post(f"/admin/sessions/edit/{session.pk}/",
                                 _edit_data(session, trainer, capacity="2"))
    assert response.status_code == 200
    assert "3 personnes sont déjà inscrites" in unescape(response.content.decode())
    session.refresh_from_db()
    assert session.capacity == 10


def test_raising_the_capacity_promotes_the_waiting_list(admin_client, trainer, make_session,
                                                        staff_a):
    session = make_session(capacity=1, trainers=[trainer])
    services.register(session, staff_a[0])
    waiting = services.register(session, staff_a[1])
    response = admin_client.post(f"/admin/sessions/edit/{session.pk}/",
                                 _edit_data(session, trainer, capacity="2"))
    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.status == Registration.Status.REGISTERED


def test_rescheduling_tells_registrants_with_an_updated_invitation(
        admin_client, trainer, session, staff_a, django_capture_on_commit_callbacks):
    services.register(session, staff_a[0])
    data = _edit_data(session, trainer)
    new_start = timezone.localtime(session.starts_at + timedelta(days=1))
    data["slots-0-starts_at"] = new_start.strftime("%Y-%m-%d %H:%M")
    data["slots-0-ends_at"] = (new_start + timedelta(hours=3)).strftime("%Y-%m-%d %H:%M")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/sessions/edit/{session.pk}/", data)
    assert response.status_code == 302, unescape(response.content.decode())[-2000:]
    session.refresh_from_db()
    assert session.sequence == 1
    assert [m.to for m in mail.outbox] == [[staff_a[0].email]]
    assert "Session modifiée" in mail.outbox[0].subject
    assert "SEQUENCE:1" in mail.outbox[0].attachments[0][1]


def test_an_edit_that_changes_nothing_for_registrants_sends_nothing(
        admin_client, trainer, session, staff_a, django_capture_on_commit_callbacks):
    services.register(session, staff_a[0])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/sessions/edit/{session.pk}/",
                                     _edit_data(session, trainer, description="Plus précis."))
    assert response.status_code == 302
    assert mail.outbox == []


def test_cancelling_tells_everyone_registered_or_waiting(
        admin_client, trainer, make_session, staff_a, django_capture_on_commit_callbacks):
    session = make_session(capacity=1, trainers=[trainer])
    services.register(session, staff_a[0])
    services.register(session, staff_a[1])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            f"/admin/sessions/edit/{session.pk}/",
            _edit_data(session, trainer, status="cancelled",
                       cancellation_reason="Formatrice malade : une nouvelle date suivra."))
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.status == AwarenessSession.Status.CANCELLED
    assert sorted(m.to[0] for m in mail.outbox) == sorted(p.email for p in staff_a[:2])
    assert all("Session annulée" in m.subject for m in mail.outbox)
    assert "Formatrice malade" in mail.outbox[0].body
    assert "METHOD:CANCEL" in mail.outbox[0].attachments[0][1]


def test_learners_and_hr_cannot_reach_the_sessions_admin(client, learner, hr_a):
    for person in (learner, hr_a):
        client.force_login(person)
        response = client.get("/admin/sessions/", follow=True)
        assert response.status_code == 403
        assert "Repérer" not in response.content.decode()
