"""A caretaker, on a phone, goes through a whole module: fails the quiz, retries, passes, and
sees the module completed in "Mon parcours". On the way: the focus moves to the feedback of a
decision, a half-done ordering survives a reload, submitting too early says what is left, and a
failed attempt with retries left shows no right answer. axe-core checks each kind of page."""

from playwright.sync_api import expect

from tests.courses.conftest import make_module
from tests.factories import PASSWORD

from .axe import assert_accessible
from .conftest import main_menu


def log_in(page, base, email):
    page.goto(base + "/compte/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()


def answer_quiz(page, *, right):
    page.get_by_label("Sonner et prendre des nouvelles" if right else "Ouvrir avec le passe").check()
    page.get_by_label("Faux" if right else "Vrai", exact=True).check()
    order = ["Noter les faits", "Prévenir son responsable", "Signalement par l'encadrement"]
    for rank, text in enumerate(order if right else list(reversed(order)), start=1):
        page.get_by_label(text).select_option(str(rank))


def test_learner_completes_a_module_on_a_phone(live_site, phone_page):
    from core.models import HomePage
    from courses.models import CourseIndexPage

    index = CourseIndexPage.objects.first()
    if index is None:
        index = CourseIndexPage(title="Formations", slug="formations")
        HomePage.objects.get().add_child(instance=index)
    module = make_module(index, "module-navigateur")
    page, base = phone_page, live_site.url
    log_in(page, base, "apprenant@a.test")

    page.goto(base + module.url)
    assert_accessible(page)
    page.get_by_role("link", name="Commencer").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mme R. ne répond plus")
    assert_accessible(page)
    page.get_by_role("link", name="Continuer").click()

    # A decision: choose, read the consequences.
    page.get_by_label("J'attends").check()
    page.get_by_role("button", name="Valider mon choix").click()
    expect(page.get_by_role("heading", name="Réaction à éviter")).to_be_visible()
    # The page opens on the feedback, which has the focus: read next by a screen reader.
    assert page.url.endswith("/etape/2/#feedback")
    expect(page.locator("#feedback")).to_be_focused()
    assert_accessible(page)

    # Closing the phone and coming back resumes where the learner was.
    page.goto(base + module.url)
    expect(page.get_by_text("Vous en êtes à l'étape 2 sur 3")).to_be_visible()
    page.get_by_role("link", name="Reprendre").click()
    page.get_by_role("link", name="Continuer").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Bilan")
    page.get_by_role("link", name="Passer au quiz").click()

    # The quiz: a half-done ordering is saved as it changes and is back after a reload.
    assert_accessible(page)
    with page.expect_response(lambda r: r.request.method == "POST" and r.url.endswith("/quiz/")):
        page.get_by_label("Noter les faits").select_option("1")
    page.reload()
    expect(page.get_by_label("Noter les faits")).to_have_value("1")
    expect(page.get_by_label("Prévenir son responsable")).to_have_value("")
    # A rank given twice is said at once, next to the question.
    page.get_by_label("Prévenir son responsable").select_option("1")
    duplicate = "Le rang 1 est donné à plusieurs actions"
    expect(page.locator("fieldset", has_text="Remettez dans l'ordre").get_by_text(duplicate)) \
        .to_be_visible()
    # Submitting now: a summary on top says what is left, and takes the focus.
    page.get_by_role("button", name="Valider mes réponses").click()
    summary = page.locator("#quiz-check")
    expect(summary).to_be_focused()
    expect(summary.get_by_text("2 questions sont sans réponse")).to_be_visible()
    expect(summary.get_by_text(duplicate)).to_be_visible()
    expect(page.get_by_label("Prévenir son responsable")).to_have_value("1")  # nothing lost
    assert_accessible(page)

    # Answers survive a reload; a wrong set fails.
    answer_quiz(page, right=False)
    page.get_by_role("button", name="Enregistrer sans valider").click()
    expect(page.get_by_text("Vos réponses sont enregistrées.")).to_be_visible()
    page.reload()
    expect(page.get_by_label("Ouvrir avec le passe")).to_be_checked()
    page.get_by_role("button", name="Valider mes réponses").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Quiz non réussi")
    # Two attempts left: which answers were wrong and what to read again, not the right ones.
    expect(page.get_by_text("(bonne réponse)")).to_have_count(0)
    expect(page.get_by_text("Ordre attendu")).to_have_count(0)
    expect(page.get_by_text("Réponse attendue")).to_have_count(0)
    expect(page.get_by_text("Les bonnes réponses s'affichent une fois le quiz réussi")).to_be_visible()
    expect(page.get_by_role("heading", name="Revoir le module")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("link", name="Réessayer").click()
    answer_quiz(page, right=True)
    page.get_by_role("button", name="Valider mes réponses").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Quiz réussi")
    expect(page.get_by_text("Module terminé")).to_be_visible()

    page.get_by_role("link", name="Mon parcours").last.click()
    card = page.locator(".card", has_text="Module module-navigateur")
    expect(card.get_by_text("Terminé")).to_be_visible()
    assert_accessible(page)

    # The certificate: download it, then open its public verification page.
    main_menu(page).get_by_role("link", name="Mes attestations").click()
    certificate = page.locator(".card", has_text="Module module-navigateur")
    assert_accessible(page)
    pdf_url = certificate.get_by_role("link", name="Télécharger le PDF").get_attribute("href")
    response = page.request.get(base + pdf_url)
    assert response.ok and response.body()[:5] == b"%PDF-"
    certificate.get_by_role("link", name="Page de vérification").click()
    expect(page.get_by_text("Attestation valide.")).to_be_visible()
    assert_accessible(page)
