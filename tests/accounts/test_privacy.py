"""Download all my data; delete my account without breaking statistics or certificates."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from wagtail import hooks

from accounts import privacy, services
from tests.conftest import login_recently
from tests.factories import PASSWORD, InvitationFactory, has_totp

User = get_user_model()


def test_export_and_deletion_ask_for_a_recent_proof_of_identity(client, learner, site):
    """A shared phone left logged in must not hand over the data or delete the account."""
    client.force_login(learner)
    for url in ("/compte/mes-donnees/export.json", "/compte/supprimer/"):
        response = client.post(url, {"confirm": "supprimer"}) if "supprimer" in url \
            else client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/compte/reauthenticate/"), response["Location"]
    learner.refresh_from_db()
    assert learner.deleted_at is None
    client.post("/compte/reauthenticate/", {"password": PASSWORD})
    assert client.get("/compte/mes-donnees/export.json").status_code == 200


def test_export_downloads_the_persons_profile_as_json(client, learner, site):
    login_recently(client, learner)
    response = client.get("/compte/mes-donnees/export.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    profile = data["profil"]
    assert profile["email"] == learner.email
    assert profile["prenom"] == learner.first_name
    assert profile["organisation"] == "Bailleur A"
    assert profile["metier"] == "Gardien·ne d'immeuble"
    assert profile["adresses_email"][0]["verified"] is True


def test_export_includes_sections_registered_by_other_apps(learner):
    def extra():
        return privacy.PersonalData("progression", export=lambda user: [{"module": "M1"}])

    with hooks.register_temporarily(privacy.HOOK, extra):
        data = services.export_user_data(learner)
    assert data["progression"] == [{"module": "M1"}]
    # And the apps' own, through the same hook.
    assert {"progression_modules", "tentatives_quiz", "sessions", "attestations"} <= set(data)


def test_export_needs_login(client, site):
    response = client.get("/compte/mes-donnees/export.json")
    assert response.status_code == 302


def test_deletion_requires_typed_confirmation(client, learner, site):
    login_recently(client, learner)
    response = client.post("/compte/supprimer/", {"confirm": "oui"})
    assert response.status_code == 200
    assert "Écrivez SUPPRIMER" in response.content.decode()
    learner.refresh_from_db()
    assert learner.deleted_at is None and learner.is_active


def test_deletion_keeps_no_personal_data(client, hr_a, site):
    erased = []
    hook = hooks.register_temporarily(
        privacy.HOOK, lambda: privacy.PersonalData("quiz", export=list, erase=erased.append))
    InvitationFactory(email=hr_a.email, organisation=hr_a.organisation)
    pk, email = hr_a.pk, hr_a.email
    login_recently(client, hr_a)
    with hook:
        response = client.post("/compte/supprimer/", {"confirm": "supprimer"})
    assert response.status_code == 302
    user = User.objects.get(pk=pk)  # the row stays: statistics keep counting it
    assert erased == [user]
    assert user.deleted_at is not None and not user.is_active
    for value in (user.email, user.first_name, user.last_name, user.site, user.employee_id):
        assert email not in value and "Prénom" not in value
    assert user.first_name == "" and user.last_name == "" and user.email.endswith("@invalid")
    assert not user.has_usable_password()
    assert not user.groups.exists()
    assert not EmailAddress.objects.filter(user=user).exists()
    assert not EmailAddress.objects.filter(email__iexact=email).exists()
    assert not has_totp(user)
    assert not services.Invitation.objects.filter(email__iexact=email).exists()
    # Logged out, and the old credentials no longer work.
    assert client.get("/compte/").status_code == 302
    response = client.post("/compte/login/", {"login": email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session


def test_deleted_person_disappears_from_hr_lists(client, learner, hr_a, site):
    services.delete_account(learner)
    client.force_login(hr_a)
    assert client.get(f"/espace-rh/personnes/{learner.pk}/").status_code == 404


@pytest.mark.parametrize("url", ["/compte/mes-donnees/", "/compte/supprimer/"])
def test_privacy_pages_render_for_the_person(client, learner, site, url):
    client.force_login(learner)
    response = client.get(url)
    assert response.status_code == 200
    assert "Supprimer" in response.content.decode()
