"""A caretaker, on a phone, uses the guide: reads a chapter, jumps to "who to call", searches,
uses the decision aid and downloads the PDF. axe-core checks every page visited."""

from playwright.sync_api import expect

from guide.decision import load_rules, orient
from tests import content

from .axe import assert_accessible
from .conftest import main_menu

GUIDE = content.GUIDE["title"]
CHAPTER = content.chapter("reperer-signaux-faibles")["title"]


def test_caretaker_uses_the_guide_on_a_phone(live_site, phone_page):
    page, base = phone_page, live_site.url
    page.goto(base + "/")
    main_menu(page).get_by_role("link", name=GUIDE).click()
    expect(page).to_have_url(f"{base}/guide/")
    expect(page.get_by_role("heading", level=1)).to_have_text(GUIDE)
    assert_accessible(page)

    # Read a chapter, then jump to its "who to call" section.
    page.get_by_role("link", name=CHAPTER).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(CHAPTER)
    assert_accessible(page)
    page.get_by_role("link", name="Qui appeler ?").first.click()
    expect(page).to_have_url(f"{base}/guide/reperer-signaux-faibles/#qui-appeler")
    expect(page.locator("#qui-appeler")).to_be_in_viewport()

    # A glossary link explains a word.
    page.locator(".chapter__body a[href^='/guide/glossaire/#']").first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Glossaire")
    assert_accessible(page)

    # Search, accents or not.
    page.goto(base + "/guide/")
    page.get_by_label("Rechercher dans le guide").fill("agressif")
    page.get_by_role("button", name="Rechercher").click()
    first = page.locator(".result").first
    expect(first.get_by_role("link")).to_have_text(
        content.chapter("agressivite-desamorcer")["title"])
    expect(page.locator(".result mark").first).to_be_visible()
    assert_accessible(page)

    # The decision aid, without JavaScript-only controls (its signs and rules are those of
    # content/guide/decision.yaml, named here by key).
    page.goto(base + "/guide/signaux-faibles/")
    assert_accessible(page)
    page.get_by_role("button", name="Voir l'orientation").click()
    expect(page.get_by_role("alert")).to_contain_text("Cochez au moins un signe")
    signs = load_rules().signs
    for key in ("clutter", "hygiene"):
        page.get_by_label(signs[key].label).check()
    page.get_by_role("button", name="Voir l'orientation").click()
    first_orientation = orient({"clutter", "hygiene"})[0].title
    expect(page.get_by_role("heading", name=first_orientation, exact=True)).to_be_visible()
    assert_accessible(page)

    # Download the chapter as a PDF.
    page.goto(base + "/guide/reperer-signaux-faibles/")
    response = page.request.get(base + "/guide/reperer-signaux-faibles/pdf/")
    assert response.ok and response.headers["content-type"] == "application/pdf"
    assert response.body()[:5] == b"%PDF-"


def test_visitor_filters_the_directory_and_taps_a_number(live_site, page):
    page.goto(live_site.url + "/guide/contacts/")
    page.get_by_label("Arrondissement").select_option("20")
    page.get_by_label("Situation").select_option(label=content.SITUATIONS["incurie"])
    page.get_by_role("button", name="Filtrer").click()
    expect(page.get_by_role("heading", name="Équipe dédiée bailleurs / psychiatrie")).to_be_visible()
    contacts = page.locator(".contact__name")
    expect(contacts.filter(has_text=content.contact("equipe-dediee-20")["name"])).to_have_count(1)
    for item in content.CONTACTS:
        if item.get("arrondissement") == 13:
            expect(contacts.filter(has_text=item["name"])).to_have_count(0)
    expect(page.get_by_role("link", name="Appeler le 15", exact=True)).to_have_count(0)
    assert_accessible(page)
