"""What HR change on a person's page: details and manager, deactivation and reactivation,
resending an invitation. Scoped by organisation like the page itself."""

from html import unescape

import pytest
from django.core import mail
from django.test import Client
from wagtail.models import ModelLogEntry

from accounts import services
from accounts.models import JobRole
from accounts.roles import Role, assigned_roles
from tests.access import Row, check_row, everyone, signed_in
from tests.factories import PASSWORD, InvitationFactory, UserFactory

from . import manager as fixtures
from .manager import ROLES_WITH_MANAGER, make_manager

manager_a = fixtures.manager_a
users_with_manager = fixtures.users_with_manager

HR_ONLY = {"learner": 403, "trainer": 403, "editor": 403, "hr_other": 404, "manager": 403}


def body(response):
    return unescape(response.content.decode())


def details(**values):
    """The details form's fields as the page posts them (prefix "details")."""
    data = {"job_role": JobRole.CARETAKER, "site": "", "employee_id": "", "start_date": "",
            "manager": ""}
    data.update(values)
    return {f"details-{name}": value for name, value in data.items() if value is not None}


ROWS = [
    Row("/espace-rh/personnes/{learner}/", signed_in(200, **HR_ONLY)),
    Row("/espace-rh/personnes/{learner}/fiche/", signed_in(302, **HR_ONLY), method="post",
        data=details(job_role=JobRole.MEDIATOR, site="Agence Est", start_date="2026-09-01")),
    Row("/espace-rh/personnes/{learner}/fiche/", {**everyone(405), "manager": 405}),
    # Deactivating asks first (200), then does it once confirmed (302).
    Row("/espace-rh/personnes/{learner}/desactiver/", signed_in(200, **HR_ONLY),
        method="post"),
    Row("/espace-rh/personnes/{learner}/desactiver/", signed_in(302, **HR_ONLY),
        method="post", data={"confirm": "on"}),
    Row("/espace-rh/personnes/{inactive}/reactiver/", signed_in(302, **HR_ONLY),
        method="post"),
    Row("/espace-rh/personnes/{invited}/renvoyer-invitation/", signed_in(302, **HR_ONLY),
        method="post"),
    Row("/espace-rh/personnes/{learner}/reactiver/", {**everyone(405), "manager": 405}),
]


@pytest.fixture
def objects(users_with_manager, org_a, site):
    inactive = UserFactory(organisation=org_a, is_active=False)
    invited = UserFactory(organisation=org_a, email="pas.encore.inscrite@a.test")
    InvitationFactory(organisation=org_a, email=invited.email)
    return {"learner": users_with_manager["learner"].pk, "inactive": inactive.pk,
            "invited": invited.pk}


@pytest.mark.parametrize("role", ROLES_WITH_MANAGER)
@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row.method}:{row.url}:{row.data}")
def test_access(client, users_with_manager, objects, row, role):
    check_row(client, users_with_manager[role], row, objects, role)


# --- Details and manager --------------------------------------------------------------------

@pytest.mark.parametrize("who", ["hr_a", "coordinator"])
def test_hr_and_the_coordination_change_the_details(client, request, learner, org_a, site, who):
    viewer = request.getfixturevalue(who)
    boss = make_manager(org_a)
    client.force_login(viewer)
    response = client.post(f"/espace-rh/personnes/{learner.pk}/fiche/", details(
        job_role=JobRole.MEDIATOR, site=" Agence Est ", employee_id="M042",
        start_date="2026-09-01", manager=boss.pk), follow=True)
    assert f"Fiche de {learner.get_full_name()} enregistrée." in body(response)
    learner.refresh_from_db()
    assert (learner.job_role, learner.site, learner.employee_id, str(learner.start_date),
            learner.manager) == (JobRole.MEDIATOR, "Agence Est", "M042", "2026-09-01", boss)
    page = body(client.get(f"/espace-rh/personnes/{learner.pk}/"))
    assert "1 septembre 2026" in page and boss.get_full_name() in page
    # Who changed what is kept in the person's log, and shown on the page.
    entry = ModelLogEntry.objects.for_instance(learner).get()
    assert entry.user == viewer and entry.action == services.LOG_DETAILS
    assert set(entry.data["fields"]) == {"job_role", "site", "employee_id", "start_date",
                                         "manager"}
    assert entry.data["after"]["manager"] == boss.pk
    assert "Fiche modifiée : métier, site ou agence, matricule, date d'arrivée, encadrant·e" in page


def test_nothing_changed_logs_nothing(client, hr_a, learner, site):
    client.force_login(hr_a)
    response = client.post(f"/espace-rh/personnes/{learner.pk}/fiche/", details(
        job_role=learner.job_role), follow=True)
    assert "Rien n'a changé." in body(response)
    assert not ModelLogEntry.objects.for_instance(learner).exists()


@pytest.mark.parametrize("who", ["hr_a", "coordinator"])
def test_a_manager_of_another_organisation_is_refused(client, request, learner, org_b, site,
                                                      who):
    """Even posted by hand, even by the coordination who sees both organisations."""
    other = make_manager(org_b, email="encadrant@b.test")
    client.force_login(request.getfixturevalue(who))
    response = client.post(f"/espace-rh/personnes/{learner.pk}/fiche/",
                           details(site="Agence Est", manager=other.pk))
    assert response.status_code == 200
    form = response.context["details_form"]
    assert form.errors["manager"] == ["Choisissez une personne active de la même organisation "
                                      "qui encadre une équipe."]
    assert "<details class=\"fold\" id=\"fiche\" open>" in body(response)
    learner.refresh_from_db()
    assert learner.manager is None and learner.site == ""


def test_the_manager_options_are_the_organisations_team_leaders(client, hr_a, learner, org_a,
                                                                org_b, site):
    boss = make_manager(org_a)
    make_manager(org_b, email="encadrant@b.test", first_name="Autre", last_name="Bailleur")
    gone = make_manager(org_a, email="partie@a.test", first_name="Partie", is_active=False)
    colleague = UserFactory(organisation=org_a, first_name="Simple", last_name="Collègue")
    client.force_login(hr_a)
    field = client.get(f"/espace-rh/personnes/{learner.pk}/").context["details_form"]["manager"]
    options = {str(value) for value, _label in field.field.choices if value}
    assert options == {str(boss.pk)}
    assert str(gone.pk) not in options and str(colleague.pk) not in options


def test_nobody_manages_themselves_nor_is_led_by_someone_inactive(learner, hr_a, org_a):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as refused:
        services.update_staff_details(learner, by=hr_a, manager=learner)
    assert "manager" in refused.value.message_dict
    gone = UserFactory(organisation=org_a, is_active=False)
    with pytest.raises(ValidationError):
        services.update_staff_details(learner, by=hr_a, manager=gone)
    # The rule is the service's: any active colleague may be recorded as manager.
    colleague = UserFactory(organisation=org_a)
    assert services.update_staff_details(learner, by=hr_a, manager=colleague) == ["manager"]


def test_hr_give_and_take_the_team_leaders_role(client, hr_a, learner, site):
    client.force_login(hr_a)
    client.post(f"/espace-rh/personnes/{learner.pk}/fiche/",
                details(job_role=learner.job_role, leads_team="on"))
    assert Role.MANAGER in assigned_roles(type(learner).objects.get(pk=learner.pk))
    page = body(client.get(f"/espace-rh/personnes/{learner.pk}/"))
    assert "Équipe encadrée" in page and "personne ne lui est encore rattaché" in page
    client.post(f"/espace-rh/personnes/{learner.pk}/fiche/",
                details(job_role=learner.job_role))
    assert Role.MANAGER not in assigned_roles(type(learner).objects.get(pk=learner.pk))
    assert list(ModelLogEntry.objects.for_instance(learner).order_by("pk").values_list(
        "data__fields", flat=True)) == [["leads_team"], ["leads_team"]]


def test_hr_see_who_manages_whom(client, hr_a, org_a, site):
    boss = make_manager(org_a)
    member = UserFactory(organisation=org_a, manager=boss, first_name="Membre")
    client.force_login(hr_a)
    page = body(client.get(f"/espace-rh/personnes/{boss.pk}/"))
    assert "1 personne encadrée" in page and f"/espace-rh/personnes/{member.pk}/" in page
    page = body(client.get(f"/espace-rh/personnes/{member.pk}/"))
    assert f'<a href="/espace-rh/personnes/{boss.pk}/">{boss.get_full_name()}</a>' in page


def test_an_invitation_may_give_the_team_leaders_role(client, hr_a, site):
    from accounts.models import Invitation

    client.force_login(hr_a)
    response = client.post("/espace-rh/invitations/", {
        "email": "chef.equipe@a.test", "first_name": "Chef", "last_name": "Équipe",
        "job_role": JobRole.MANAGER, "organisation": hr_a.organisation_id,
        "role": Role.MANAGER})
    assert response.status_code == 302
    assert Invitation.objects.get().role == Role.MANAGER
    # Never a programme role: HR still cannot invite HR.
    response = client.post("/espace-rh/invitations/", {
        "email": "autre.rh@a.test", "job_role": JobRole.MANAGER,
        "organisation": hr_a.organisation_id, "role": Role.HR})
    assert response.status_code == 200


# --- Deactivation and reactivation ----------------------------------------------------------

def logs_in(email):
    client = Client()
    client.post("/compte/login/", {"login": email, "password": PASSWORD})
    return "_auth_user_id" in client.session


def test_deactivation_asks_then_blocks_login_and_keeps_the_record(client, hr_a, org_a, site):
    from certificates.services import issue
    from courses.models import ModulePage

    person = UserFactory(organisation=org_a, email="partant@a.test")
    module = ModulePage.objects.get(slug="signaux-faibles-logement")
    certificate, _created = issue("module", person, module.pk, {"title": module.title,
                                                                "dates": ["2026-11-23"]})
    assert logs_in(person.email)
    open_session = Client()
    open_session.force_login(person)

    client.force_login(hr_a)
    url = f"/espace-rh/personnes/{person.pk}/desactiver/"
    response = client.post(url)
    assert response.status_code == 200
    assert "ne pourra plus se connecter" in body(response)
    person.refresh_from_db()
    assert person.is_active

    response = client.post(url, {"confirm": "on"}, follow=True)
    assert "désactivé : cette personne ne peut plus se connecter" in body(response)
    person.refresh_from_db()
    assert not person.is_active
    assert not logs_in(person.email)
    assert open_session.get("/compte/").status_code == 302  # their open session ended
    certificate.refresh_from_db()
    assert certificate.is_valid
    page = body(client.get(f"/espace-rh/personnes/{person.pk}/"))
    assert module.title in page and "Compte désactivé" in page and hr_a.get_full_name() in page

    response = client.post(f"/espace-rh/personnes/{person.pk}/reactiver/", follow=True)
    assert "réactivé" in body(response)
    person.refresh_from_db()
    assert person.is_active and logs_in(person.email)
    assert list(ModelLogEntry.objects.for_instance(person).order_by("pk").values_list(
        "action", flat=True)) == [services.LOG_DEACTIVATE, services.LOG_REACTIVATE]


@pytest.mark.parametrize("roles", [[Role.HR, Role.LEARNER], [Role.TRAINER], [Role.EDITOR]])
def test_hr_never_deactivate_the_programmes_accounts(client, hr_a, coordinator, org_a, site,
                                                     roles):
    account = UserFactory(organisation=org_a, roles=roles, totp=True)
    client.force_login(hr_a)
    page = body(client.get(f"/espace-rh/personnes/{account.pk}/"))
    assert "géré par la coordination du programme" in page
    assert f"/espace-rh/personnes/{account.pk}/desactiver/" not in page
    response = client.post(f"/espace-rh/personnes/{account.pk}/desactiver/",
                           {"confirm": "on"}, follow=True)
    assert "géré par la coordination du programme" in body(response)
    account.refresh_from_db()
    assert account.is_active
    # The coordination may.
    client.force_login(coordinator)
    client.post(f"/espace-rh/personnes/{account.pk}/desactiver/", {"confirm": "on"})
    account.refresh_from_db()
    assert not account.is_active


def test_a_team_leader_is_the_landlords_staff(client, hr_a, org_a, site):
    boss = make_manager(org_a)
    client.force_login(hr_a)
    client.post(f"/espace-rh/personnes/{boss.pk}/desactiver/", {"confirm": "on"})
    boss.refresh_from_db()
    assert not boss.is_active


def test_nobody_deactivates_themselves(client, coordinator, site):
    client.force_login(coordinator)
    client.post(f"/espace-rh/personnes/{coordinator.pk}/desactiver/", {"confirm": "on"})
    coordinator.refresh_from_db()
    assert coordinator.is_active


def test_hr_of_another_organisation_cannot_deactivate(client, hr_b, learner, site):
    client.force_login(hr_b)
    response = client.post(f"/espace-rh/personnes/{learner.pk}/desactiver/", {"confirm": "on"})
    assert response.status_code == 404
    learner.refresh_from_db()
    assert learner.is_active


# --- Resending an invitation ----------------------------------------------------------------

def test_resend_the_invitation_of_someone_not_signed_up(client, hr_a, org_a, site):
    person = UserFactory(organisation=org_a, email="sur.place@a.test")
    invitation = InvitationFactory(organisation=org_a, email=person.email, invited_by=hr_a)
    client.force_login(hr_a)
    page = body(client.get(f"/espace-rh/personnes/{person.pk}/"))
    assert "Renvoyer l'invitation" in page
    response = client.post(f"/espace-rh/personnes/{person.pk}/renvoyer-invitation/",
                           follow=True)
    assert f"Invitation renvoyée à {person.email}." in body(response)
    assert mail.outbox[-1].to == [person.email]
    invitation.refresh_from_db()
    assert invitation.sent_at is not None


def test_nothing_to_resend_once_signed_up(client, hr_a, learner, org_a, site):
    InvitationFactory(organisation=org_a, email=learner.email)
    assert logs_in(learner.email)
    client.force_login(hr_a)
    assert "Renvoyer l'invitation" not in body(client.get(f"/espace-rh/personnes/{learner.pk}/"))
    response = client.post(f"/espace-rh/personnes/{learner.pk}/renvoyer-invitation/",
                           follow=True)
    assert "Aucune invitation à renvoyer" in body(response)
    assert not mail.outbox


# --- The page stays bounded; the log leaves with the account --------------------------------

def test_the_person_page_queries_stay_bounded(client, hr_a, org_a, site,
                                              django_assert_max_num_queries):
    boss = make_manager(org_a)
    UserFactory.create_batch(3, organisation=org_a, manager=boss)
    client.force_login(hr_a)
    url = f"/espace-rh/personnes/{boss.pk}/"
    with django_assert_max_num_queries(60) as few:
        client.get(url)
    UserFactory.create_batch(60, organisation=org_a, manager=boss)
    for _ in range(8):
        services.update_staff_details(boss, by=hr_a, site=f"Agence {_}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url)
    assert "63 personnes encadrées" in body(response)


def test_deleting_the_account_erases_its_log(hr_a, learner):
    services.update_staff_details(learner, by=hr_a, site="Agence Est", employee_id="M1")
    assert ModelLogEntry.objects.for_instance(learner).exists()
    services.delete_account(learner)
    assert not ModelLogEntry.objects.for_instance(learner).exists()


def test_the_data_export_tells_the_changes(hr_a, learner):
    services.update_staff_details(learner, by=hr_a, site="Agence Est")
    profile = services.export_profile(learner)
    assert profile["historique_du_compte"][0]["champs"] == ["site"]
