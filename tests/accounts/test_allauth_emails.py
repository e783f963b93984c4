"""allauth's emails as a person reads them: an HTML part that shows text (not markup), a text
part without tags or entities, the site named, in Repères' own words (#13)."""

import re
from html import unescape

import pytest
from django.core import mail
from django.utils.html import strip_tags

TAG = re.compile(r"<[a-zA-Z/!][^>]*>")
ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
EMPTY_INTERPOLATION = re.compile(r"\s[.,]")  # "… sur ." when a name is missing


def signup(client, email):
    return client.post("/compte/signup/", {
        "email": email, "first_name": "Samir", "last_name": "Oubli", "job_role": "gardien",
        "site": "Résidence des Lilas", "signup_code": "CODEAAAA26",
        "password1": "pas-facile-a-deviner-9", "password2": "pas-facile-a-deviner-9",
    })


FLOWS = {
    "login_code": (lambda client, learner: client.post(
        "/compte/login/code/", {"email": learner.email}), "Votre code de connexion"),
    "email_confirmation": (lambda client, learner: signup(client, "samir.oubli@perso.test"),
                           "Confirmez votre adresse e-mail"),
    "password_reset_key": (lambda client, learner: client.post(
        "/compte/password/reset/", {"email": learner.email}), "Choisir un nouveau mot de passe"),
    "unknown_account": (lambda client, learner: client.post(
        "/compte/password/reset/", {"email": "inconnu@nulle-part.test"}),
        "Aucun compte à cette adresse"),
    "account_already_exists": (lambda client, learner: signup(client, learner.email),
                               "Vous avez déjà un compte"),
}


@pytest.mark.parametrize("flow", FLOWS)
def test_allauth_email_reads_well_in_html_and_in_text(client, learner, org_a, site, flow):
    send, subject = FLOWS[flow]
    send(client, learner)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == f"[Repères] {subject}"

    html = message.alternatives[0][0]
    assert message.alternatives[0][1] == "text/html"
    assert "&lt;" not in html and "&amp;" not in html, html
    visible = " ".join(unescape(strip_tags(html)).split())
    assert not EMPTY_INTERPOLATION.search(visible), visible
    assert visible.count("Repères") >= 2  # the header, and the site in the message itself
    for url in re.findall(r"https?://\S+", message.body):
        assert f'<a href="{url}"' in html  # links are links

    text = message.body
    assert text.startswith("Bonjour,") and "Repères" in text
    assert not TAG.search(text) and not ENTITY.search(text), text
    assert not EMPTY_INTERPOLATION.search(" ".join(text.split())), text
    # In the project's words, not allauth's.
    for stiff in ("Veuillez", "Cet email", "Merci d'utiliser", "Hello from", "Thank you"):
        assert stiff not in text
