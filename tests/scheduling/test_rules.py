"""Registration, waiting list, cancellation, attendance, check-in, reminders, calendars."""

from datetime import timedelta
from decimal import Decimal

import icalendar
import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from accounts.models import JobRole
from accounts.roles import Role, roles_of
from certificates.models import Certificate
from scheduling import calendar, services
from scheduling.models import Attendance, AwarenessSession, CalendarFeed, Registration
from tests.factories import EmailDomainFactory

from .conftest import create_session

pytestmark = pytest.mark.django_db
Status = Registration.Status


def test_registering_takes_a_seat_then_the_waiting_list_in_order(make_session, staff_a):
    session = make_session(capacity=2)
    results = [services.register(session, person) for person in staff_a[:4]]
    assert [r.status for r in results] == [Status.REGISTERED, Status.REGISTERED,
                                          Status.WAITING, Status.WAITING]
    assert [services.waiting_position(r) for r in results] == [None, None, 1, 2]


def test_nobody_registers_twice(session, learner):
    services.register(session, learner)
    with pytest.raises(ValidationError, match="déjà inscrit"):
        services.register(session, learner)
    assert session.registrations.count() == 1


def test_cancelling_a_seat_promotes_the_first_waiting_and_tells_them(
        make_session, staff_a, django_capture_on_commit_callbacks):
    session = make_session(capacity=1)
    first, second, third = (services.register(session, p) for p in staff_a[:3])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _cancelled, promoted = services.cancel(first, by=first.user)
    assert promoted == [second]
    second.refresh_from_db()
    third.refresh_from_db()
    assert second.status == Status.REGISTERED and second.promoted_at
    assert services.waiting_position(third) == 1
    assert session.registrations.seated().count() == 1
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert "place s'est libérée" in subjects[second.user.email]
    assert "annulée" in subjects[first.user.email]
    # The promoted person's email carries the invitation for their calendar.
    promoted_mail = next(m for m in mail.outbox if m.to == [second.user.email])
    assert promoted_mail.attachments[0][0] == "session.ics"


def test_leaving_the_waiting_list_promotes_nobody(make_session, staff_a):
    session = make_session(capacity=1)
    services.register(session, staff_a[0])
    waiting = services.register(session, staff_a[1])
    services.register(session, staff_a[2])
    _cancelled, promoted = services.cancel(waiting, by=waiting.user)
    assert promoted == []
    assert session.registrations.filter(status=Status.REGISTERED).count() == 1


def test_a_cancelled_person_can_register_again_at_the_end_of_the_queue(make_session, staff_a):
    session = make_session(capacity=1)
    services.register(session, staff_a[0])
    waiting = services.register(session, staff_a[1])
    services.register(session, staff_a[2])
    services.cancel(waiting, by=waiting.user)
    again = services.register(session, staff_a[1])
    assert again.pk == waiting.pk and again.status == Status.WAITING
    assert services.waiting_position(again) == 2


@pytest.mark.parametrize("change, message", [
    ({"status": AwarenessSession.Status.CANCELLED}, "annulée"),
    ({"status": AwarenessSession.Status.CLOSED}, "terminée"),
    ({"registration_deadline": timezone.now() - timedelta(hours=1)}, "closes"),
])
def test_no_registration_to_a_cancelled_closed_or_past_deadline_session(session, learner,
                                                                        change, message):
    AwarenessSession.objects.filter(pk=session.pk).update(**change)
    session.refresh_from_db()
    with pytest.raises(ValidationError, match=message):
        services.register(session, learner)
    assert not session.registrations.exists()


def test_no_registration_after_the_start(make_session, learner):
    session = make_session(starts_in=timedelta(hours=-1))
    with pytest.raises(ValidationError, match="closes"):
        services.register(session, learner)


def test_sessions_reserved_to_some_organisations_or_job_roles(make_session, learner, learner_b,
                                                             org_a):
    only_a = make_session(open_to_all=False)
    only_a.organisations.set([org_a])
    only_a.save()
    services.register(only_a, learner)
    with pytest.raises(ValidationError, match="pas ouverte"):
        services.register(only_a, learner_b)
    mediators = make_session(audience=[JobRole.MEDIATOR])
    with pytest.raises(ValidationError, match="pas ouverte"):
        services.register(mediators, learner)  # a caretaker
    several = make_session(audience=[JobRole.MEDIATOR, JobRole.CARETAKER])
    everyone = make_session()
    listed = {s.pk for s in services.upcoming_for(learner_b)}
    assert only_a.pk not in listed and mediators.pk not in listed
    assert {several.pk, everyone.pk} <= listed


def test_a_required_module_must_be_completed_first(make_session, learner, module):
    from courses import services as courses

    session = make_session(module=module, prerequisite_required=True)
    with pytest.raises(ValidationError, match=module.title):
        services.register(session, learner)
    progress = courses.get_progress(learner, module)
    progress.completed_at = timezone.now()
    progress.save()
    assert services.register(session, learner).status == Status.REGISTERED


def test_cancelling_after_the_deadline_is_refused(make_session, learner):
    session = make_session()
    registration = services.register(session, learner)
    AwarenessSession.objects.filter(pk=session.pk).update(
        registration_deadline=timezone.now() - timedelta(minutes=1))
    with pytest.raises(ValidationError, match="date limite"):
        services.cancel(registration, by=learner)
    registration.refresh_from_db()
    assert registration.status == Status.REGISTERED


def test_hr_registers_several_people_and_hears_about_each_failure(make_session, staff_a, hr_a,
                                                                 learner_b):
    session = make_session(capacity=3)
    services.register(session, staff_a[0])
    registered, waiting, errors = services.register_staff(
        session, [staff_a[0], staff_a[1], staff_a[2], staff_a[3]], by=hr_a)
    assert registered == [staff_a[1], staff_a[2]]
    assert waiting == [staff_a[3]]
    assert [(p, "déjà inscrit" in m) for p, m in errors] == [(staff_a[0], True)]
    assert session.registrations.get(user=staff_a[1]).registered_by == hr_a


def test_confirmation_email_has_an_ics_with_paris_times(session, learner,
                                                       django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        services.register(session, learner)
    message = mail.outbox[-1]
    assert message.to == [learner.email]
    assert "Inscription confirmée" in message.subject
    html = message.alternatives[0][0]
    assert session.title in html and "75013 Paris" in html
    name, content, mimetype = message.attachments[0]
    assert mimetype == "text/calendar"
    events = icalendar.Calendar.from_ical(content).walk("VEVENT")
    slots = list(session.slots.all())
    assert len(events) == 2
    for event, slot in zip(events, slots, strict=True):
        start = event.decoded("dtstart")
        assert str(start.tzinfo) == "Europe/Paris"
        assert start == slot.starts_at
        assert start.hour == timezone.localtime(slot.starts_at).hour
        assert event.decoded("dtend") == slot.ends_at
        assert str(event["summary"]) == session.title


def test_ics_of_a_cancelled_session_says_cancelled(session):
    AwarenessSession.objects.filter(pk=session.pk).update(status="cancelled")
    session.refresh_from_db()
    parsed = icalendar.Calendar.from_ical(calendar.build([session], method="CANCEL"))
    assert {str(e["status"]) for e in parsed.walk("VEVENT")} == {"CANCELLED"}
    assert str(parsed["method"]) == "CANCEL"


def test_calendar_feed_lists_my_sessions_and_dies_when_renewed(client, session, make_session,
                                                               learner):
    other = make_session(title="Une autre session")
    services.register(session, learner)
    feed = services.calendar_feed(learner)
    response = client.get(feed.get_absolute_url())
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    summaries = {str(e["summary"]) for e in
                 icalendar.Calendar.from_ical(response.content).walk("VEVENT")}
    assert summaries == {session.title} and other.title not in summaries
    new = services.renew_calendar_feed(learner)
    assert new.token != feed.token
    assert client.get(feed.get_absolute_url()).status_code == 404
    assert client.get(new.get_absolute_url()).status_code == 200
    assert CalendarFeed.objects.filter(user=learner).count() == 1


def test_reminders_go_once_to_the_registered_of_tomorrows_sessions(
        make_session, staff_a, django_capture_on_commit_callbacks):
    tomorrow = make_session(starts_in=timedelta(days=1))
    later = make_session(starts_in=timedelta(days=5))
    services.register(tomorrow, staff_a[0])
    services.register(later, staff_a[1])
    cancelled = services.register(tomorrow, staff_a[2])
    services.cancel(cancelled, by=staff_a[2])
    mail.outbox.clear()
    call_command("send_session_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("send_session_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert [m.to for m in mail.outbox] == [[staff_a[0].email]]
    assert "Rappel" in mail.outbox[0].subject


def test_reminders_use_the_paris_calendar_day(make_session, staff_a):
    """A session at 00:30 Paris time on day D+1 is 'tomorrow' although it is D in UTC."""
    now = timezone.now()
    local_tomorrow = timezone.localdate(now) + timedelta(days=1)
    from datetime import datetime, time

    start = timezone.make_aware(datetime.combine(local_tomorrow, time(0, 30)))
    session = make_session(starts_in=start - now)
    services.register(session, staff_a[0])
    mail.outbox.clear()
    assert services.send_reminders(now=now) == 1


# --- Attendance --------------------------------------------------------------------------

def _started(make_session, trainer, **kwargs):
    return make_session(starts_in=timedelta(hours=-1), slots=((0, 3), (4, 2)),
                        trainers=[trainer], **kwargs)


def _seat(session, person):
    return Registration.objects.create(session=session, user=person)


def test_attendance_per_slot_gives_status_and_hours(make_session, trainer, staff_a):
    session = _started(make_session, trainer)
    morning, afternoon = session.slots.all()
    both, one, excused, nobody = (_seat(session, p) for p in staff_a[:4])
    for registration in (both, one):
        services.mark(registration, morning, Attendance.Status.PRESENT, by=trainer)
    services.mark(both, afternoon, Attendance.Status.PRESENT, by=trainer)
    services.mark(one, afternoon, Attendance.Status.ABSENT, by=trainer)
    services.mark(excused, morning, Attendance.Status.EXCUSED, by=trainer)
    for registration in (both, one, excused, nobody):
        registration.refresh_from_db()
    assert (both.status, both.hours_attended) == (Status.ATTENDED, Decimal("5"))
    assert (one.status, one.hours_attended) == (Status.ATTENDED, Decimal("3"))
    assert excused.status == Status.EXCUSED
    assert nobody.status == Status.REGISTERED
    # A correction replaces the mark, it does not add one.
    services.mark(one, morning, Attendance.Status.ABSENT, by=trainer)
    one.refresh_from_db()
    assert (one.status, one.hours_attended) == (Status.ABSENT, Decimal("0"))
    assert one.attendances.count() == 2


def test_closing_marks_the_unmarked_absent_and_certifies_those_present(make_session, trainer,
                                                                      staff_a):
    session = _started(make_session, trainer, title="Repérer la souffrance psychique")
    morning, _afternoon = session.slots.all()
    came, stayed_home = _seat(session, staff_a[0]), _seat(session, staff_a[1])
    waiting = Registration.objects.create(session=session, user=staff_a[2], status=Status.WAITING,
                                          waiting_since=timezone.now())
    services.mark(came, morning, Attendance.Status.PRESENT, by=trainer)
    services.close_session(session, by=trainer)
    services.close_session(session, by=trainer)  # twice: nothing more happens
    for registration in (came, stayed_home, waiting):
        registration.refresh_from_db()
    assert came.status == Status.ATTENDED
    assert stayed_home.status == Status.ABSENT
    assert waiting.status == Status.CANCELLED
    certificate = Certificate.objects.get(kind=Certificate.Kind.SESSION, subject_id=session.pk)
    assert certificate.recipient == staff_a[0]
    assert certificate.snapshot["hours"] == 3.0
    assert certificate.snapshot["trainers"] == [trainer.get_full_name()]
    assert certificate.snapshot["dates"] == [timezone.localdate(morning.starts_at).isoformat()]
    # A late correction after closing certifies the person too, once.
    services.mark(stayed_home, morning, Attendance.Status.PRESENT, by=trainer)
    services.mark(stayed_home, morning, Attendance.Status.PRESENT, by=trainer)
    assert Certificate.objects.filter(kind="session", subject_id=session.pk).count() == 2


def test_a_correction_after_closing_revokes_only_once_nothing_is_attended(make_session,
                                                                          trainer, staff_a):
    session = _started(make_session, trainer)
    morning, afternoon = session.slots.all()
    registration = _seat(session, staff_a[0])
    for slot in (morning, afternoon):
        services.mark(registration, slot, Attendance.Status.PRESENT, by=trainer)
    services.close_session(session, by=trainer)
    registration.refresh_from_db()
    certificate = Certificate.objects.get(kind="session", subject_id=session.pk)
    # One slot of two: still attended, nothing revoked (the trainer reissues for the hours).
    services.mark(registration, afternoon, Attendance.Status.ABSENT, by=trainer)
    certificate.refresh_from_db()
    assert registration.status == Status.ATTENDED and certificate.is_valid
    # The last slot: refused unless confirmed, then the certificate is revoked.
    with pytest.raises(ValidationError, match="confirmez"):
        services.mark(registration, morning, Attendance.Status.EXCUSED, by=trainer)
    registration.refresh_from_db()
    assert registration.status == Status.ATTENDED
    services.mark(registration, morning, Attendance.Status.EXCUSED, by=trainer, withdraw=True)
    certificate.refresh_from_db()
    assert registration.status == Status.EXCUSED
    assert certificate.status == Certificate.Status.REVOKED and certificate.revocation_reason


def test_the_certificate_keeps_its_snapshot_when_the_session_is_edited(make_session, trainer,
                                                                       staff_a):
    session = _started(make_session, trainer, title="Titre d'origine")
    registration = _seat(session, staff_a[0])
    services.mark(registration, session.slots.first(), Attendance.Status.PRESENT, by=trainer)
    services.close_session(session, by=trainer)
    AwarenessSession.objects.filter(pk=session.pk).update(title="Titre modifié")
    certificate = Certificate.objects.get(kind="session", subject_id=session.pk)
    assert certificate.snapshot["title"] == "Titre d'origine"


def test_a_session_cannot_be_closed_before_it_starts(session, trainer):
    with pytest.raises(ValidationError, match="pas encore commencé"):
        services.close_session(session, by=trainer)
    session.refresh_from_db()
    assert session.status == AwarenessSession.Status.SCHEDULED


# --- Walk-ins ----------------------------------------------------------------------------

@pytest.fixture
def domain_a(org_a):
    return EmailDomainFactory(organisation=org_a, domain="bailleur-a.test").domain


def _walk_in(session, email, *, by, job_role=JobRole.MEDIATOR, **kwargs):
    return services.add_walk_in(session, session.slots.first(), email=email, first_name="Alix",
                                last_name="Nouvelle", job_role=job_role, by=by, **kwargs)


def test_a_walk_in_is_seated_beyond_capacity_and_marked_present(make_session, trainer, staff_a,
                                                               org_a, domain_a):
    session = _started(make_session, trainer, capacity=1)
    _seat(session, staff_a[0])
    added = _walk_in(session, "Nouvelle.Personne@bailleur-a.test", by=trainer)
    person = added.person
    assert added.account_created and added.outcome == services.WalkIn.ADDED
    assert person.email == "nouvelle.personne@bailleur-a.test"
    assert person.organisation == org_a and person.job_role == JobRole.MEDIATOR
    assert roles_of(person) == {Role.LEARNER} and not person.has_usable_password()
    assert added.registration.walk_in and added.registration.status == Status.ATTENDED
    assert session.registrations.seated().count() == 2
    # The same address again finds the same account, already on the list.
    again = _walk_in(session, "nouvelle.personne@bailleur-a.test", by=trainer)
    assert again.person == person and not again.account_created
    assert again.outcome == services.WalkIn.ALREADY_PRESENT
    assert session.registrations.filter(user=person).count() == 1


def test_a_registered_person_who_comes_is_marked_present_not_added(make_session, trainer,
                                                                   staff_a):
    session = _started(make_session, trainer)
    registration = _seat(session, staff_a[0])
    added = _walk_in(session, staff_a[0].email, by=trainer)
    assert added.outcome == services.WalkIn.WAS_REGISTERED and added.registration == registration
    registration.refresh_from_db()
    assert registration.status == Status.ATTENDED and not registration.walk_in


def test_a_walk_in_must_be_in_the_sessions_organisations_and_audience(
        make_session, trainer, learner, learner_b, org_a, domain_a):
    only_a = _started(make_session, trainer, open_to_all=False)
    only_a.organisations.set([org_a])
    only_a.save()
    with pytest.raises(ValidationError, match="pas ouverte à l'organisation"):
        _walk_in(only_a, learner_b.email, by=trainer)
    mediators = _started(make_session, trainer, audience=[JobRole.MEDIATOR])
    with pytest.raises(ValidationError, match="réservée à d'autres métiers"):
        _walk_in(mediators, learner.email, by=trainer)  # a caretaker
    with pytest.raises(ValidationError, match="réservée à d'autres métiers"):
        _walk_in(mediators, "gardienne@bailleur-a.test", job_role=JobRole.CARETAKER, by=trainer)
    assert not Registration.objects.filter(session__in=[only_a, mediators]).exists()
    assert not get_user_model().objects.filter(email="gardienne@bailleur-a.test").exists()
    # The right person is accepted.
    assert _walk_in(only_a, learner.email, by=trainer).outcome == services.WalkIn.ADDED


def test_a_new_address_gets_an_account_only_in_an_invited_organisations_domain(
        make_session, trainer, org_a, org_b, domain_a):
    EmailDomainFactory(organisation=org_b, domain="bailleur-b.test")
    only_a = _started(make_session, trainer, open_to_all=False)
    only_a.organisations.set([org_a])
    only_a.save()
    with pytest.raises(ValidationError, match="« n-importe-ou.test » n'est le domaine d'aucune"):
        _walk_in(only_a, "quelquun@n-importe-ou.test", by=trainer)
    with pytest.raises(ValidationError, match="celle de Bailleur B, qui n'est pas invitée"):
        _walk_in(only_a, "quelquun@bailleur-b.test", by=trainer)
    assert not get_user_model().objects.filter(email__startswith="quelquun@").exists()
    assert _walk_in(only_a, "quelquun@bailleur-a.test", by=trainer).person.organisation == org_a


def test_staff_accounts_are_never_added_as_walk_ins(make_session, trainer, hr_a, coordinator,
                                                   editor):
    session = _started(make_session, trainer)
    for person in (trainer, hr_a, coordinator, editor):
        with pytest.raises(ValidationError, match="équipe du programme ou d'un service RH"):
            _walk_in(session, person.email, by=trainer)
    assert not session.registrations.exists()


@pytest.mark.parametrize("state", ["future", "closed", "cancelled"])
def test_walk_ins_only_on_the_slots_day_and_never_once_closed(make_session, trainer, learner,
                                                             state):
    if state == "future":
        session = make_session(trainers=[trainer])  # in ten days
        message = "que le jour du créneau"
    else:
        session = _started(make_session, trainer)
        if state == "closed":
            services.close_session(session, by=trainer)
            message = "clôturée"
        else:
            AwarenessSession.objects.filter(pk=session.pk).update(status=state)
            message = "annulée"
    session.refresh_from_db()
    with pytest.raises(ValidationError, match=message):
        _walk_in(session, learner.email, by=trainer)
    assert not session.registrations.filter(user=learner).exists()


def test_a_walk_in_with_a_new_account_is_told_how_to_activate_it(
        make_session, trainer, learner, domain_a, django_capture_on_commit_callbacks):
    session = _started(make_session, trainer, title="Repérer et orienter")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _walk_in(session, "nouvelle@bailleur-a.test", by=trainer)
        _walk_in(session, learner.email, by=trainer)  # has an account: nothing to activate
    assert [m.to for m in mail.outbox] == [["nouvelle@bailleur-a.test"]]
    message = mail.outbox[0]
    assert "activez votre compte" in message.subject and "Repérer et orienter" in message.subject
    assert "Vous avez participé à la session de sensibilisation" in message.body
    assert "/compte/login/code/" in message.body
    assert "/compte/login/code/" in message.alternatives[0][0]


# --- QR check-in -------------------------------------------------------------------------

def test_check_in_with_a_fresh_code_marks_present(make_session, trainer, staff_a):
    session = _started(make_session, trainer)
    slot = session.slots.first()
    registration = _seat(session, staff_a[0])
    services.check_in(session, services.checkin_token(session, slot), staff_a[0])
    mark = registration.attendances.get(slot=slot)
    assert (mark.status, mark.method) == (Attendance.Status.PRESENT, Attendance.Method.QR)


def test_a_check_in_code_lasts_its_minute_and_a_few_seconds_only(make_session, trainer,
                                                                   staff_a):
    session = _started(make_session, trainer)
    slot = session.slots.first()
    first, second = _seat(session, staff_a[0]), _seat(session, staff_a[1])
    now = timezone.now()
    minute = now - timedelta(seconds=now.timestamp() % 60)  # the code's minute starts
    token = services.checkin_token(session, slot, now=minute + timedelta(seconds=30))
    assert token == services.checkin_token(session, slot, now=minute)  # one code a minute
    services.check_in(session, token, staff_a[0], now=minute + timedelta(seconds=69))
    assert first.attendances.get(slot=slot).status == Attendance.Status.PRESENT
    with pytest.raises(ValidationError, match="expiré"):
        services.check_in(session, token, staff_a[1], now=minute + timedelta(seconds=70))
    with pytest.raises(ValidationError, match="expiré"):  # nor a code of a minute to come
        services.check_in(session, services.checkin_token(session, slot,
                                                          now=now + timedelta(minutes=2)),
                          staff_a[1], now=now)
    assert not second.attendances.exists()


def test_a_check_in_code_is_used_once_per_person_and_slot(make_session, trainer, staff_a):
    session = _started(make_session, trainer)
    slot = session.slots.first()
    first, second = _seat(session, staff_a[0]), _seat(session, staff_a[1])
    token = services.checkin_token(session, slot)
    services.check_in(session, token, staff_a[0])
    with pytest.raises(ValidationError, match="déjà noté·e présent·e"):
        services.check_in(session, token, staff_a[0])
    assert first.attendances.count() == 1
    # The trainer's own mark is never overwritten by a scan (a forwarded code, say).
    services.mark(second, slot, Attendance.Status.ABSENT, by=trainer)
    with pytest.raises(ValidationError, match="Le formateur a déjà noté"):
        services.check_in(session, token, staff_a[1])
    second.refresh_from_db()
    assert second.status == Status.ABSENT
    assert second.attendances.get().method == Attendance.Method.TRAINER


@pytest.mark.parametrize("state", ["future", "closed"])
def test_check_in_only_during_the_slot_and_before_the_closing(make_session, trainer, staff_a,
                                                             state):
    if state == "future":
        session = make_session(trainers=[trainer])
    else:
        session = _started(make_session, trainer)
    registration = _seat(session, staff_a[0])
    if state == "closed":
        services.close_session(session, by=trainer)
        session.refresh_from_db()
    token = services.checkin_token(session, session.slots.first())
    with pytest.raises(ValidationError, match="n'a pas lieu en ce moment" if state == "future"
                       else "clôturée"):
        services.check_in(session, token, staff_a[0])
    assert not registration.attendances.filter(status=Attendance.Status.PRESENT).exists()


def test_check_in_refuses_the_unregistered_and_other_sessions_codes(make_session, trainer,
                                                                    staff_a):
    session = _started(make_session, trainer)
    other = _started(make_session, trainer)
    with pytest.raises(ValidationError, match="pas inscrit"):
        services.check_in(session, services.checkin_token(session, session.slots.first()),
                          staff_a[0])
    _seat(session, staff_a[1])
    with pytest.raises(ValidationError, match="pas valable"):
        services.check_in(session, services.checkin_token(other, other.slots.first()),
                          staff_a[1])
    with pytest.raises(ValidationError, match="pas valable"):
        services.check_in(session, "n-importe-quoi", staff_a[1])
    assert not Attendance.objects.filter(registration__session=session).exists()


# --- Account deletion --------------------------------------------------------------------

def test_deleting_an_account_frees_the_seat_for_the_waiting_list(make_session, staff_a):
    from accounts.services import delete_account

    session = make_session(capacity=1)
    services.register(session, staff_a[0])
    waiting = services.register(session, staff_a[1])
    AwarenessSession.objects.filter(pk=session.pk).update(
        registration_deadline=timezone.now() - timedelta(minutes=1))
    delete_account(staff_a[0])
    waiting.refresh_from_db()
    assert waiting.status == Status.REGISTERED


def test_the_data_export_lists_sessions(session, learner):
    from accounts.services import export_user_data

    services.register(session, learner)
    exported = export_user_data(learner)["sessions"]["inscriptions"]
    assert exported[0]["session"] == session.title and exported[0]["etat"] == "registered"


def test_the_data_export_has_each_slots_attendance_and_the_calendar(session, learner,
                                                                     trainer):
    from accounts.services import export_user_data

    registration = services.register(session, learner)
    first, second = session.slots.all()
    services.mark(registration, first, Attendance.Status.PRESENT, by=trainer)
    services.mark(registration, second, Attendance.Status.ABSENT, by=trainer)
    feed = services.calendar_feed(learner)
    exported = export_user_data(learner)["sessions"]
    marks = exported["inscriptions"][0]["presences"]
    assert [(m["creneau_debut"], m["presence"]) for m in marks] == [
        (first.starts_at.isoformat(), "present"), (second.starts_at.isoformat(), "absent")]
    assert exported["calendrier"]["adresse"] == f"/calendrier/{feed.token}.ics"


def test_sign_in_sheet_has_one_row_per_registrant(client, make_session, trainer, staff_a):
    import io

    from pypdf import PdfReader

    session = _started(make_session, trainer)
    for person in staff_a[:3]:
        _seat(session, person)
    Registration.objects.create(session=session, user=staff_a[3], status=Status.WAITING,
                                waiting_since=timezone.now())
    client.force_login(trainer)
    response = client.get(f"/formateur/sessions/{session.pk}/emargement.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    for person in staff_a[:3]:
        assert person.last_name.upper() in text
    assert staff_a[3].last_name.upper() not in text  # waiting: no seat, no line
    assert "3 personnes inscrites" in text
    assert text.count("Signature") >= 2  # one column per slot


def test_create_session_helper_builds_the_span(trainer):
    session = create_session(slots=((0, 2), (24, 2)), trainers=[trainer])
    first, last = session.slots.all()
    assert session.starts_at == first.starts_at and session.ends_at == last.ends_at


@pytest.fixture
def module(db, site):
    from courses.models import ModulePage

    return ModulePage.objects.live().first()

