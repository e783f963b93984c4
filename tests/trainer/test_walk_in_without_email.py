"""A walk-in without an email address: the trainer adds them with their name, organisation and
job; their account holds an address that names nobody, never written to; their organisation's
HR see them flagged and enter the real address, which sends the activation email."""

from datetime import timedelta
from html import unescape

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.exceptions import ValidationError

from accounts import services as accounts
from accounts.emails import deliverable, enqueue_email
from scheduling import notifications, services
from scheduling.models import Registration
from tests.access import ROLES, Row, check_nul, check_row, signed_in
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

TRAINERS = {"learner": 403, "hr_same": 403, "hr_other": 403, "editor": 403}
HR_ONLY = {"learner": 403, "trainer": 403, "editor": 403}

ROWS = [
    Row("/formateur/sessions/{session_now}/sans-inscription/", signed_in(302, **TRAINERS),
        method="post", data={"slot": "{slot_now}", "first_name": "Noé", "last_name": "Sansmail",
                             "organisation": "{org_a}", "job_role": "gardien"}),
    # Without an address and without an organisation: said next to the form.
    Row("/formateur/sessions/{session_now}/sans-inscription/", signed_in(400, **TRAINERS),
        method="post", data={"slot": "{slot_now}", "first_name": "Noé", "last_name": "Sansmail",
                             "job_role": "gardien"}),
    # HR of the person's organisation and the coordination enter the address.
    Row("/espace-rh/personnes/{walk_in_no_email}/adresse/",
        signed_in(200, **HR_ONLY, hr_other=404)),
    Row("/espace-rh/personnes/{walk_in_no_email}/adresse/",
        signed_in(302, **HR_ONLY, hr_other=404), method="post",
        data={"email": "noe.sansmail@exemple.test"}),
    # An address already someone's: a field error.
    Row("/espace-rh/personnes/{walk_in_no_email}/adresse/",
        signed_in(400, **HR_ONLY, hr_other=404), method="post",
        data={"email": "apprenant@a.test"}),
    # A person whose address is known: nothing to complete, back to their page.
    Row("/espace-rh/personnes/{learner}/adresse/", signed_in(302, **HR_ONLY, hr_other=404)),
    Row("/espace-rh/?a_completer=1", signed_in(200, **HR_ONLY, hr_other=200)),
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


def _text(response):
    return " ".join(unescape(response.content.decode()).split())


@pytest.fixture
def running(make_session, trainer):
    session = make_session(starts_in=timedelta(hours=-1), trainers=[trainer])
    return session, session.slots.get()


def _walk_in(client, session, slot, **data):
    return client.post(f"/formateur/sessions/{session.pk}/sans-inscription/",
                       {"slot": slot.pk, "job_role": "gardien", **data}, follow=True)


# --- The trainer -------------------------------------------------------------------------------

def test_a_walk_in_without_email_gets_an_account_to_complete(client, running, trainer, org_a,
                                                             django_capture_on_commit_callbacks):
    session, slot = running
    client.force_login(trainer)
    with django_capture_on_commit_callbacks(execute=True):
        response = _walk_in(client, session, slot, first_name="  Noé ", last_name="Sansmail",
                            organisation=org_a.pk, job_role="mediateur")
    page = _text(response)
    assert ("Noé Sansmail est ajouté·e et noté·e présent·e. Un compte a été créé sans adresse "
            "e-mail : adresse à compléter par les RH de Bailleur A") in page
    person = get_user_model().objects.get(last_name="Sansmail")
    assert person.first_name == "Noé" and person.job_role == "mediateur"
    assert person.organisation == org_a and person.email_to_complete
    assert person.email.startswith("a-completer-") and person.email.endswith("@invalid")
    assert not person.has_usable_password() and not EmailAddress.objects.filter(user=person)
    registration = session.registrations.get(user=person)
    assert registration.walk_in and registration.status == "attended"
    # On the sheet, the trainer reads that HR will complete the address.
    assert "adresse à compléter par les RH" in page
    # Nothing was sent: there is nobody to write to.
    assert mail.outbox == []


def test_the_form_says_what_is_missing_without_an_email(client, running, trainer, org_a):
    session, slot = running
    client.force_login(trainer)
    response = _walk_in(client, session, slot)
    assert response.status_code == 400
    page = _text(response)
    assert page.count("Sans adresse e-mail, ce champ est nécessaire pour créer son compte.") == 3
    response = _walk_in(client, session, slot, first_name="Noé", last_name="Sansmail",
                        organisation="999999")
    assert response.status_code == 400
    assert "Choisissez une organisation de la liste." in _text(response)
    assert not get_user_model().objects.filter(last_name="Sansmail").exists()


def test_only_active_organisations_the_session_is_open_to_are_offered(client, make_session,
                                                                     trainer, org_a, org_b):
    session = make_session(starts_in=timedelta(hours=-1), trainers=[trainer],
                           open_to_all=False)
    session.organisations.set([org_a])
    session.save()
    closed = OrganisationFactory(name="Bailleur fermé", slug="bailleur-ferme", is_active=False)
    client.force_login(trainer)
    page = _text(client.get(f"/formateur/sessions/{session.pk}/"))
    assert f'<option value="{org_a.pk}">Bailleur A</option>' in page
    assert "Bailleur B" not in page and "Bailleur fermé" not in page
    slot = session.slots.get()
    for organisation in (org_b, closed):
        response = _walk_in(client, session, slot, first_name="Noé", last_name="Sansmail",
                            organisation=organisation.pk)
        assert response.status_code == 400
    assert not get_user_model().objects.filter(last_name="Sansmail").exists()
    # The service says why, should it be called with them.
    for organisation, reason in ((org_b, "n'est pas ouverte à Bailleur B"),
                                 (closed, "n'est plus une organisation partenaire")):
        with pytest.raises(ValidationError, match=reason):
            services.add_walk_in(session, slot, first_name="Noé", last_name="Sansmail",
                                 organisation=organisation, job_role="gardien", by=trainer)


def test_the_session_audience_applies_without_email_too(running, trainer, org_a):
    session, slot = running
    session.audience = ["mediateur"]
    session.save()
    with pytest.raises(ValidationError, match="réservée à d'autres métiers"):
        services.add_walk_in(session, slot, first_name="Noé", last_name="Sansmail",
                             organisation=org_a, job_role="gardien", by=trainer)


def test_added_twice_the_same_person_keeps_one_account(client, running, make_session, trainer,
                                                       org_a):
    session, slot = running
    client.force_login(trainer)
    _walk_in(client, session, slot, first_name="Noé", last_name="Sansmail",
             organisation=org_a.pk)
    response = _walk_in(client, session, slot, first_name="noé", last_name="SANSMAIL",
                        organisation=org_a.pk)
    assert "Noé Sansmail est déjà sur la liste, noté·e présent·e : rien n'a changé." \
        in _text(response)
    assert get_user_model().objects.filter(last_name="Sansmail").count() == 1
    # The same name at another session may be a namesake: another account, that HR see.
    later = make_session(starts_in=timedelta(hours=-1), trainers=[trainer])
    other = services.add_walk_in(later, later.slots.get(), first_name="Noé",
                                 last_name="Sansmail", organisation=org_a, job_role="gardien",
                                 by=trainer)
    assert other.account_created and other.outcome == other.ADDED
    assert get_user_model().objects.filter(last_name="Sansmail").count() == 2


def test_an_account_to_complete_is_never_written_to(running, trainer, org_a,
                                                    django_capture_on_commit_callbacks):
    session, slot = running
    added = services.add_walk_in(session, slot, first_name="Noé", last_name="Sansmail",
                                 organisation=org_a, job_role="gardien", by=trainer)
    registration = added.registration
    with django_capture_on_commit_callbacks(execute=True):
        for send in (notifications.registered, notifications.reminder,
                     notifications.session_cancelled, notifications.rescheduled,
                     notifications.walk_in_account):
            assert send(registration) is None
        # And whatever else would try: a placeholder address is dropped on the way out.
        assert enqueue_email(subject="Objet", to=[added.person.email], text_body="…") is None
    assert mail.outbox == []
    assert not deliverable(added.person.email)
    assert not deliverable("supprime-abc@invalid") and not deliverable("x@mail.invalid")
    assert deliverable("gardien@bailleur.fr")


def test_overdue_reminders_wait_for_the_address(running, trainer, org_a,
                                                django_capture_on_commit_callbacks):
    from django.utils import timezone

    from courses.assignments import send_overdue_reminders
    from courses.models import Assignment, ModulePage

    session, slot = running
    added = services.add_walk_in(session, slot, first_name="Noé", last_name="Sansmail",
                                 organisation=org_a, job_role="mediateur", by=trainer)
    get_user_model().objects.filter(pk=added.person.pk).update(
        date_joined=timezone.now() - timedelta(days=120))
    Assignment.objects.create(organisation=org_a, module=ModulePage.objects.live().first(),
                              job_role="mediateur", due_date=timezone.localdate() - timedelta(3))
    with django_capture_on_commit_callbacks(execute=True):
        send_overdue_reminders()
    assert added.person.email not in [to for message in mail.outbox for to in message.to]
    # Reminded once HR entered the address.
    accounts.complete_email(added.person, "noe@exemple.test", by=trainer)
    with django_capture_on_commit_callbacks(execute=True):
        send_overdue_reminders()
    assert "noe@exemple.test" in [to for message in mail.outbox for to in message.to]


# --- HR ------------------------------------------------------------------------------------------

@pytest.fixture
def walk_in(running, trainer, org_a):
    session, slot = running
    return services.add_walk_in(session, slot, first_name="Noé", last_name="Sansmail",
                                organisation=org_a, job_role="gardien", by=trainer).person


def test_hr_see_the_accounts_to_complete_on_their_staff_list(client, walk_in, hr_a, hr_b,
                                                              learner):
    client.force_login(hr_a)
    page = _text(client.get("/espace-rh/"))
    assert "1 compte à compléter" in page and "e-mail à compléter" in page
    filtered = _text(client.get("/espace-rh/?a_completer=1"))
    assert "Noé Sansmail" in filtered and learner.get_full_name() not in filtered
    assert "Afficher tout le personnel" in filtered
    assert 'name="a_completer" value="1"' in filtered  # kept by the search
    # Another organisation's HR see nothing of them.
    client.force_login(hr_b)
    page = _text(client.get("/espace-rh/"))
    assert "compte à compléter" not in page and "Sansmail" not in page
    assert "Sansmail" not in _text(client.get("/espace-rh/?a_completer=1"))


def test_hr_enter_the_address_and_the_person_is_told_how_to_activate(
        client, walk_in, hr_a, django_capture_on_commit_callbacks):
    from wagtail.models import ModelLogEntry

    client.force_login(hr_a)
    page = _text(client.get(f"/espace-rh/personnes/{walk_in.pk}/"))
    assert "Adresse e-mail à compléter" in page and "@invalid" not in page
    assert f'action="/espace-rh/personnes/{walk_in.pk}/adresse/"' in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/espace-rh/personnes/{walk_in.pk}/adresse/",
                               {"email": "  Noe.Sansmail@Exemple.test "}, follow=True)
    assert ("Adresse enregistrée : Noé Sansmail reçoit un e-mail à noe.sansmail@exemple.test "
            "pour activer son compte.") in _text(response)
    walk_in.refresh_from_db()
    assert walk_in.email == "noe.sansmail@exemple.test" and not walk_in.email_to_complete
    address = EmailAddress.objects.get(user=walk_in)
    assert address.email == walk_in.email and address.primary and not address.verified
    [message] = mail.outbox
    assert message.to == ["noe.sansmail@exemple.test"]
    assert message.subject == "Votre compte Repères est prêt : activez-le"
    assert "/compte/login/code/" in message.body and "Bailleur A" in message.body
    entry = ModelLogEntry.objects.for_instance(walk_in).get()
    assert entry.action == accounts.LOG_EMAIL_COMPLETED and entry.user == hr_a
    # The form is gone from their page; the address shows.
    page = _text(client.get(f"/espace-rh/personnes/{walk_in.pk}/"))
    assert "Adresse e-mail à compléter" not in page and "noe.sansmail@exemple.test" in page
    # The person can now ask for a login code at that address.
    client.logout()
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/compte/login/code/", {"email": "noe.sansmail@exemple.test"})
    assert mail.outbox[-1].to == ["noe.sansmail@exemple.test"]


@pytest.mark.parametrize("email, error", [
    ("apprenant@a.test", "déjà celle d'un autre compte Repères"),
    ("APPRENANT@A.TEST", "déjà celle d'un autre compte Repères"),
    ("rh@b.test", "déjà celle d'un autre compte Repères"),
    ("pas-une-adresse", "Saisissez une adresse e-mail valide."),
    ("", "Saisissez l'adresse e-mail de la personne."),
    ("quelqu-un@exemple.invalid", "Saisissez l'adresse e-mail de la personne."),
    ("a" * 300 + "@exemple.test", "Saisissez une adresse e-mail valide."),
])
def test_an_address_that_cannot_be_theirs_is_a_field_error(client, walk_in, hr_a, email, error,
                                                           django_capture_on_commit_callbacks):
    client.force_login(hr_a)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/espace-rh/personnes/{walk_in.pk}/adresse/", {"email": email})
    assert response.status_code == 400
    page = _text(response)
    assert error in page
    assert 'id="complete-email-email_error"' in page or "field--error" in page
    walk_in.refresh_from_db()
    assert walk_in.email_to_complete and walk_in.email.endswith("@invalid")
    assert mail.outbox == []


def test_the_service_refuses_an_account_already_complete(learner, hr_a):
    with pytest.raises(ValidationError, match="déjà renseignée"):
        accounts.complete_email(learner, "autre@exemple.test", by=hr_a)


def test_hr_of_another_organisation_cannot_complete_it(client, walk_in, hr_b):
    client.force_login(hr_b)
    response = client.post(f"/espace-rh/personnes/{walk_in.pk}/adresse/",
                           {"email": "piege@exemple.test"})
    assert response.status_code == 404
    walk_in.refresh_from_db()
    assert walk_in.email_to_complete


def test_the_staff_list_query_count_does_not_grow_with_accounts_to_complete(
        client, running, trainer, hr_a, org_a, django_assert_max_num_queries):
    session, slot = running
    client.force_login(hr_a)
    for index in range(12):
        services.add_walk_in(session, slot, first_name=f"Venu{index}", last_name="Sansmail",
                             organisation=org_a, job_role="gardien", by=trainer)
        if index in (0, 11):
            with django_assert_max_num_queries(22):
                assert client.get("/espace-rh/?a_completer=1").status_code == 200
    assert Registration.objects.filter(session=session, user__email_to_complete=True).count() \
        == 12
