"""The email a holder gets when a certificate is issued (module, path, session): once, with
its title, where to download it and where anyone can check it; never for a reissue or a
name correction; never to an address that names nobody, a deleted or an inactive account."""

from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

from certificates import services
from certificates.models import Certificate
from courses.models import ModulePage
from courses.services import module_completed
from tests.factories import UserFactory

BASE = settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def complete(user, module, capture):
    """The module completed, as courses.services announces it."""
    with capture(execute=True):
        module_completed.send(sender=ModulePage, user=user, module=module,
                              completed_at=timezone.now())


def test_a_module_certificate_emails_its_holder(learner, module,
                                               django_capture_on_commit_callbacks):
    complete(learner, module, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(recipient=learner)
    [message] = mail.outbox
    assert message.to == [learner.email]
    assert message.subject == "[Repères] Votre attestation : Module locataire-absent"
    assert ("Félicitations : vous avez terminé le module « Module locataire-absent ». Votre "
            "attestation est prête.") in message.body
    assert f"\n{BASE}/mes-attestations/\n" in message.body
    assert f"\n{BASE}/verifier/{certificate.code}/\n" in message.body
    assert certificate.grouped_code in message.body
    html, kind = message.alternatives[0]
    assert kind == "text/html" and '<html lang="fr">' in html
    assert f'href="{BASE}/mes-attestations/"' in html
    assert f'href="{BASE}/verifier/{certificate.code}/"' in html
    assert "<title>[Repères] Votre attestation : Module locataire-absent</title>" in html


def test_no_second_email_for_the_same_certificate_a_reissue_or_a_name_correction(
        learner, hr_a, module, django_capture_on_commit_callbacks):
    complete(learner, module, django_capture_on_commit_callbacks)
    certificate = Certificate.objects.get(recipient=learner)
    with django_capture_on_commit_callbacks(execute=True):
        complete(learner, module, django_capture_on_commit_callbacks)  # the signal again
        services.issue(Certificate.Kind.MODULE, learner, module.pk, {"title": "Autre"})
        services.reissue(certificate, {**certificate.snapshot, "hours": 1.0})
        services.correct_name(certificate, "Camille Dupont", reason="Nom d'usage", by=hr_a)
    assert len(mail.outbox) == 1


def test_a_path_certificate_says_so(learner, learning_path,
                                    django_capture_on_commit_callbacks):
    from courses.models import LearningPathPage
    from courses.services import path_completed

    path, _first, _second = learning_path
    with django_capture_on_commit_callbacks(execute=True):
        path_completed.send(sender=LearningPathPage, user=learner, path=path,
                            completed_at=timezone.now())
    [message] = mail.outbox
    assert message.subject == "[Repères] Votre attestation : Parcours gardiens"
    assert "vous avez terminé le parcours « Parcours gardiens »" in message.body


def test_closing_a_session_emails_each_attendee_once(trainer, learner, org_a,
                                                     django_capture_on_commit_callbacks):
    from scheduling import services as scheduling
    from scheduling.models import Registration
    from tests.scheduling.conftest import create_session

    session = create_session(starts_in=timedelta(hours=-4), trainers=[trainer],
                             title="Repérer la souffrance psychique")
    slot = session.slots.get()
    colleague = UserFactory(email="collegue@a.test", organisation=org_a)
    absent = UserFactory(email="absente@a.test", organisation=org_a)
    for person, status in ((learner, "present"), (colleague, "present"), (absent, "absent")):
        registration = Registration.objects.create(session=session, user=person)
        scheduling.mark(registration, slot, status, by=trainer)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        scheduling.close_session(session, by=trainer)
    issued = [m for m in mail.outbox if m.subject.startswith("[Repères] Votre attestation")]
    assert sorted(address for m in issued for address in m.to) == [learner.email,
                                                                    "collegue@a.test"]
    assert ("Votre attestation de présence à la session de sensibilisation « Repérer la "
            "souffrance psychique » est prête.") in issued[0].body
    with django_capture_on_commit_callbacks(execute=True):
        scheduling.close_session(session, by=trainer)
    assert len([m for m in mail.outbox if m.subject.startswith("[Repères] Votre attestation")
                ]) == 2


@pytest.mark.parametrize("who", ["walk_in", "placeholder", "deleted", "inactive"])
def test_nobody_who_cannot_be_written_to_gets_it(org_a, module, who,
                                                 django_capture_on_commit_callbacks):
    person = {
        "walk_in": lambda: UserFactory(email="sur-place@a.test", organisation=org_a,
                                       email_to_complete=True),
        "placeholder": lambda: UserFactory(email="sur-place-0a1b@invalid",
                                           organisation=org_a),
        "deleted": lambda: UserFactory(email="supprime-0a1b2c@invalid", organisation=org_a,
                                       deleted_at=timezone.now(), is_active=False),
        "inactive": lambda: UserFactory(email="parti@a.test", organisation=org_a,
                                        is_active=False),
    }[who]()
    complete(person, module, django_capture_on_commit_callbacks)
    assert Certificate.objects.filter(recipient=person).exists()
    assert mail.outbox == []


def test_an_account_deleted_before_the_worker_writes_gets_nothing(
        learner, module, django_capture_on_commit_callbacks):
    """The task reads the holder as they are when it runs."""
    from accounts import services as account_services
    from certificates.tasks import notify_issued

    with django_capture_on_commit_callbacks(execute=False):
        module_completed.send(sender=ModulePage, user=learner, module=module,
                              completed_at=timezone.now())
    certificate = Certificate.objects.get(recipient=learner)
    account_services.delete_account(learner)
    notify_issued.call(certificate_id=certificate.pk)
    assert mail.outbox == []
