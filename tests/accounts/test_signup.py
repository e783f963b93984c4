"""Who may create an account, and what they see when they may not."""

from datetime import timedelta
from html import unescape

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts import services
from accounts.models import Invitation
from accounts.roles import Role, assigned_roles, roles_of
from tests.factories import EmailDomainFactory, InvitationFactory, UserFactory

User = get_user_model()
SIGNUP = "/compte/signup/"
NO_ORGANISATION = "il faut une invitation de votre employeur"


def signup_data(email, **extra):
    data = {
        "email": email, "first_name": "Alix", "last_name": "Nouvelle", "job_role": "gardien",
        "site": "Résidence des Lilas", "password1": "pas-facile-a-deviner-9",
        "password2": "pas-facile-a-deviner-9",
    }
    data.update(extra)
    return data


@pytest.fixture
def invited(org_a, site):
    return services.invite(organisation=org_a, email="Alix.Nouvelle@Bailleur-A.test",
                           first_name="Alix", last_name="Nouvelle")


def test_invitation_email_carries_a_working_link(invited):
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["alix.nouvelle@bailleur-a.test"]
    assert "Bailleur A" in message.subject
    # The link is on the site's public address (BASE_URL), whoever sent it and from where.
    link = f"{settings.WAGTAILADMIN_BASE_URL}/invitation/{invited.token}/"
    assert link in message.body
    assert link in message.alternatives[0][0]


def test_invited_person_signs_up_without_verifying_again_and_joins_the_organisation(client, invited):
    response = client.get(invited.get_accept_url())
    assert response.status_code == 302 and response["Location"] == SIGNUP
    page = client.get(SIGNUP)
    assert 'value="alix.nouvelle@bailleur-a.test"' in unescape(page.content.decode())
    assert "signup_code" not in unescape(page.content.decode())

    response = client.post(SIGNUP, signup_data("alix.nouvelle@bailleur-a.test"))
    assert response.status_code == 302, unescape(response.content.decode())[:2000]
    user = User.objects.get(email="alix.nouvelle@bailleur-a.test")
    assert user.organisation == invited.organisation
    assert user.job_role == "gardien" and user.site == "Résidence des Lilas"
    assert roles_of(user) == {Role.LEARNER}
    invited.refresh_from_db()
    assert invited.accepted_at is not None and invited.accepted_by == user
    # Logged in at once: the invitation proved the address.
    assert client.get("/compte/").status_code == 200


def test_invitation_role_is_granted(client, org_a, site):
    invitation = InvitationFactory(organisation=org_a, email="future.rh@a.test", role=Role.HR)
    client.get(invitation.get_accept_url())
    client.post(SIGNUP, signup_data("future.rh@a.test"))
    invited = User.objects.get(email="future.rh@a.test")
    assert assigned_roles(invited) == {Role.HR, Role.LEARNER}
    assert roles_of(invited) == {Role.LEARNER}  # HR once the second factor is set up


def test_invitation_only_works_for_its_own_email(client, invited, site):
    client.get(invited.get_accept_url())
    response = client.post(SIGNUP, signup_data("quelqu.un.d.autre@ailleurs.test"))
    assert response.status_code == 200
    assert NO_ORGANISATION in unescape(response.content.decode())
    assert not User.objects.filter(email="quelqu.un.d.autre@ailleurs.test").exists()


def test_signup_with_organisation_code_requires_email_verification(client, org_a, site):
    response = client.post(SIGNUP, signup_data("nouveau@perso.test", signup_code="codeaaaa26"))
    assert response.status_code == 302
    user = User.objects.get(email="nouveau@perso.test")
    assert user.organisation == org_a
    # Mandatory verification: a code is emailed, the account is not logged in yet.
    assert any("nouveau@perso.test" in m.to for m in mail.outbox)
    assert client.get("/compte/").status_code == 302


def test_signup_with_declared_email_domain(client, org_b, site):
    EmailDomainFactory(organisation=org_b, domain="bailleur-b.test")
    client.post(SIGNUP, signup_data("gardienne@Bailleur-B.test"))
    assert User.objects.get(email="gardienne@bailleur-b.test").organisation == org_b


def test_signup_without_invitation_code_or_domain_is_refused_clearly(client, org_a, site):
    response = client.post(SIGNUP, signup_data("inconnu@gmail.test"))
    assert response.status_code == 200
    assert NO_ORGANISATION in unescape(response.content.decode())
    assert not User.objects.filter(email="inconnu@gmail.test").exists()


def test_wrong_signup_code_says_so(client, org_a, site):
    response = client.post(SIGNUP, signup_data("inconnu@gmail.test", signup_code="FAUXCODE"))
    assert "Ce code d'inscription n'existe pas" in unescape(response.content.decode())
    assert not User.objects.filter(email="inconnu@gmail.test").exists()


def test_too_long_names_and_malformed_email_are_reported_next_to_the_fields(client, org_a, site):
    before = User.objects.count()
    response = client.post(SIGNUP, signup_data("pas-une-adresse", first_name="A" * 200,
                                               signup_code="CODEAAAA26"))
    assert response.status_code == 200
    body = unescape(response.content.decode())
    assert "au plus 150 caractères" in body
    assert "Saisissez une adresse de courriel valide" in body
    assert 'id="id_first_name_error"' in body
    assert User.objects.count() == before


def test_duplicate_email_with_different_case_creates_no_second_account(client, org_a, site):
    UserFactory(email="deja.la@bailleur-a.test", organisation=org_a)
    response = client.post(SIGNUP, signup_data("Deja.La@Bailleur-A.test", signup_code="CODEAAAA26"))
    assert response.status_code in (200, 302)
    assert User.objects.filter(email__iexact="deja.la@bailleur-a.test").count() == 1


@pytest.mark.parametrize("state", ["expired", "accepted", "revoked"])
def test_unusable_invitation_gives_a_clear_page(client, org_a, site, state):
    invitation = InvitationFactory(organisation=org_a)
    now = timezone.now()
    if state == "expired":
        invitation.expires_at = now - timedelta(minutes=1)
    elif state == "accepted":
        invitation.accepted_at = now
    else:
        invitation.revoked_at = now
    invitation.save()
    response = client.get(invitation.get_accept_url())
    assert response.status_code == 410
    assert "Cette invitation n'est pas valable" in unescape(response.content.decode())
    assert services.INVITATION_SESSION_KEY not in client.session


def test_unknown_invitation_is_404_in_french(client, site):
    response = client.get(reverse("accounts:accept_invitation", args=["inconnu"]))
    assert response.status_code == 404
    assert "Ce lien d'invitation est inconnu" in unescape(response.content.decode())


def test_expired_invitation_in_session_no_longer_grants_signup(client, invited, site):
    client.get(invited.get_accept_url())
    Invitation.objects.filter(pk=invited.pk).update(expires_at=timezone.now() - timedelta(days=1))
    response = client.post(SIGNUP, signup_data("alix.nouvelle@bailleur-a.test"))
    assert response.status_code == 200
    assert not User.objects.filter(email="alix.nouvelle@bailleur-a.test").exists()
