"""The HR space of this issue: staff list, person page, single invitations; scoped by organisation."""

import re
from html import unescape

import pytest
from django.core import mail

from accounts.models import Invitation, JobRole
from accounts.roles import Role
from tests.factories import InvitationFactory, UserFactory


def body(response):
    return unescape(response.content.decode())


def test_hr_sees_only_their_own_staff(client, hr_a, learner, learner_b, site):
    client.force_login(hr_a)
    page = body(client.get("/espace-rh/"))
    assert learner.get_full_name() in page
    assert learner_b.email not in page and f"/espace-rh/personnes/{learner_b.pk}/" not in page
    assert client.get(f"/espace-rh/personnes/{learner.pk}/").status_code == 200
    assert client.get(f"/espace-rh/personnes/{learner_b.pk}/").status_code == 404


def test_coordinator_sees_every_organisation(client, coordinator, learner, learner_b, site):
    client.force_login(coordinator)
    page = body(client.get("/espace-rh/?q=apprenant"))
    assert learner.get_full_name() in page and learner_b.get_full_name() in page
    assert client.get(f"/espace-rh/personnes/{learner_b.pk}/").status_code == 200


def test_staff_search_filters_by_name(client, hr_a, org_a, site):
    UserFactory(first_name="Rachida", last_name="Trouvée", organisation=org_a)
    UserFactory(first_name="Paul", last_name="Ailleurs", organisation=org_a)
    client.force_login(hr_a)
    page = body(client.get("/espace-rh/?q=trouv"))
    assert "Rachida Trouvée" in page and "Paul Ailleurs" not in page


def test_staff_list_queries_stay_bounded(client, hr_a, org_a, site, django_assert_max_num_queries):
    client.force_login(hr_a)
    UserFactory.create_batch(5, organisation=org_a)
    with django_assert_max_num_queries(20) as few:
        client.get("/espace-rh/")
    UserFactory.create_batch(60, organisation=org_a)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/espace-rh/")
    assert response.status_code == 200
    assert "Page 1 sur 2" in body(response)


def test_invitation_list_queries_stay_bounded(client, hr_a, org_a, site,
                                              django_assert_max_num_queries):
    client.force_login(hr_a)
    InvitationFactory.create_batch(3, organisation=org_a, invited_by=hr_a)
    with django_assert_max_num_queries(25) as few:
        client.get("/espace-rh/invitations/")
    InvitationFactory.create_batch(40, organisation=org_a, invited_by=hr_a)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get("/espace-rh/invitations/").status_code == 200


def test_hr_invites_a_person_of_their_organisation(client, hr_a, org_b, site):
    client.force_login(hr_a)
    response = client.post("/espace-rh/invitations/", {
        "email": " Nadia.Nouvelle@Exemple.TEST ", "first_name": "Nadia", "last_name": "Nouvelle",
        "job_role": JobRole.MEDIATOR, "site": "Agence Est",
        # A forged organisation or role is ignored: HR invites learners into their own org.
        "organisation": org_b.pk, "role": Role.HR,
    })
    assert response.status_code == 200  # the forged values make the form invalid
    assert "Sélectionnez un choix valide" in body(response)
    assert not Invitation.objects.exists()

    response = client.post("/espace-rh/invitations/", {
        "email": " Nadia.Nouvelle@Exemple.TEST ", "first_name": "Nadia", "last_name": "Nouvelle",
        "job_role": JobRole.MEDIATOR, "site": "Agence Est",
        "organisation": hr_a.organisation_id, "role": Role.LEARNER,
    })
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.email == "nadia.nouvelle@exemple.test"
    assert invitation.organisation == hr_a.organisation and invitation.role == Role.LEARNER
    assert invitation.invited_by == hr_a
    assert mail.outbox[-1].to == ["nadia.nouvelle@exemple.test"]


@pytest.mark.parametrize("email, message", [
    ("apprenant@a.test", "déjà un compte dans votre organisation"),
    ("pas-une-adresse", "Saisissez une adresse de courriel valide"),
])
def test_invitation_form_reports_bad_emails(client, hr_a, site, email, message):
    client.force_login(hr_a)
    response = client.post("/espace-rh/invitations/", {
        "email": email, "job_role": JobRole.CARETAKER,
        "organisation": hr_a.organisation_id, "role": Role.LEARNER,
    })
    assert response.status_code == 200
    assert message in body(response)
    assert not Invitation.objects.exists()


def test_second_pending_invitation_for_the_same_email_is_refused(client, hr_a, site):
    InvitationFactory(email="deux.fois@exemple.test", organisation=hr_a.organisation)
    client.force_login(hr_a)
    response = client.post("/espace-rh/invitations/", {
        "email": "DEUX.FOIS@exemple.test", "job_role": JobRole.CARETAKER,
        "organisation": hr_a.organisation_id, "role": Role.LEARNER,
    })
    assert "Une invitation est déjà en attente" in body(response)
    assert Invitation.objects.count() == 1


def test_resend_and_revoke(client, hr_a, site):
    invitation = InvitationFactory(organisation=hr_a.organisation)
    client.force_login(hr_a)
    client.post(f"/espace-rh/invitations/{invitation.pk}/renvoyer/")
    assert mail.outbox[-1].to == [invitation.email]
    client.post(f"/espace-rh/invitations/{invitation.pk}/annuler/")
    invitation.refresh_from_db()
    assert invitation.status == Invitation.Status.REVOKED
    sent = len(mail.outbox)
    response = client.post(f"/espace-rh/invitations/{invitation.pk}/renvoyer/", follow=True)
    assert "n'est plus valable" in body(response)
    assert len(mail.outbox) == sent


def test_hr_of_another_organisation_cannot_touch_an_invitation(client, hr_b, org_a, site):
    invitation = InvitationFactory(organisation=org_a)
    client.force_login(hr_b)
    assert client.post(f"/espace-rh/invitations/{invitation.pk}/annuler/").status_code == 404
    invitation.refresh_from_db()
    assert invitation.revoked_at is None


def test_coordinator_may_invite_an_hr_officer_into_any_organisation(client, coordinator, org_b, site):
    client.force_login(coordinator)
    response = client.post("/espace-rh/invitations/", {
        "email": "nouvelle.rh@b.test", "job_role": JobRole.MANAGER,
        "organisation": org_b.pk, "role": Role.HR,
    })
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.organisation == org_b and invitation.role == Role.HR


def test_the_coordination_cannot_make_or_edit_a_superuser(client, coordinator, learner, site):
    """Wagtail's user editor shows "Administrator" to anyone who may edit users (#12)."""
    from tests.factories import UserFactory

    client.force_login(coordinator)
    page = client.get(f"/admin/users/edit/{learner.pk}/")
    assert page.status_code == 200
    assert 'name="is_superuser"' not in page.content.decode()
    assert 'name="is_superuser"' not in client.get("/admin/users/add/").content.decode()
    form = page.context["form"]
    data = {name: form[name].value() or "" for name in form.fields
            if name not in ("groups", "is_active")}
    data.update({"is_superuser": "on", "is_active": "on",
                 "groups": [str(g.pk) for g in learner.groups.all()]})
    client.post(f"/admin/users/edit/{learner.pk}/", data)
    learner.refresh_from_db()
    assert not learner.is_superuser
    boss = UserFactory(email="super@programme.test", is_superuser=True)
    assert client.get(f"/admin/users/edit/{boss.pk}/").status_code == 404
    assert client.get(f"/admin/users/{boss.pk}/delete/").status_code in (404, 302)


def test_inviting_says_the_same_for_an_unknown_address_and_one_of_another_organisation(
        client, hr_a, learner_b, site):
    """No account-existence oracle: both are invited, with the same answer."""
    client.force_login(hr_a)

    def invite(email):
        response = client.post("/espace-rh/invitations/", {
            "email": email, "first_name": "Lou", "last_name": "Test",
            "job_role": JobRole.CARETAKER, "organisation": hr_a.organisation_id,
            "role": Role.LEARNER}, follow=True)
        page = re.sub(r'name="csrfmiddlewaretoken" value="\w+"', "", body(response))
        page = page.replace(email, "ADRESSE")
        return (response.status_code, response.redirect_chain,
                page.split('<main')[1].split("Invitations envoyées")[0])

    assert invite(learner_b.email) == invite("personne.inconnue@b.test")
    assert set(Invitation.objects.values_list("email", flat=True)) == {
        learner_b.email, "personne.inconnue@b.test"}
    assert {m.to[0] for m in mail.outbox} == {learner_b.email, "personne.inconnue@b.test"}


def test_an_invitation_never_moves_an_existing_account(client, hr_a, learner, learner_b, org_b,
                                                       site):
    """The person with an account elsewhere opens the invitation: a clear message, nobody is
    logged out, and their account stays in its organisation."""
    from accounts.roles import roles_of

    invitation = InvitationFactory(email=learner_b.email, organisation=hr_a.organisation,
                                   invited_by=hr_a)
    client.force_login(learner_b)
    response = client.get(f"/invitation/{invitation.token}/")
    assert response.status_code == 409
    page = body(response)
    assert f"Vous avez déjà un compte Repères avec l'adresse {learner_b.email}" in page
    assert ("Une invitation ne change pas l'organisation d'un compte existant. Si vous travaillez "
            "maintenant pour Bailleur A, demandez à la coordination du programme de rattacher "
            "votre compte à Bailleur A.") in page
    assert client.session.get("_auth_user_id") == str(learner_b.pk)
    assert "reperes_invitation_token" not in client.session
    learner_b.refresh_from_db()
    assert learner_b.organisation == org_b and roles_of(learner_b) == {Role.LEARNER}
    invitation.refresh_from_db()
    assert invitation.status == Invitation.Status.PENDING

    # An account in the same organisation (signed up meanwhile) is told to log in.
    invitation = InvitationFactory(email=learner.email, organisation=hr_a.organisation)
    page = body(client.get(f"/invitation/{invitation.token}/"))
    assert "connectez-vous avec ce compte" in page and "rattacher" not in page


@pytest.mark.parametrize("field", ["email", "first_name", "last_name", "site", "job_role",
                                   "organisation", "role"])
def test_a_nul_byte_in_the_invitation_form_is_refused(client, hr_a, site, field):
    """Never a 500 (PostgreSQL refuses a NUL): the site-wide guard answers 400 first."""
    client.force_login(hr_a)
    data = {"email": "lou@a.test", "first_name": "Lou", "last_name": "Neuve", "site": "Est",
            "job_role": JobRole.CARETAKER, "organisation": hr_a.organisation_id,
            "role": Role.LEARNER}
    data[field] = f"{data[field]}\x00"
    response = client.post("/espace-rh/invitations/", data)
    assert response.status_code == 400 and "Demande incorrecte" in body(response)
    assert not Invitation.objects.exists()


def test_an_invitation_link_with_a_nul_byte_is_refused(client, site):
    response = client.get("/invitation/abc%00def/")
    assert response.status_code == 400 and "Demande incorrecte" in body(response)


def test_opening_an_invitation_asks_before_logging_out_whoever_is_logged_in(client, hr_a,
                                                                          site):
    invitation = InvitationFactory(email="nouvelle@a.test", organisation=hr_a.organisation)
    client.force_login(hr_a)
    page = client.get(f"/invitation/{invitation.token}/")
    assert page.status_code == 200
    assert "il faut d'abord vous déconnecter" in body(page)
    assert client.session.get("_auth_user_id") == str(hr_a.pk)  # nothing happened yet
    response = client.post(f"/invitation/{invitation.token}/")
    assert response.status_code == 302 and response["Location"] == "/compte/signup/"
    assert "_auth_user_id" not in client.session
