"""An invited learner creates their account on a phone, then signs in again with their
password and with a code sent by email; and nobody can sign up without a way into an
organisation."""

import re

from django.contrib.auth import get_user_model
from django.core import mail
from playwright.sync_api import expect

from accounts import services
from tests.factories import OrganisationFactory

from .axe import assert_accessible
from .conftest import main_menu

EMAIL = "karima.gardienne@bailleur-invitant.example"
PASSWORD = "Cour-des-Lilas-2026"
FIRST_NAME = "Karima"
# "Nom" and "Mot de passe" are also the start of "Prénom"… and "Mot de passe (confirmation)".
LAST_NAME_LABEL = re.compile(r"^Nom\b")
PASSWORD_LABEL = re.compile(r"^Mot de passe(?! \(confirmation\))")


def last_email_to(address):
    messages = [message for message in mail.outbox if address in message.to]
    assert messages, f"no email to {address}; outbox: {[m.subject for m in mail.outbox]}"
    return messages[-1]


def invitation_link(message):
    match = re.search(r"https?://\S+/invitation/[^/\s]+/", message.body)
    assert match, f"no invitation link in:\n{message.body}"
    return match.group(0)


def login_code(message):
    """The sign-in code, alone on its line in allauth's email (e.g. "K7PQ-M2XZ")."""
    match = re.search(r"^\s*([A-Z0-9]{3,}(?:-[A-Z0-9]{3,})*)\s*$", message.body, re.MULTILINE)
    assert match, f"no sign-in code in:\n{message.body}"
    return match.group(1)


def expect_dashboard(page, base_url):
    expect(page).to_have_url(f"{base_url}/compte/")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Bonjour {FIRST_NAME}")
    expect(main_menu(page).get_by_role("link", name="Mon espace")).to_have_attribute("aria-current", "page")


def log_out(page, base_url):
    main_menu(page).get_by_role("button", name="Se déconnecter").click()
    expect(page).to_have_url(f"{base_url}/")
    expect(page.get_by_role("button", name="Se déconnecter")).to_have_count(0)
    expect(main_menu(page).get_by_role(
        "link", name="Se connecter")).to_be_visible()


def go_to_login(page, base_url):
    main_menu(page).get_by_role(
        "link", name="Se connecter").click()
    expect(page).to_have_url(f"{base_url}/compte/login/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Se connecter")


def test_invited_learner_signs_up_then_logs_in_with_password_and_with_code(
        live_site, phone_page):
    page, base_url = phone_page, live_site.url
    organisation = OrganisationFactory(name="Bailleur invitant", slug="bailleur-invitant")
    services.invite(organisation=organisation, email=EMAIL)
    invitation = last_email_to(EMAIL)
    assert "Bailleur invitant" in invitation.subject

    # 1. The invitation link opens the sign-up form, email already filled in.
    page.goto(invitation_link(invitation))
    expect(page).to_have_url(f"{base_url}/compte/signup/")
    expect(page.get_by_text("Bienvenue ! Choisissez votre mot de passe pour rejoindre "
                            "Bailleur invitant.")).to_be_visible()
    expect(page.get_by_label("E-mail")).to_have_value(EMAIL)
    # An invitation says which organisation: no sign-up code to type.
    expect(page.get_by_label("Code d'inscription de votre organisation")).to_have_count(0)
    # The password rules are read out with the field, not only shown next to it.
    expect(page.get_by_label(PASSWORD_LABEL)).to_have_accessible_description(
        re.compile("au minimum 10 caractères"))
    assert_accessible(page)

    page.get_by_label("Prénom").fill(FIRST_NAME)
    page.get_by_label(LAST_NAME_LABEL).fill("Benali")
    page.get_by_label("Métier").select_option(label="Gardien·ne d'immeuble")
    page.get_by_label(PASSWORD_LABEL).fill(PASSWORD)
    page.get_by_label("Mot de passe (confirmation)").fill(PASSWORD)
    page.get_by_role("button", name="Créer mon compte").click()

    expect_dashboard(page, base_url)
    expect(page.get_by_text("Gardien·ne d'immeuble · Bailleur invitant")).to_be_visible()
    assert_accessible(page)

    # 2. Out, and back in with email and password.
    log_out(page, base_url)
    go_to_login(page, base_url)
    page.get_by_label("E-mail").fill(EMAIL)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()
    expect_dashboard(page, base_url)

    # 3. Out, and back in with a code sent by email: no password to remember.
    log_out(page, base_url)
    go_to_login(page, base_url)
    mail.outbox.clear()
    page.get_by_role("link", name="Recevoir un code par e-mail").click()
    expect(page).to_have_url(f"{base_url}/compte/login/code/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Recevoir un code par e-mail")
    assert_accessible(page)
    page.get_by_label("E-mail").fill(EMAIL)
    page.get_by_role("button", name="Envoyer le code").click()

    expect(page).to_have_url(f"{base_url}/compte/login/code/confirm/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Tapez le code reçu par e-mail")
    code_field = page.get_by_label(re.compile(r"^Code\b"))
    expect(code_field).to_be_visible()
    assert_accessible(page)
    code_field.fill(login_code(last_email_to(EMAIL)))
    page.get_by_role("button", name="Valider").click()
    expect_dashboard(page, base_url)


def test_signup_without_invitation_code_or_declared_domain_is_refused(live_site, page):
    base_url = live_site.url
    page.goto(f"{base_url}/")
    page.get_by_role("link", name="Créer mon compte").click()
    expect(page).to_have_url(f"{base_url}/compte/signup/")

    page.get_by_label("E-mail").fill("quelquun@fournisseur-inconnu.example")
    page.get_by_label("Prénom").fill("Camille")
    page.get_by_label(LAST_NAME_LABEL).fill("Martin")
    page.get_by_label("Métier").select_option(label="Médiateur·rice")
    page.get_by_label(PASSWORD_LABEL).fill(PASSWORD)
    page.get_by_label("Mot de passe (confirmation)").fill(PASSWORD)
    page.get_by_role("button", name="Créer mon compte").click()

    expect(page).to_have_url(f"{base_url}/compte/signup/")
    code_field = page.get_by_label("Code d'inscription de votre organisation")
    field = page.locator(".field").filter(has=code_field)
    expect(field.locator(".error")).to_have_text(
        "Pour créer un compte, il faut une invitation de votre employeur, le code "
        "d'inscription de votre organisation ou une adresse e-mail professionnelle d'un "
        "organisme partenaire. Demandez-les à votre service RH."
    )
    # The keyboard (and a screen reader) lands on the field to correct, and hears why.
    expect(code_field).to_be_focused()
    expect(code_field).to_have_attribute("aria-invalid", "true")
    expect(code_field).to_have_accessible_description(re.compile("il faut une invitation"))
    # What was typed stays, except the passwords.
    expect(page.get_by_label("E-mail")).to_have_value("quelquun@fournisseur-inconnu.example")
    assert_accessible(page)
    assert not get_user_model().objects.filter(
        email="quelquun@fournisseur-inconnu.example").exists()
