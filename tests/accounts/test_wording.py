"""allauth's pages in the Repères voice (plain words for a caretaker on a phone), and the
README naming the login-code link as the page does."""

import re
from html import unescape
from pathlib import Path

import pytest
from django.conf import settings
from django.utils.html import strip_tags

# allauth's own French: stiff or half-translated phrases that must not show.
STIFF = ["(e)", "Veuillez", "Envoyez-moi", "réauthentifier", "Merci de nous contacter",
         "Mauvais jeton", "jeton", "Options alternatives", "Êtes-vous sûr", "Entrez le code",
         "Création de compte", "Demander nouveau code", "We've sent", "Sign In",
         "recovery codes", "Unable to", "Please"]


def text(response):
    page = unescape(response.content.decode())
    main = re.search(r"(?s)<main\b.*?</main>", page)
    return " ".join(strip_tags(main.group(0) if main else page).split())


def assert_plain(page):
    assert not [phrase for phrase in STIFF if phrase in page], page


@pytest.mark.parametrize("url, phrases", [
    ("/compte/login/", ["Se connecter", "Première fois sur Repères ? Créez votre compte.",
                        "Recevoir un code par e-mail"]),
    ("/compte/login/code/", ["Recevoir un code par e-mail", "Pas besoin de mot de passe.",
                             "Envoyer le code", "Se connecter avec un mot de passe"]),
    ("/compte/signup/", ["Créer mon compte", "Vous avez déjà un compte ? Connectez-vous."]),
    ("/compte/password/reset/", ["Mot de passe oublié", "Recevoir le lien",
                                 "avec un code reçu par e-mail"]),
    ("/compte/password/reset/done/", ["Regardez vos e-mails"]),
    ("/compte/password/reset/key/1-mauvais/", ["Ce lien ne marche plus",
                                               "Demandez un nouveau lien"]),
])
def test_entrance_pages_speak_plainly(client, site, url, phrases):
    response = client.get(url, follow=True)
    assert response.status_code == 200
    page = text(response)
    for phrase in phrases:
        assert phrase in page, (phrase, page)
    assert_plain(page)


def test_login_code_journey_speaks_plainly(client, learner):
    response = client.post("/compte/login/code/", {"email": learner.email}, follow=True)
    page = text(response)
    assert "Tapez le code reçu par e-mail" in page
    assert f"Nous avons envoyé un code à {learner.email}." in page
    assert "Valider" in page
    assert_plain(page)


def test_logout_and_account_pages_speak_plainly(client, learner, trainer):
    client.force_login(learner)
    page = text(client.get("/compte/logout/"))
    assert "Vous quittez Repères sur cet appareil." in page
    assert_plain(page)
    page = text(client.get("/compte/reauthenticate/"))
    assert "Confirmez que c'est bien vous" in page and "Tapez votre mot de passe" in page
    assert "Avec un code reçu par e-mail" in page
    assert_plain(page)
    response = client.post("/compte/logout/", follow=True)
    assert "Vous êtes déconnecté·e." in unescape(response.content.decode())
    client.force_login(trainer)
    page = text(client.get("/compte/2fa/"))
    assert "Double authentification" in page and "Activée" in page
    assert_plain(page)


def test_second_factor_page_speaks_plainly(client, trainer):
    from tests.factories import PASSWORD

    response = client.post("/compte/login/", {"login": trainer.email, "password": PASSWORD},
                           follow=True)
    page = text(response)
    assert "Code de votre application" in page and "codes de secours" in page
    assert_plain(page)


def test_readme_names_the_login_code_link_as_the_page_does(client, site):
    readme = (Path(settings.BASE_DIR) / "README.md").read_text()
    label = re.search(r'without one: "([^"]+)"', readme).group(1)
    assert label in text(client.get("/compte/login/"))
