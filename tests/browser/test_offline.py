"""Repères without network, in Chromium at a 375 px phone width with the context set offline:
the guide's copy (a chapter, the directory with tap-to-call numbers, the decision aid giving
the server's answer on every case of its table), a learner who loses the network in the middle
of a module, the phone cleared on logout, and a publish reaching the copy on the next online
visit. axe-core checks the pages drawn offline."""

import time
from pathlib import Path

from playwright.sync_api import expect

from guide.decision import load_rules, orient
from tests.courses.conftest import make_module

from .axe import assert_accessible
from .conftest import LOCALE, TIMEOUT_MS, main_menu
from .test_learner_module import answer_quiz, log_in

PHONE_375 = {"viewport": {"width": 375, "height": 740}, "is_mobile": True, "has_touch": True}
SHOTS = Path("/tmp/reperes-offline-shots")
COPY_READY = """async () => {
  for (const name of await caches.keys()) {
    if (!name.startsWith("reperes-public-")) continue;
    const cache = await caches.open(name);
    if (await cache.match("/hors-ligne/contenu.json")) return name;
  }
  return false;
}"""


def phone(browser):
    context = browser.new_context(locale=LOCALE, **PHONE_375)
    context.set_default_timeout(TIMEOUT_MS)
    return context, context.new_page()


def wait_until(page, script, seconds=30):
    """The value of an async script, once truthy (evaluated again every 200 ms)."""
    deadline = time.monotonic() + seconds
    while not (value := page.evaluate(script)):
        assert time.monotonic() < deadline, script
        time.sleep(0.2)
    return value


def wait_for_copy(page):
    """The service worker controls the page and holds a complete copy: its cache's name."""
    page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    if not page.evaluate("!!navigator.serviceWorker.controller"):
        page.reload()
    return wait_until(page, COPY_READY)


def shot(page, name):
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_the_guide_works_offline_and_the_decision_aid_gives_the_server_s_answers(
        live_site, browser):
    from guide.models import GuideChapterPage, GuideIndexPage

    base = live_site.url
    context, page = phone(browser)
    guide = GuideIndexPage.objects.get()
    chapter = GuideChapterPage.objects.live().child_of(guide).first()
    page.goto(base + guide.url)
    # Installable: a manifest, a service worker that controls the page.
    manifest = page.evaluate("fetch(document.querySelector('link[rel=manifest]').href)"
                             ".then(r => r.json())")
    assert manifest["display"] == "standalone" and manifest["start_url"] == guide.url
    wait_for_copy(page)
    assert page.evaluate("!!navigator.serviceWorker.controller")

    context.set_offline(True)
    page.goto(base + chapter.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(chapter.title)
    page.goto(base + guide.url + "contacts/")
    expect(page.locator("#contenu a[href^='tel:']").first).to_be_visible()
    assert_accessible(page)
    page.goto(base + "/hors-ligne/")
    expect(page.get_by_text("Guide mis à jour le")).to_be_visible()
    shot(page, "offline-page")

    page.goto(base + guide.url + "signaux-faibles/")
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    cases = load_rules().cases
    for case in cases:
        page.evaluate("document.querySelectorAll('form.decision-form input[type=checkbox]')"
                      ".forEach(box => { box.checked = false; });"
                      "document.getElementById('orientation')?.remove()")
        for sign in case["signs"]:
            page.locator(f"form.decision-form input[value='{sign}']").check()
        page.get_by_role("button", name="Voir l'orientation").click()
        page.wait_for_selector("#orientation")
        shown = page.eval_on_selector_all("#orientation [data-rule]",
                                          "nodes => nodes.map(node => node.dataset.rule)")
        expected = [o.key for o in orient(set(case["signs"]))]
        assert shown == expected == case["rules"], case["signs"]
        level = page.locator("#orientation .orientation__level").first
        expect(level).to_have_class(f"orientation__level orientation__level--{case['level']}")
    # What was ticked went nowhere: the only request is the rules, read from the copy.
    assert {url.removeprefix(base) for url in requests
            if "/static/" not in url} <= {"/hors-ligne/regles.json"}
    expect(page.locator("#orientation")).to_be_focused()
    expect(page.locator("#orientation a[href^='tel:']").first).to_be_visible()
    assert_accessible(page)
    shot(page, "decision-aid-offline")
    # No tick: said, as the server says it.
    page.evaluate("document.querySelectorAll('form.decision-form input[type=checkbox]')"
                  ".forEach(box => { box.checked = false; })")
    page.get_by_role("button", name="Voir l'orientation").click()
    expect(page.get_by_role("alert")).to_have_text("Cochez au moins un signe que vous avez "
                                                   "constaté.")
    context.close()


def test_a_learner_loses_the_network_mid_module_and_the_server_gets_the_answers_once(
        live_site, browser):
    from core.models import HomePage
    from courses.models import CourseIndexPage, ModuleProgress
    from quizzes.models import Answer, Attempt

    index = CourseIndexPage.objects.first()
    if index is None:
        index = CourseIndexPage(title="Formations", slug="formations")
        HomePage.objects.get().add_child(instance=index)
    module = make_module(index, "module-hors-ligne")
    base = live_site.url
    context, page = phone(browser)
    log_in(page, base, "apprenant@a.test")
    page.goto(base + module.url)
    wait_for_copy(page)
    page.get_by_role("button", name="Télécharger pour hors ligne").click()
    expect(page.get_by_role("status")).to_contain_text("Module disponible hors ligne")
    assert_accessible(page)
    page.get_by_role("link", name="Commencer").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mme R. ne répond plus")

    context.set_offline(True)
    page.get_by_role("link", name="Continuer").click()
    expect(page.get_by_text("Hors ligne : vos réponses seront envoyées au retour du réseau."))\
        .to_be_visible()
    page.get_by_label("Je sonne").check()
    page.get_by_role("button", name="Valider mon choix").click()
    expect(page.get_by_role("heading", name="C'est la meilleure réaction")).to_be_visible()
    expect(page.locator("#feedback")).to_be_focused()
    assert_accessible(page)
    page.get_by_role("link", name="Continuer").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bilan")
    page.get_by_role("link", name="Passer au quiz").click()
    answer_quiz(page, right=True)
    # Each change is kept on the phone (IndexedDB) before the page may go.
    wait_until(page, "ReperesStore.queued().then(items => items.some(item =>"
                     " item.kind === 'answers' && item.data.some(pair => pair[1] === '3')))")
    page.reload()  # offline still: the answers wait on the phone
    expect(page.get_by_label("Sonner et prendre des nouvelles")).to_be_checked()
    expect(page.get_by_label("Noter les faits")).to_have_value("1")
    expect(page.get_by_label("Signalement par l'encadrement")).to_have_value("3")
    assert_accessible(page)
    shot(page, "module-quiz-offline")
    page.get_by_role("button", name="Valider mes réponses").click()
    expect(page.get_by_text("validées et notées au retour du réseau")).to_be_visible()
    assert not Answer.objects.filter(attempt__user__email="apprenant@a.test",
                                     attempt__quiz=module.quiz).exists()

    with page.expect_response(lambda r: r.url.endswith("/hors-ligne/envoi/")
                              and r.request.method == "POST") as sent:
        context.set_offline(False)
    assert sent.value.ok
    page.wait_for_load_state()
    attempt = Attempt.objects.get(user__email="apprenant@a.test", quiz=module.quiz)
    assert attempt.submitted_at and attempt.passed and attempt.percent == 100, list(
        Answer.objects.filter(attempt=attempt).values_list("question_id", "response", "score"))
    assert Answer.objects.filter(attempt=attempt).count() == 3
    progress = ModuleProgress.objects.get(user=attempt.user, module=module)
    assert progress.completed_at and progress.decisions == {"s-choix": "d-sonner"}
    # Nothing waits any more: another page, online, sends nothing again.
    page.goto(base + module.url)
    expect(page.get_by_text("Module terminé le")).to_be_visible()
    assert page.evaluate("ReperesStore.queued().then(items => items.length)") == 0
    assert Answer.objects.filter(attempt=attempt).count() == 3
    assert Attempt.objects.filter(user=attempt.user, quiz=module.quiz).count() == 1
    context.close()


def test_logging_out_leaves_nothing_personal_on_the_phone(live_site, browser):
    from core.models import HomePage
    from courses.models import CourseIndexPage

    index = CourseIndexPage.objects.first()
    if index is None:
        index = CourseIndexPage(title="Formations", slug="formations")
        HomePage.objects.get().add_child(instance=index)
    module = make_module(index, "module-partage")
    base = live_site.url
    context, page = phone(browser)
    log_in(page, base, "apprenant@a.test")
    page.goto(base + module.url)
    wait_for_copy(page)
    page.get_by_role("button", name="Télécharger pour hors ligne").click()
    expect(page.get_by_role("status")).to_contain_text("Module disponible hors ligne")
    assert page.evaluate("ReperesStore.all('modules').then(m => m.length)") == 1

    main_menu(page).get_by_role("button", name="Se déconnecter").click()
    expect(page).to_have_url(f"{base}/")
    page.goto(base + "/guide/")
    wait_for_copy(page)
    assert page.evaluate("ReperesStore.all('modules').then(m => m.length)") == 0
    cached = page.evaluate("""async () => {
      const urls = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
      }
      return urls;
    }""")
    listed = page.evaluate("fetch('/hors-ligne/contenu.json').then(r => r.json())")
    public = {base + url for url in listed["pages"] + listed["data"] + listed["assets"]}
    assert cached and set(cached) <= public | {base + "/hors-ligne/contenu.json"}
    # Offline, the module's pages are not there for the next person.
    context.set_offline(True)
    page.goto(base + module.url + "etape/1/")
    expect(page.get_by_text("Cette page n'est pas disponible hors ligne.")).to_be_visible()
    expect(page.get_by_text("Mme R. ne répond plus")).to_have_count(0)
    context.close()


def test_a_publish_reaches_the_offline_copy_on_the_next_online_visit(live_site, browser):
    from core.cache import content_version
    from guide.models import GuideChapterPage

    base = live_site.url
    context, page = phone(browser)
    chapter = GuideChapterPage.objects.live().first()
    page.goto(base + "/guide/")
    first = wait_for_copy(page)

    chapter.title = "Un titre publié à l'instant"
    chapter.save_revision().publish()
    version = str(content_version())
    page.goto(base + "/guide/glossaire/")  # online: the page carries the new version
    wait_until(page, f"""async () => {{
      const names = (await caches.keys()).filter(n => n.startsWith("reperes-public-"));
      return names.length === 1 && names[0] === "reperes-public-{version}"
        && !!(await caches.match("/hors-ligne/contenu.json", {{cacheName: names[0]}}));
    }}""")
    assert first != f"reperes-public-{version}"
    context.set_offline(True)
    page.goto(base + chapter.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Un titre publié à l'instant")
    context.close()
