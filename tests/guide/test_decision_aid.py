"""The "signaux faibles" decision aid: its engine, the programme's rules replayed from their
table of cases (content/guide/decision.yaml), the safety rules a clinician signs, and the page
(nothing stored or logged)."""

import logging
import re
from html import unescape
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext

from guide.decision import RulesError, load_rules, orient, parse

URL = "/guide/signaux-faibles/"
RULES = load_rules()
DANGER_SIGNS = [sign.key for group in RULES.groups if group.key == "danger"
                for sign in group.signs]
EMERGENCY_NUMBERS = {"samu-15", "police-17", "pompiers-18", "urgence-112"}


def small_rules(**changes):
    data = {
        "levels": [{"key": "now", "label": "Maintenant"}, {"key": "later", "label": "Plus tard"}],
        "groups": [{"key": "g", "legend": "G", "signs": [
            {"key": "a", "label": "A"}, {"key": "b", "label": "B"}, {"key": "c", "label": "C"}]}],
        "rules": [
            {"key": "later_b", "level": "later", "when": {"any": ["b", "c"], "at_least": 2},
             "title": "B et C", "actions": ["x"], "contacts": ["k2"]},
            {"key": "now_a", "level": "now", "when": {"any": ["a"]}, "title": "A",
             "actions": ["y"], "contacts": ["k1"]},
            {"key": "later_c", "level": "later", "when": {"any": ["c"]}, "unless": ["later_b"],
             "title": "C seul", "actions": ["z"]},
        ],
    }
    data.update(changes)
    return parse(data, "test")


# --- The engine ------------------------------------------------------------------------------

def test_the_most_urgent_level_comes_first_then_the_rest_in_file_order():
    rules = small_rules()
    assert [o.key for o in orient({"b", "c", "a"}, rules)] == ["now_a", "later_b"]
    assert [o.key for o in orient({"c"}, rules)] == ["later_c"]
    assert orient({"a"}, rules)[0].level_label == "Maintenant"


def test_at_least_counts_the_signs_and_unless_hides_a_weaker_rule():
    rules = small_rules()
    assert [o.key for o in orient({"b"}, rules)] == []
    assert [o.key for o in orient({"b", "c"}, rules)] == ["later_b"]


def test_no_sign_is_an_error_and_unknown_signs_are_ignored():
    with pytest.raises(ValueError):
        orient(set())
    with pytest.raises(ValueError):
        orient({"not-a-sign"})
    assert [o.key for o in orient({"a", "not-a-sign"}, small_rules())] == ["now_a"]


@pytest.mark.parametrize("change, message", [
    ({"rules": [{"key": "r", "level": "nowhere", "when": {"any": ["a"]}, "title": "t",
                 "actions": ["x"]}]}, "niveau"),
    ({"rules": [{"key": "r", "level": "now", "when": {"any": ["zz"]}, "title": "t",
                 "actions": ["x"]}]}, "signe « zz »"),
    ({"rules": [{"key": "r", "level": "now", "when": {"any": ["a"]}, "title": "t",
                 "actions": ["x"], "colour": "red"}]}, "champs inconnus"),
    ({"rules": [{"key": "r", "level": "now", "when": {"some": ["a"]}, "title": "t",
                 "actions": ["x"]}]}, "when"),
    ({"rules": [{"key": "r", "level": "now", "when": {"any": ["a"]}, "title": "t",
                 "actions": ["x"], "unless": ["ghost"]}]}, "ghost"),
])
def test_a_broken_rules_file_is_refused_with_its_reason(change, message):
    with pytest.raises(RulesError, match=message):
        small_rules(**change)


# --- The programme's rules, replayed from their table ----------------------------------------

@pytest.mark.parametrize("case", RULES.cases, ids=lambda case: "+".join(case["signs"]))
def test_each_case_of_the_table(case):
    orientations = orient(set(case["signs"]))
    assert orientations[0].level == case["level"]
    assert [o.key for o in orientations] == case["rules"]
    assert orientations[0].contacts[:len(case["contacts"])] == case["contacts"]


def test_the_table_covers_every_sign_and_every_rule():
    in_cases = {sign for case in RULES.cases for sign in case["signs"]}
    assert set(RULES.signs) <= in_cases
    fired = {key for case in RULES.cases for key in case["rules"]}
    assert {rule.key for rule in RULES.rules} <= fired


@pytest.mark.parametrize("sign", sorted(RULES.signs))
def test_every_sign_alone_gives_something_to_do(sign):
    assert orient({sign})


@pytest.mark.parametrize("sign", DANGER_SIGNS)
def test_a_danger_sign_always_comes_first_with_an_emergency_number(sign):
    for others in ([], ["noise"], ["rent", "isolation"], ["suicidal_talk", "hygiene"]):
        first = orient({sign, *others})[0]
        assert first.level == "danger"
        assert first.contacts[0] in EMERGENCY_NUMBERS


def test_suicidal_talk_asks_directly_and_calls_the_3114_together_never_just_the_number():
    for others in ([], ["rent"], ["noise", "clutter"], ["threats"]):
        first = orient({"suicidal_talk", *others})[0]
        assert first.level in ("danger", "suicide")
        text = " ".join(first.actions)
        assert "3114 ensemble" in text and "directement" in text
        assert "seulement le numéro" in text
        assert "responsable le jour même" in text
        assert first.contacts[0] == "prevention-suicide-3114"


def test_a_plan_means_or_time_goes_to_the_15_and_someone_stays():
    first = orient({"suicide_plan"})[0]
    assert first.contacts[0] == "samu-15"
    assert "Restez avec la personne" in " ".join(first.actions)


def test_fire_or_gas_calls_the_18_first():
    assert orient({"fire_gas", "suicidal_talk"})[0].contacts[0] == "pompiers-18"


def test_no_sign_of_life_never_sends_the_caretaker_in_with_the_pass_key():
    first = orient({"no_sign_of_life"})[0]
    assert first.contacts[:2] == ["pompiers-18", "police-17"]
    assert "même avec le passe" in " ".join(first.actions)


def test_aggression_means_never_alone_declare_and_right_to_withdraw():
    first = orient({"threats"})[0]
    text = " ".join(first.actions)
    assert "Déclarez l'incident" in text and "seul" in text and "droit de" in text


def test_older_tenant_gradual_decline_goes_to_the_gp_and_coordination_abuse_to_3977():
    assert orient({"memory_decline"})[0].contacts[0] == "dac-paris"
    assert "médecin traitant" in " ".join(orient({"memory_decline"})[0].actions)
    assert orient({"elder_abuse"})[0].contacts[0] == "maltraitance-3977"


def test_child_in_danger_17_now_119_otherwise():
    assert orient({"child_danger"})[0].contacts[0] == "police-17"
    assert orient({"child_worry"})[0].contacts[0] == "enfance-en-danger-119"


def test_wording_a_clinician_refused_never_appears():
    text = yaml.safe_dump(yaml.safe_load(
        (Path(settings.CONTENT_DIR) / "guide/decision.yaml").read_text(encoding="utf-8")),
        allow_unicode=True).lower()
    for refused in ("signaler au cmp", "secteur a", "malade mental", "dangereux", "fou"):
        assert not re.search(rf"\b{refused}\b", text), refused


def test_every_contact_the_rules_name_is_in_the_directory_file():
    directory = yaml.safe_load(
        (Path(settings.CONTENT_DIR) / "guide/directory.yaml").read_text(encoding="utf-8"))
    slugs = {contact["slug"] for contact in directory["contacts"]}
    named = {slug for rule in RULES.rules for slug in rule.contacts}
    assert named <= slugs, named - slugs


# --- The page --------------------------------------------------------------------------------

def test_page_works_without_javascript_and_says_it_is_not_a_diagnosis(client, site):
    page = unescape(client.get(URL).content.decode())
    assert "Ce n'est pas un diagnostic" in page
    assert "ni enregistrées ni conservées" in page
    assert page.count('type="checkbox"') == len(RULES.signs)
    assert '<form method="post"' in page


def test_submitting_shows_the_levels_in_order_and_writes_nothing(client, site, caplog):
    client.get(URL)
    caplog.set_level(logging.DEBUG)
    with CaptureQueriesContext(connection) as queries:
        response = client.post(URL, {"person": ["strange_ideas", "threats"],
                                     "dwelling": ["clutter"]})
    page = unescape(response.content.decode())
    assert response.status_code == 200
    expected = orient({"strange_ideas", "threats", "clutter"})
    positions = [page.index(orientation.title) for orientation in expected]
    assert positions == sorted(positions) and len(positions) >= 2
    assert "D'abord :" in page and "Ensuite :" in page
    assert "?category=cmp" in page  # the CMP depends on the address: a lookup, not a name
    assert response["Cache-Control"] == "no-store"
    writes = [q["sql"] for q in queries.captured_queries
              if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]
    assert writes == []
    answers = ("strange_ideas", "clutter")
    assert not [r for r in caplog.records if any(a in r.getMessage() for a in answers)]


def test_danger_result_links_the_numbers_to_call(client, site):
    page = unescape(client.post(URL, {"danger": ["suicide_plan"]}).content.decode())
    assert orient({"suicide_plan"})[0].title in page
    assert 'href="tel:15"' in page
    assert page.index(orient({"suicide_plan"})[0].title) < page.index("Qui appeler")


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
