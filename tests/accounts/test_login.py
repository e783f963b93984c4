"""Every way in goes through allauth: password, emailed code, MFA, rate limits."""

import re
from html import unescape

import pytest
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.core import mail

from accounts.roles import Role
from tests.factories import PASSWORD, UserFactory, has_totp

LOGIN = "/compte/login/"


def body(response):
    return unescape(response.content.decode())


def test_login_with_email_and_password_any_case(client, learner, site):
    response = client.post(LOGIN, {"login": "APPRENANT@A.test", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/compte/"
    assert "Bonjour" in body(client.get("/compte/"))


def test_wrong_password_gives_a_french_message(client, learner, site):
    response = client.post(LOGIN, {"login": learner.email, "password": "mauvais"})
    assert response.status_code == 200
    assert "L'adresse e-mail ou le mot de passe est incorrect" in body(response)


def test_login_by_emailed_code(client, learner, site):
    response = client.post("/compte/login/code/", {"email": learner.email})
    assert response.status_code == 302
    message = mail.outbox[-1]
    assert message.to == [learner.email]
    code = re.search(r"\b([A-Z0-9]{4}-[A-Z0-9]{4})\b", message.body).group(1)
    assert message.body.startswith("Bonjour,")
    assert code in message.alternatives[0][0]
    response = client.post(response["Location"], {"code": code})
    assert response.status_code == 302
    assert client.get("/compte/").status_code == 200


def test_wrong_login_code_is_refused(client, learner, site):
    response = client.post("/compte/login/code/", {"email": learner.email})
    response = client.post(response["Location"], {"code": "ZZZZZZ"})
    assert response.status_code == 200
    assert "Code incorrect" in body(response) or "incorrect" in body(response).lower()
    assert client.get("/compte/").status_code == 302


def test_failed_logins_are_rate_limited(client, learner, site):
    for _ in range(5):
        client.post(LOGIN, {"login": learner.email, "password": "mauvais"})
    response = client.post(LOGIN, {"login": learner.email, "password": PASSWORD})
    assert response.status_code in (200, 429)
    assert "Trop de tentatives" in body(response) or response.status_code == 429
    assert client.get("/compte/").status_code == 302


@pytest.mark.parametrize("url", ["/admin/login/", "/django-admin/login/"])
def test_posting_valid_credentials_to_admin_login_urls_logs_nobody_in(client, site, url):
    UserFactory(email="admin@programme.test", roles=[Role.COORDINATOR], totp=True,
                is_staff=True, is_superuser=True)
    response = client.post(url, {"username": "admin@programme.test", "login": "admin@programme.test",
                                 "email": "admin@programme.test", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"].startswith("/compte/login/")
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302


def test_learner_logged_in_gets_403_not_a_loop_on_admin_login(client, learner, site):
    client.force_login(learner)
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 403
    assert "n'a pas accès à l'administration" in body(response)


@pytest.mark.parametrize("role", [Role.TRAINER, Role.HR, Role.COORDINATOR, Role.EDITOR])
def test_staff_roles_must_set_up_totp_before_their_spaces(client, org_a, site, role):
    user = UserFactory(email=f"{role}@a.test", organisation=org_a, roles=[role])
    client.force_login(user)
    for url in ("/admin/", "/espace-rh/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/compte/2fa/totp/activate/")
    # Public pages and their own account remain reachable.
    assert client.get("/").status_code == 200
    assert client.get("/compte/").status_code == 200


def test_learner_is_not_forced_into_totp(client, learner, site):
    client.force_login(learner)
    assert client.get("/compte/").status_code == 200
    assert client.get("/compte/2fa/").status_code == 200  # they may, if they wish


def test_staff_activates_totp_then_reaches_the_admin(client, org_a, site):
    editor = UserFactory(email="editeur@a.test", organisation=org_a, roles=[Role.EDITOR])
    client.post(LOGIN, {"login": editor.email, "password": PASSWORD})
    response = client.get("/admin/")
    assert response["Location"].startswith("/compte/2fa/totp/activate/")
    # allauth asks for the password again before changing the second factor.
    response = client.get(response["Location"])
    assert response["Location"].startswith("/compte/reauthenticate/")
    client.post("/compte/reauthenticate/", {"password": PASSWORD})
    page = client.get("/compte/2fa/totp/activate/")
    assert page.status_code == 200
    secret = page.context["form"].secret
    code = format_hotp_value(hotp_value(secret, int(__import__("time").time()) // 30))
    response = client.post("/compte/2fa/totp/activate/", {"code": code})
    assert response.status_code == 302
    assert has_totp(editor)
    assert client.get("/admin/").status_code == 200


def test_login_with_totp_asks_for_the_code(client, hr_a, site):
    response = client.post(LOGIN, {"login": hr_a.email, "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/compte/2fa/authenticate/"
    assert "_auth_user_id" not in client.session


def test_cancelling_the_second_step_ends_the_half_done_login(client, hr_a, site):
    """"Annuler" on the code page submits the logout form: the next login starts afresh."""
    client.post(LOGIN, {"login": hr_a.email, "password": PASSWORD})
    page = client.get("/compte/2fa/authenticate/").content.decode()
    assert 'form="logout-from-stage"' in page and 'id="logout-from-stage"' in page
    action = page.split('id="logout-from-stage"', 1)[1].split(">", 1)[0]
    assert 'action="/compte/logout/"' in action
    response = client.post("/compte/logout/", {"next": "/compte/login/"})
    assert response["Location"] == "/compte/login/"
    assert client.get("/compte/2fa/authenticate/")["Location"].startswith("/compte/login/")


def test_a_staff_role_counts_only_with_its_second_factor(client, org_a, learner, site):
    """Protected by role, not by URL: HR without a second factor yet cannot download their
    staff's certificates from the certificate URL outside /espace-rh/ (#12)."""
    from certificates.services import issue

    hr = UserFactory(email="rh-sans-totp@a.test", organisation=org_a,
                     roles=[Role.HR, Role.LEARNER])
    theirs, _ = issue("module", learner, 1, {"title": "Module", "dates": ["2026-11-23"]})
    own, _ = issue("module", hr, 1, {"title": "Module", "dates": ["2026-11-23"]})
    client.force_login(hr)
    assert client.get(f"/attestations/{theirs.code}/pdf/").status_code == 404
    assert client.get(f"/attestations/{own.code}/pdf/").status_code == 200
    assert client.get("/espace-rh/")["Location"].startswith("/compte/2fa/totp/activate/")
    TOTP.activate(hr, generate_totp_secret())  # the same person sets up their second factor
    assert client.get(f"/attestations/{theirs.code}/pdf/").status_code == 200


def test_a_superuser_without_second_factor_does_not_coordinate(client, site):
    from accounts import access

    boss = UserFactory(email="super@programme.test", is_superuser=True)
    assert not access.is_coordinator(boss)
    client.force_login(boss)
    assert client.get("/espace-rh/")["Location"].startswith("/compte/2fa/totp/activate/")


@pytest.mark.parametrize(("role", "url"), [(Role.HR, "/espace-rh/tableau-de-bord/"),
                                           (Role.TRAINER, "/formateur/")])
def test_the_staff_spaces_ask_for_the_second_factor_by_role_not_by_url(
        client, org_a, site, settings, role, url):
    """The role checks themselves send a staff member without a second factor to set it up:
    no list of URL prefixes to keep in step with the spaces' URLs."""
    settings.REPERES_MFA_PROTECTED_PREFIXES = []
    user = UserFactory(email=f"sans-totp-{role}@a.test", organisation=org_a,
                       roles=[role, Role.LEARNER])
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/compte/2fa/totp/activate/?next=")
    TOTP.activate(user, generate_totp_secret())
    assert client.get(url).status_code == 200
