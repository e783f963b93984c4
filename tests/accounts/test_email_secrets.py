"""Emails through production's database task backend: the task table holds no secret and no
personal data, and the worker still sends the right email (#12 item 8)."""

import json
import re
import smtplib

import pytest
from cryptography.fernet import InvalidToken
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from accounts import envelopes
from accounts.emails import enqueue_email
from accounts.models import Invitation, JobRole
from accounts.roles import Role
from tests.factories import PASSWORD, UserFactory

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = DATABASE_TASKS


def run_worker():
    """What `manage.py db_worker --batch` does with each queued task, in this test's
    transaction (the worker's loop would close the test's connection)."""
    worker = Worker(queue_names=["*"], interval=0, batch=True, backend_name="default",
                    startup_delay=False, max_tasks=None, worker_id="test-worker",
                    excluded_queue_names=[])
    while (row := DBTaskResult.objects.ready().first()) is not None:
        row.claim(worker.worker_id)
        worker.run_task(row)


def table():
    """Everything the task table holds about each task, as text."""
    return "\n".join(
        json.dumps([row.args_kwargs, row.return_value, row.traceback], ensure_ascii=False)
        for row in DBTaskResult.objects.all())


def assert_not_in_table(*values):
    text = table()
    for value in values:
        assert value.lower() not in text.lower(), f"{value!r} is readable in the task table"


def only_email(to):
    messages = [message for message in mail.outbox if message.to == [to]]
    assert len(messages) == 1, [m.subject for m in mail.outbox]
    return messages[0]


@pytest.fixture
def person(org_a):
    return UserFactory(email="lucie.garnier@bailleur-a.test", first_name="Lucie",
                       last_name="Garnier", organisation=org_a)


def test_login_code_is_not_in_the_task_table_and_still_works(client, database_tasks, person,
                                                             site):
    response = client.post("/compte/login/code/", {"email": person.email})
    assert response.status_code == 302
    assert mail.outbox == [] and DBTaskResult.objects.count() == 1  # queued, not sent
    run_worker()
    message = only_email(person.email)
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", message.body, re.MULTILINE).group(1)
    assert code in message.alternatives[0][0]
    assert_not_in_table(code, code.replace("-", ""), person.email)
    assert DBTaskResult.objects.get().return_value == 1

    response = client.post(response["Location"], {"code": code})
    assert client.get("/compte/").status_code == 200


def test_password_reset_key_is_not_in_the_task_table_and_still_works(client, database_tasks,
                                                                     person, site):
    client.post("/compte/password/reset/", {"email": person.email})
    run_worker()
    url = re.search(r"http://testserver(/compte/password/reset/key/(\S+)/)",
                    only_email(person.email).body)
    key = url.group(2)
    assert_not_in_table(key, key.split("-", 1)[1], person.email)
    response = client.get(url.group(1))
    assert response.status_code == 302 and "set-password" in response["Location"]
    response = client.post(response["Location"], {"password1": "un-nouveau-mot-de-passe-9",
                                                  "password2": "un-nouveau-mot-de-passe-9"})
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.check_password("un-nouveau-mot-de-passe-9")


def test_signup_confirmation_code_is_not_in_the_task_table(client, database_tasks, org_a, site):
    response = client.post("/compte/signup/", {
        "email": "samir.oubli@perso.test", "first_name": "Samir", "last_name": "Oubli",
        "job_role": "gardien", "site": "Résidence des Lilas", "signup_code": "CODEAAAA26",
        "password1": "pas-facile-a-deviner-9", "password2": "pas-facile-a-deviner-9",
    })
    assert response.status_code == 302
    run_worker()
    message = only_email("samir.oubli@perso.test")
    code = re.search(r"^([A-Z0-9]{4}-[A-Z0-9]{4})$", message.body, re.MULTILINE).group(1)
    assert_not_in_table(code, code.replace("-", ""), "samir.oubli@perso.test", "Oubli")
    response = client.post("/compte/confirm-email/", {"code": code})
    assert response.status_code == 302
    assert client.get("/compte/").status_code == 200


def test_hr_invitation_token_and_name_are_not_in_the_task_table(client, database_tasks, hr_a,
                                                                site):
    client.force_login(hr_a)
    response = client.post("/espace-rh/invitations/", {
        "email": "nadia.nouvelle@exemple.test", "first_name": "Nadia", "last_name": "Nouvelle",
        "job_role": JobRole.MEDIATOR, "site": "Agence Est",
        "organisation": hr_a.organisation_id, "role": Role.LEARNER,
    })
    assert response.status_code == 302
    run_worker()
    invitation = Invitation.objects.get()
    message = only_email("nadia.nouvelle@exemple.test")
    assert invitation.get_accept_url() in message.body and "Nadia" in message.body
    assert_not_in_table(invitation.token, "Nadia", "nadia.nouvelle@exemple.test",
                        hr_a.organisation.name)


class RefusingBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise smtplib.SMTPRecipientsRefused(
            {address: (550, f"<{address}> unknown".encode()) for m in messages for address in m.to})


def test_a_failed_email_leaves_no_address_in_the_task_table(db, database_tasks, settings):
    settings.EMAIL_BACKEND = "tests.accounts.test_email_secrets.RefusingBackend"
    enqueue_email(subject="Objet", to=["refuse@exemple.test"], text_body="Bonjour Odile")
    run_worker()
    row = DBTaskResult.objects.get()
    assert row.status == "FAILED" and "SMTPRecipientsRefused" in row.traceback
    assert_not_in_table("refuse@exemple.test", "Odile")


def test_envelopes_open_with_a_fallback_key_and_refuse_tampering(settings):
    envelope = envelopes.seal({"to": ["a@exemple.test"]})
    assert "a@exemple.test" not in envelope
    assert envelopes.open_envelope(envelope) == {"to": ["a@exemple.test"]}
    with pytest.raises(InvalidToken):
        envelopes.open_envelope(envelope[:-4] + ("AAAA" if envelope[-4:] != "AAAA" else "BBBB"))

    old_key, settings.SECRET_KEY = settings.SECRET_KEY, "a-new-secret-key-" + "x" * 50
    settings.SECRET_KEY_FALLBACKS = [old_key]
    assert envelopes.open_envelope(envelope) == {"to": ["a@exemple.test"]}
    settings.SECRET_KEY_FALLBACKS = []
    with pytest.raises(InvalidToken):
        envelopes.open_envelope(envelope)


def test_immediate_backend_still_sends_at_once(client, person, site):
    """Development and tests: the same sealed task, run during the request."""
    client.post("/compte/login/", {"login": person.email, "password": PASSWORD})
    client.post("/compte/password/reset/", {"email": person.email})
    assert only_email(person.email).subject == "[Repères] Choisir un nouveau mot de passe"
