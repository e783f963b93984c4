"""The "signaux faibles" decision aid: table-driven orientations, nothing stored or logged."""

import logging
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from guide.decision import SIGNS, Level, orient

URL = "/guide/signaux-faibles/"


@pytest.mark.parametrize("signs, level, first_contact", [
    ({"suicide_imminent"}, Level.EMERGENCY, "samu-15"),
    ({"violence"}, Level.EMERGENCY, "police-17"),
    ({"medical", "clutter"}, Level.EMERGENCY, "samu-15"),
    ({"violence", "noise", "rent"}, Level.EMERGENCY, "police-17"),
    ({"suicidal_talk"}, Level.DEDICATED_TEAM, "prevention-suicide-3114"),
    ({"confusion"}, Level.DEDICATED_TEAM, "referent-sante-mentale-bailleur"),
    ({"threats"}, Level.DEDICATED_TEAM, "referent-sante-mentale-bailleur"),
    ({"hygiene", "clutter"}, Level.DEDICATED_TEAM, "referent-sante-mentale-bailleur"),
    ({"hazard"}, Level.DEDICATED_TEAM, "referent-sante-mentale-bailleur"),
    ({"no_access", "hygiene"}, Level.DEDICATED_TEAM, "referent-sante-mentale-bailleur"),
    ({"aggressive", "noise", "damage"}, Level.DEDICATED_TEAM, "referent-sante-mentale-bailleur"),
    ({"rent"}, Level.SOCIAL, "service-social-proximite-13"),
    ({"isolation", "rent"}, Level.SOCIAL, "service-social-proximite-13"),
    ({"substances"}, Level.SOCIAL, "service-social-proximite-13"),
    ({"noise"}, Level.OBSERVE, "referent-sante-mentale-bailleur"),
    ({"hygiene"}, Level.OBSERVE, "referent-sante-mentale-bailleur"),
    ({"damage"}, Level.OBSERVE, "referent-sante-mentale-bailleur"),
    ({"aggressive"}, Level.OBSERVE, "referent-sante-mentale-bailleur"),
])
def test_orientation_for_each_kind_of_answer(signs, level, first_contact):
    orientation = orient(signs)
    assert orientation.level == level
    assert orientation.contacts[0] == first_contact
    assert orientation.actions


def test_suicidal_talk_says_to_ask_directly_and_gives_3114():
    actions = " ".join(str(a) for a in orient({"suicidal_talk"}).actions)
    assert "n'augmente pas le risque" in actions and "3114" in actions


def test_no_sign_is_an_error_and_unknown_signs_are_ignored():
    with pytest.raises(ValueError):
        orient(set())
    with pytest.raises(ValueError):
        orient({"not-a-sign"})
    assert orient({"noise", "not-a-sign"}).level == Level.OBSERVE


def test_every_contact_named_by_the_aid_exists_in_the_directory(site):
    from guide.models import Contact

    named = set()
    for key in SIGNS:
        named |= set(orient({key}).contacts)
    assert named <= set(Contact.objects.values_list("slug", flat=True))


def test_page_works_without_javascript_and_says_it_is_not_a_diagnosis(client, site):
    page = unescape(client.get(URL).content.decode())
    assert "Ce n'est pas un diagnostic" in page
    assert "ni enregistrées ni conservées" in page
    assert page.count('type="checkbox"') == len(SIGNS)
    assert '<form method="post"' in page


def test_submitting_shows_the_orientation_and_writes_nothing(client, site, caplog):
    client.get(URL)
    caplog.set_level(logging.DEBUG)
    with CaptureQueriesContext(connection) as queries:
        response = client.post(URL, {"person": ["confusion"], "dwelling": ["clutter"]})
    page = unescape(response.content.decode())
    assert response.status_code == 200
    assert "Alertez votre encadrement" in page
    assert 'href="tel:' in page
    assert response["Cache-Control"] == "no-store"
    writes = [q["sql"] for q in queries.captured_queries
              if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
    assert writes == []
    answers = ("confusion", "clutter")
    assert not [r for r in caplog.records if any(a in r.getMessage() for a in answers)]


def test_emergency_result_for_a_caretaker_on_duty(client, site):
    page = unescape(client.post(URL, {"danger": ["suicide_imminent"]}).content.decode())
    assert "Urgence : appelez maintenant" in page
    assert 'href="tel:15"' in page and 'href="tel:3114"' in page


def test_empty_or_forged_answers_give_a_clear_message(client, site):
    page = unescape(client.post(URL, {}).content.decode())
    assert "Cochez au moins un signe" in page
    response = client.post(URL, {"person": ["n-importe-quoi"]})
    assert response.status_code == 200
    assert "n'est pas un des choix disponibles" in unescape(response.content.decode()) or \
        "Sélectionnez un choix valide" in unescape(response.content.decode())


def test_logged_in_learner_sees_their_escalation_chain(client, site, learner):
    from accounts.models import EscalationContact

    EscalationContact.objects.create(organisation=learner.organisation, role="Responsable de site",
                                     phone="01 99 00 55 55")
    client.force_login(learner)
    page = unescape(client.post(URL, {"person": ["threats"]}).content.decode())
    assert "Dans votre organisation" in page and "Responsable de site" in page
