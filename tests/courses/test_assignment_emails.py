"""The email a person gets when a module or a path is assigned to them, or to their job role:
once, to the people concerned only, never to an address that names nobody."""

from datetime import date, timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import override

from accounts.models import JobRole
from courses import assignments, notices, progress
from courses.models import Assignment, AssignmentNotice
from tests.factories import UserFactory


@pytest.fixture
def people(org_a, org_b, learner, hr_a):
    """Organisation A's staff: caretakers who may be written to, and those who may not."""
    return {
        "learner": learner,  # a caretaker of A
        "hr": hr_a,  # HR of A, a caretaker too: concerned as any other
        "colleague": UserFactory(email="collegue@a.test", organisation=org_a,
                                 first_name="Awa"),
        "mediator": UserFactory(email="mediatrice@a.test", organisation=org_a,
                                job_role=JobRole.MEDIATOR),
        "elsewhere": UserFactory(email="gardien@b.test", organisation=org_b),
        "inactive": UserFactory(email="parti@a.test", organisation=org_a, is_active=False),
        "deleted": UserFactory(email="supprime-0123456789ab@invalid", organisation=org_a,
                               deleted_at=timezone.now()),
        "walk_in": UserFactory(email="sur-place-0123@invalid", organisation=org_a,
                               email_to_complete=True),
        "placeholder": UserFactory(email="personne@bailleur.invalid", organisation=org_a),
    }


def assign(django_capture_on_commit_callbacks, **kwargs):
    with django_capture_on_commit_callbacks(execute=True):
        return assignments.create_assignment(**kwargs)


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def test_a_job_role_assignment_emails_that_job_role_of_that_organisation_only(
        org_a, hr_a, module, people, django_capture_on_commit_callbacks):
    assignment = assign(django_capture_on_commit_callbacks, organisation=org_a, module=module,
                        job_role=JobRole.CARETAKER, due_date=date(2026, 12, 31),
                        created_by=hr_a)
    assert recipients() == sorted([people["learner"].email, people["hr"].email,
                                   people["colleague"].email])
    assert all(len(message.to) == 1 for message in mail.outbox)
    assert set(AssignmentNotice.objects.filter(assignment=assignment)
               .values_list("user__email", flat=True)) == set(recipients())


def test_the_email_says_what_by_when_and_where(org_a, hr_a, module, people,
                                               django_capture_on_commit_callbacks):
    people["colleague"].date_joined = timezone.now() - timedelta(days=400)
    people["colleague"].save()
    assign(django_capture_on_commit_callbacks, organisation=org_a, module=module,
           person=people["colleague"], due_date=date(2026, 12, 31), created_by=hr_a)
    [message] = mail.outbox
    assert message.to == ["collegue@a.test"]
    assert message.subject == "[Repères] Formation à suivre : Module locataire-absent"
    url = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/formations/locataire-absent/"
    assert message.body.startswith("Bonjour Awa,\n\n")
    assert ("Bailleur A vous demande de suivre le module « Module locataire-absent ». À "
            "terminer avant le 31 décembre 2026. Durée : environ 15 minutes.") in message.body
    assert f"\n{url}\n" in message.body
    assert message.body.rstrip().endswith("— Repères")
    html, kind = message.alternatives[0]
    assert kind == "text/html"
    assert '<html lang="fr">' in html and "<title>[Repères] Formation à suivre : Module " \
        "locataire-absent</title>" in html
    assert f'href="{url}"' in html and "Ouvrir le module" in html
    assert "31 décembre 2026" in html


def test_a_path_says_so(org_a, hr_a, learning_path, people, django_capture_on_commit_callbacks):
    path, _first, _second = learning_path
    assign(django_capture_on_commit_callbacks, organisation=org_a, path=path,
           person=people["learner"], due_date=date(2026, 12, 31), created_by=hr_a)
    [message] = mail.outbox
    assert "vous demande de suivre le parcours « Parcours gardiens »" in message.body
    assert "Durée" not in message.body
    assert (settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/formations/parcours-gardiens/"
            in message.body)
    assert "Ouvrir le parcours" in message.alternatives[0][0]


def test_a_newcomer_is_given_their_own_date(org_a, hr_a, module, people,
                                            django_capture_on_commit_callbacks):
    """Someone who arrives after the date gets the newcomers' delay, as the reminders say."""
    colleague = people["colleague"]
    assign(django_capture_on_commit_callbacks, organisation=org_a, module=module,
           person=colleague, due_date=timezone.localdate() - timedelta(days=10),
           created_by=hr_a)
    expected = timezone.localdate(colleague.date_joined) + timedelta(days=progress.NEWCOMER_DAYS)
    with override("fr"):
        assert f"avant le {date_format(expected, 'j F Y')}." in mail.outbox[0].body


@pytest.mark.skipif(not hasattr(Assignment, "due_days"), reason="no relative due dates")
def test_a_delay_after_arrival_is_said_as_such(org_a, hr_a, module, people,
                                               django_capture_on_commit_callbacks):
    people["learner"].date_joined = timezone.now() - timedelta(days=400)
    people["learner"].save()
    newcomer = UserFactory(email="arrivee@a.test", organisation=org_a,
                           start_date=timezone.localdate() + timedelta(days=5))
    assign(django_capture_on_commit_callbacks, organisation=org_a, module=module,
           job_role=JobRole.CARETAKER, due_days=30, created_by=hr_a)
    bodies = {message.to[0]: message.body for message in mail.outbox}
    with override("fr"):
        in_a_month = date_format(timezone.localdate() + timedelta(days=30), "j F Y")
        after_arrival = date_format(timezone.localdate() + timedelta(days=35), "j F Y")
    assert (f"À terminer dans les 30 jours qui viennent, soit avant le {in_a_month}."
            in bodies[people["learner"].email])
    assert (f"À terminer dans les 30 jours après votre arrivée, soit avant le {after_arrival}."
            in bodies[newcomer.email])


def test_nobody_is_written_to_twice(org_a, hr_a, module, people,
                                    django_capture_on_commit_callbacks):
    assignment = assign(django_capture_on_commit_callbacks, organisation=org_a, module=module,
                        job_role=JobRole.CARETAKER, due_date=date(2026, 12, 31),
                        created_by=hr_a)
    sent = len(mail.outbox)
    assert sent == 3
    # The task again (a worker retrying it), the assignment saved again: nothing more.
    with django_capture_on_commit_callbacks(execute=True):
        assert notices.notify_people(assignment.pk) == 0
        assignment.due_date = date(2027, 1, 31)
        assignment.save()
    assert len(mail.outbox) == sent
    # Someone who joins the job role later is told by the next run, once.
    newcomer = UserFactory(email="nouvelle@a.test", organisation=org_a)
    with django_capture_on_commit_callbacks(execute=True):
        assert notices.notify_people(assignment.pk) == 1
        assert notices.notify_people(assignment.pk) == 0
    assert recipients().count(newcomer.email) == 1


def test_many_people_are_written_to_in_batches(org_a, hr_a, module, people,
                                               django_capture_on_commit_callbacks):
    for n in range(7):
        UserFactory(email=f"gardien{n}@a.test", organisation=org_a)
    with django_capture_on_commit_callbacks(execute=True):
        assignment = Assignment.objects.create(
            organisation=org_a, module=module, job_role=JobRole.MEDIATOR,
            due_date=date(2026, 12, 31))
    assert recipients() == ["mediatrice@a.test"]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=False):  # the task waits for a worker
        assignment = Assignment.objects.create(
            organisation=org_a, module=module, job_role=JobRole.CARETAKER,
            due_date=date(2026, 12, 31))
    with django_capture_on_commit_callbacks(execute=True):
        assert notices.notify_people(assignment.pk, batch_size=3) == 10
    assert len(recipients()) == len(set(recipients())) == 10


def test_an_unpublished_module_or_a_deleted_assignment_emails_nobody(
        org_a, hr_a, module, people, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assignment = assignments.create_assignment(
            organisation=org_a, module=module, person=people["learner"],
            due_date=date(2026, 12, 31))
        assignment.delete()
    assert mail.outbox == []
    module.unpublish()
    assign(django_capture_on_commit_callbacks, organisation=org_a, module=module,
           person=people["learner"], due_date=date(2026, 12, 31))
    assert mail.outbox == []


@pytest.mark.parametrize("who", ["inactive", "deleted", "walk_in", "placeholder"])
def test_an_assignment_to_someone_who_cannot_be_written_to_sends_nothing(
        org_a, module, people, who, django_capture_on_commit_callbacks):
    assign(django_capture_on_commit_callbacks, organisation=org_a, module=module,
           person=people[who], due_date=date(2026, 12, 31))
    assert mail.outbox == []
