"""A visitor, without an account, browses the public pages by following the links a person
would follow: the header menu, the footer, the brand back to the home page."""

import re

from playwright.sync_api import expect

from tests import content

from .axe import assert_accessible
from .conftest import main_menu

HOME_TITLE = content.HOME["hero_title"]
PAGES = content.PAGES


def heading(page):
    return page.get_by_role("heading", level=1)


def header_nav(page):
    return main_menu(page)


def footer(page):
    return page.get_by_role("contentinfo")


def check_skip_link(page):
    """The first Tab lands on the skip link, which takes the keyboard to the main content."""
    page.keyboard.press("Tab")
    focused = page.locator(":focus")
    expect(focused).to_have_text("Aller au contenu")
    expect(focused).to_have_attribute("href", "#contenu")
    expect(focused).to_be_in_viewport()  # it shows itself when focused
    page.keyboard.press("Enter")
    expect(page.locator("main#contenu")).to_be_focused()


def check_home(page):
    expect(page).to_have_title(re.compile("Repères"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(heading(page)).to_have_text(HOME_TITLE)
    partners = page.get_by_role("region", name="Les partenaires").get_by_role("listitem")
    expect(partners.filter(has_text=content.PARTNERS[0]["name"])).to_have_count(1)
    suicide_line = footer(page).get_by_role("link", name="3114", exact=True)
    expect(suicide_line).to_have_attribute("href", "tel:3114")
    expect(footer(page).get_by_role("link", name="15", exact=True)).to_have_attribute(
        "href", "tel:15")
    expect(page.get_by_role("link", name="Se connecter").first).to_be_visible()


def visit_public_pages(page, base_url):
    page.goto(base_url + "/")
    check_skip_link(page)
    check_home(page)
    assert_accessible(page)

    # The header menu leads to the page about the programme, marked as the current one.
    about = PAGES["a-propos"]["title"]
    header_nav(page).get_by_role("link", name=about).click()
    expect(page).to_have_url(f"{base_url}/a-propos/")
    expect(heading(page)).to_have_text(about)
    expect(page.get_by_role("heading", name=PAGES["a-propos"]["heading"])).to_be_visible()
    expect(header_nav(page).get_by_role("link", name=about)).to_have_attribute(
        "aria-current", "page")
    assert_accessible(page)

    # The footer leads to the three legal pages.
    footer(page).get_by_role("link", name="Mentions légales").click()
    expect(page).to_have_url(f"{base_url}/mentions-legales/")
    expect(heading(page)).to_have_text(PAGES["mentions-legales"]["title"])
    expect(page.get_by_role("heading", name=PAGES["mentions-legales"]["heading"])).to_be_visible()
    assert_accessible(page)

    footer(page).get_by_role("link", name="Confidentialité").click()
    expect(page).to_have_url(f"{base_url}/confidentialite/")
    expect(heading(page)).to_have_text(PAGES["confidentialite"]["title"])
    expect(page.get_by_role("heading", name=PAGES["confidentialite"]["heading"])).to_be_visible()
    assert_accessible(page)

    footer(page).get_by_role("link", name="Accessibilité : non conforme").click()
    expect(page).to_have_url(f"{base_url}/accessibilite/")
    expect(heading(page)).to_have_text(PAGES["accessibilite"]["title"])
    assert_accessible(page)

    # The brand takes the visitor back home.
    page.get_by_role("link", name="Repères, accueil").click()
    expect(page).to_have_url(f"{base_url}/")
    expect(heading(page)).to_have_text(HOME_TITLE)


def test_visitor_browses_public_pages_on_desktop(live_site, page):
    visit_public_pages(page, live_site.url)


def test_visitor_browses_public_pages_on_phone(live_site, phone_page):
    visit_public_pages(phone_page, live_site.url)
    # On a phone the emergency numbers are one tap away: tel: links, big enough to tap.
    box = footer(phone_page).get_by_role("link", name="3114", exact=True).bounding_box()
    assert box is not None and box["height"] > 0


def test_visitor_switches_language_and_back(live_site, page):
    base_url = live_site.url
    page.goto(f"{base_url}/a-propos/")
    # Each language names itself, whatever the page's language.
    switch = page.get_by_role("group", name=re.compile("^(Langue|Language)$"))
    french, english = (switch.get_by_role("button", name="Français"),
                       switch.get_by_role("button", name="English"))
    expect(french).to_have_attribute("aria-pressed", "true")
    expect(english).to_have_attribute("aria-pressed", "false")

    english.click()
    # Back on the same page, now in English.
    expect(page).to_have_url(f"{base_url}/a-propos/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(english).to_have_attribute("aria-pressed", "true")
    expect(french).to_have_attribute("aria-pressed", "false")
    expect(page.locator(".skip-link")).to_have_text("Skip to content")
    assert_accessible(page)

    # The choice sticks from page to page (a cookie), whatever the browser's language.
    main_menu(page, "Main navigation").get_by_role("link", name="Log in").click()
    expect(page).to_have_url(f"{base_url}/compte/login/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(heading(page)).to_have_text("Log in")
    assert_accessible(page)

    # And back to French, on the same page.
    french.click()
    expect(page).to_have_url(f"{base_url}/compte/login/")
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(french).to_have_attribute("aria-pressed", "true")
    expect(english).to_have_attribute("aria-pressed", "false")
    expect(heading(page)).to_have_text("Se connecter")
    expect(page.locator(".skip-link")).to_have_text("Aller au contenu")
