"""The installable web app (offline/): manifest and service worker as Lighthouse's
installability rules ask, the public copy and its version, the decision rules shipped as data
(one source, the same answers as the server on every case of the table), the headers the
service worker reads, the logout's clean-up, and a learner's module taken offline: no right
answer on the phone, what was done offline applied once, the server as the judge."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.utils.html import escape
from PIL import Image

from core.cache import content_version
from courses.models import ModuleProgress
from guide.decision import load_rules, orient, parse
from guide.models import GuideChapterPage, GuideIndexPage
from offline import rules as offline_rules
from offline.middleware import user_key
from quizzes.models import Answer, Attempt
from tests.courses.conftest import RIGHT

DECISION_JS = Path(settings.BASE_DIR) / "offline" / "static" / "offline" / "decision.js"


# --- Installability (Lighthouse's criteria, read from our responses) -------------------------

def test_the_manifest_meets_the_installability_criteria(client, site):
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/manifest+json")
    manifest = json.loads(response.content)
    assert manifest["name"] and manifest["short_name"]
    assert manifest["display"] in ("standalone", "fullscreen", "minimal-ui")
    assert manifest["prefer_related_applications"] is False
    assert manifest["start_url"] == GuideIndexPage.objects.get().url
    assert manifest["scope"] == "/"
    sizes = {}
    for icon in manifest["icons"]:
        path = finders.find(icon["src"].removeprefix(settings.STATIC_URL))
        with Image.open(path) as image:
            assert image.format == "PNG"
            assert f"{image.width}x{image.height}" == icon["sizes"]
        sizes.setdefault(icon["purpose"], set()).add(icon["sizes"])
    assert {"192x192", "512x512"} <= sizes["any"]
    assert "512x512" in sizes["maskable"]
    # The start page works offline: it is in the copy the service worker keeps.
    assert manifest["start_url"] in client.get("/hors-ligne/contenu.json").json()["pages"]


def test_every_page_links_the_manifest_and_loads_the_worker_script(client, site):
    html = client.get("/guide/").content.decode()
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html
    assert re.search(r'<script src="[^"]*offline/offline\.js" defer>', html)
    assert 'register("/sw.js")' in (finders.find("offline/offline.js") and
                                   Path(finders.find("offline/offline.js")).read_text())


def test_the_service_worker_is_served_at_the_root_with_a_fetch_handler(client, site):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/javascript")
    assert response["Cache-Control"] == "no-cache"
    assert "Service-Worker-Allowed" not in response  # at the root: its scope is the site
    script = response.content.decode()
    assert 'addEventListener("fetch"' in script
    assert 'importScripts("/static/offline/store.js")' in script
    assert 'credentials: "omit"' in script  # the copy is fetched as a visitor
    assert "MAX_BYTES" in script


def test_the_csp_stays_strict_and_names_the_worker_and_the_manifest(client, site):
    policy = client.get("/guide/")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["worker-src"] == "'self'"
    assert directives["manifest-src"] == "'self'"
    assert "unsafe" not in directives["script-src"]


# --- The public copy ----------------------------------------------------------------------

def test_the_copy_lists_the_guide_its_tools_and_the_offline_page(client, site):
    data = client.get("/hors-ligne/contenu.json").json()
    guide = GuideIndexPage.objects.get()
    chapters = [c.url for c in GuideChapterPage.objects.live().child_of(guide)]
    assert chapters
    for url in [guide.url, guide.url + "glossaire/", guide.url + "contacts/",
                guide.url + "signaux-faibles/", "/hors-ligne/", *chapters]:
        assert url in data["pages"]
    assert data["data"] == ["/hors-ligne/regles.json"]
    assert data["version"] == str(content_version())


def test_nothing_in_the_copy_belongs_to_a_person(client, site):
    data = client.get("/hors-ligne/contenu.json").json()
    for url in data["pages"] + data["data"]:
        assert not url.startswith(tuple(settings.REPERES_PRIVATE_PATH_PREFIXES)), url
        response = client.get(url)  # as the service worker asks: no cookie
        assert response.status_code == 200, url
        assert "X-Reperes-User" not in response


def test_a_publish_changes_the_version_and_the_date_of_the_copy(client, site):
    before = client.get("/hors-ligne/contenu.json").json()
    page = client.get("/hors-ligne/").content.decode()
    assert "Guide mis à jour le" in page
    chapter = GuideChapterPage.objects.live().first()
    chapter.summary = "Un résumé revu."
    chapter.save_revision().publish()
    after = client.get("/hors-ligne/contenu.json").json()
    assert after["version"] != before["version"]
    assert after["updated"] > before["updated"]
    assert client.get(chapter.url)["X-Reperes-Content-Version"] == after["version"]


def test_the_offline_page_says_what_works_and_how_to_install(client, site):
    html = client.get("/hors-ligne/").content.decode()
    for text in ("Disponible hors ligne", "le glossaire", "Qui appeler", "Signaux faibles",
                 "Installer Repères", 'href="tel:', "rien n'est enregistré ni envoyé",
                 "Hors ligne : vos réponses seront envoyées au retour du réseau."):
        assert text in html, text


# --- The decision rules: one source, the same answers ---------------------------------------

def test_the_exported_rules_are_the_parsed_yaml(db):
    path = Path(settings.CONTENT_DIR) / "guide" / "decision.yaml"
    import yaml

    parsed = parse(yaml.safe_load(path.read_text(encoding="utf-8")))
    exported = offline_rules.export(parsed)
    assert exported == offline_rules.export(load_rules())
    assert [r["key"] for r in exported["rules"]] == [r.key for r in parsed.rules]
    for rule, source in zip(exported["rules"], parsed.rules, strict=True):
        assert set(rule["any"]) == source.any and set(rule["all"]) == source.all
        assert rule["unless"] == list(source.unless) and rule["at_least"] == source.at_least


def _server_answer(signs):
    return [(o.level, o.key, o.contacts) for o in orient(set(signs))]


@pytest.mark.skipif(not shutil.which("node"), reason="Node.js not installed")
def test_the_phone_s_engine_answers_as_the_server_on_every_case_of_the_table(client, site):
    rules = client.get("/hors-ligne/regles.json").json()
    cases = [case["signs"] for case in load_rules().cases]
    # A few more: every sign alone, and unknown signs mixed in.
    cases += [[sign] for sign in rules["signs"]] + [["noise", "pas-un-signe"]]
    script = (
        "const engine = require(process.argv[1]);"
        "const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "const out = input.cases.map(signs => engine.orient(signs, input.rules)"
        "  .map(r => [r.level, r.key, r.contacts]));"
        "process.stdout.write(JSON.stringify(out));")
    result = subprocess.run(["node", "-e", script, str(DECISION_JS)], check=True,
                            input=json.dumps({"rules": rules, "cases": cases}),
                            capture_output=True, text=True)
    phone = json.loads(result.stdout)
    assert len(phone) == len(cases) > 40
    for signs, answer in zip(cases, phone, strict=True):
        assert [tuple(item) for item in answer] == [
            (level, key, list(contacts)) for level, key, contacts in _server_answer(signs)], signs


def test_the_rules_data_show_what_the_page_shows(client, site):
    data = client.get("/hors-ligne/regles.json").json()
    named = {slug for rule in data["rules"] for slug in rule["contacts"]}
    from guide.models import Contact

    existing = set(Contact.objects.filter(slug__in=named).values_list("slug", flat=True))
    assert existing and set(data["contacts"]) == existing  # as the page: a missing one is left out
    assert all('class="contact-call"' in html for html in data["contacts"].values())
    assert any('href="tel:' in action for rule in data["rules"] for action in rule["actions"])
    assert data["labels"]["first"] == "D'abord :"


# --- Headers the service worker reads; the logout -------------------------------------------

def test_pages_say_their_version_and_whose_they_are(client, site, learner):
    response = client.get("/guide/")
    assert response["X-Reperes-Content-Version"] == str(content_version())
    assert "X-Reperes-User" not in response
    client.force_login(learner)
    response = client.get("/guide/")
    assert response["X-Reperes-User"] == user_key(learner)
    assert user_key(learner) != str(learner.pk)


def test_logging_out_clears_the_phone(client, site, learner):
    client.force_login(learner)
    response = client.post("/compte/logout/")
    assert response.status_code == 302
    assert response["Clear-Site-Data"] == '"cache", "storage"'
    assert "Clear-Site-Data" not in client.get("/guide/")


# --- A module taken offline -----------------------------------------------------------------

def test_downloading_a_module_needs_an_account(client, module):
    response = client.get(f"/hors-ligne/module/{module.pk}/")
    assert response.status_code == 302 and "/compte/login/" in response["Location"]


def test_an_unknown_module_is_a_404_in_french(client, module, learner):
    client.force_login(learner)
    response = client.get("/hors-ligne/module/999999/")
    assert response.status_code == 404
    assert "n'existe pas" in response.json()["error"]


def test_the_package_holds_the_steps_and_the_questions_never_the_answers(client, module,
                                                                          learner):
    client.force_login(learner)
    response = client.get(f"/hors-ligne/module/{module.pk}/")
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("no-store") or "no-store" in response[
        "Cache-Control"]
    data = response.json()
    assert data["user"] == user_key(learner)
    assert [s["title"] for s in data["steps"]] == ["Mme R. ne répond plus", "Votre réaction",
                                                   "Bilan"]
    assert set(data["steps"][1]["choices"]) == {"d-sonner", "d-ignorer"}
    quiz = data["quiz"]
    attempt = Attempt.objects.get(pk=quiz["attempt"], user=learner)
    assert attempt.submitted_at is None
    for question in attempt.questions:
        assert escape(question["text"]) in quiz["html"]
    text = json.dumps(data, ensure_ascii=False)
    assert '"correct"' not in text and '"answer"' not in text and '"explanation"' not in text
    assert "On commence par prendre des nouvelles" not in text  # an explanation
    assert "en parler soulage" not in text


def _items(module, attempt_id, data=RIGHT):
    return [
        {"key": "k-step-1-aaaaaaaa", "kind": "step", "module": module.pk, "number": 1},
        {"key": "k-decision-2-aaaa", "kind": "decision", "module": module.pk, "number": 2,
         "choice": "d-sonner"},
        {"key": "k-step-3-aaaaaaaa", "kind": "step", "module": module.pk, "number": 3},
        {"key": "k-answers-aaaaaaa", "kind": "answers", "module": module.pk,
         "attempt": attempt_id, "data": [[k, v] for k, v in data.items()]},
        {"key": "k-submit-aaaaaaaa", "kind": "submit", "module": module.pk,
         "attempt": attempt_id},
    ]


def _send(client, user, items):
    token = client.get("/hors-ligne/envoi/").json()
    assert token["user"] == user_key(user)
    return client.post("/hors-ligne/envoi/", json.dumps({"user": token["user"], "items": items}),
                       content_type="application/json")


def test_what_was_done_offline_is_applied_once_and_graded_by_the_server(client, module, learner):
    client.force_login(learner)
    attempt_id = client.get(f"/hors-ligne/module/{module.pk}/").json()["quiz"]["attempt"]
    items = _items(module, attempt_id)
    response = _send(client, learner, items)
    assert response.status_code == 200, response.content
    result = response.json()
    assert result["done"] == [item["key"] for item in items]
    assert result["messages"] == {}
    assert result["results"] == [f"{module.url}quiz/{attempt_id}/"]
    attempt = Attempt.objects.get(pk=attempt_id)
    assert attempt.submitted_at and attempt.passed and attempt.percent == 100
    progress = ModuleProgress.objects.get(user=learner, module=module)
    assert progress.decisions == {"s-choix": "d-sonner"} and progress.completed_at
    answers = list(Answer.objects.filter(attempt=attempt).values_list("question_id", "response"))
    # Sent again (the phone lost the answer to its request): nothing changes.
    again = _send(client, learner, items).json()
    assert again["done"] == result["done"] and again["results"] == []
    assert list(Answer.objects.filter(attempt=attempt).values_list(
        "question_id", "response")) == answers
    assert len(answers) == 3
    assert Attempt.objects.filter(user=learner, quiz=module.quiz).count() == 1


def test_the_server_judges_wrong_answers_too(client, module, learner):
    from tests.courses.conftest import WRONG

    client.force_login(learner)
    attempt_id = client.get(f"/hors-ligne/module/{module.pk}/").json()["quiz"]["attempt"]
    assert _send(client, learner, _items(module, attempt_id, WRONG)).status_code == 200
    attempt = Attempt.objects.get(pk=attempt_id)
    assert attempt.submitted_at and not attempt.passed


def test_a_submit_before_the_steps_is_refused_and_answers_stay_saved(client, module, learner):
    client.force_login(learner)
    attempt_id = client.get(f"/hors-ligne/module/{module.pk}/").json()["quiz"]["attempt"]
    items = _items(module, attempt_id)[3:]
    result = _send(client, learner, items).json()
    assert "étapes" in result["messages"]["k-submit-aaaaaaaa"]
    assert Attempt.objects.get(pk=attempt_id).submitted_at is None
    assert Answer.objects.filter(attempt_id=attempt_id).count() == 3


def test_one_person_s_answers_never_go_to_another(client, module, learner, learner_b):
    client.force_login(learner)
    attempt_id = client.get(f"/hors-ligne/module/{module.pk}/").json()["quiz"]["attempt"]
    client.force_login(learner_b)
    token = client.get("/hors-ligne/envoi/").json()
    response = client.post("/hors-ligne/envoi/", json.dumps(
        {"user": user_key(learner), "items": _items(module, attempt_id)}),
        content_type="application/json")
    assert response.status_code == 409
    response = client.post("/hors-ligne/envoi/", json.dumps(
        {"user": token["user"], "items": _items(module, attempt_id)}),
        content_type="application/json")
    assert response.status_code == 200
    assert "tentative" in response.json()["messages"]["k-answers-aaaaaaa"]
    assert not Answer.objects.filter(attempt_id=attempt_id).exists()


@pytest.mark.parametrize("body", [
    b"pas du json", b"[]", b'{"user": "%s", "items": "x"}',
    b'{"user": "%s", "items": [{"key": "court", "kind": "step", "module": 1}]}',
    b'{"user": "%s", "items": [{"key": "assez-longue", "kind": "effacer", "module": 1}]}',
    b'{"user": "%s", "items": [{"key": "assez-longue", "kind": "answers", "module": 1,'
    b' "attempt": 1, "data": [["a", 1]]}]}',
])
def test_bad_input_is_a_400_in_french(client, site, learner, body):
    client.force_login(learner)
    if b"%s" in body:
        body = body.replace(b"%s", user_key(learner).encode())
    response = client.post("/hors-ligne/envoi/", body, content_type="application/json")
    assert response.status_code == 400
    assert "Repères" in response.json()["error"]
    response = client.post("/hors-ligne/envoi/", {"items": body.decode()})  # a form post
    assert response.status_code == 400
    assert "Repères" in response.json()["error"]
