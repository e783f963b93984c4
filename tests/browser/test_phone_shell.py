"""The shell on a 375 px phone: the page's content starts within the first 120 px, the menu
and the emergency numbers are each one tap away (without JavaScript too), and the emergency
numbers of the guide's "Qui appeler ?" box are links that call them. On a desktop, the menu
and the numbers are shown at once."""

import re

import pytest
from playwright.sync_api import expect

from tests import content

from .conftest import LOCALE, TIMEOUT_MS
from .sweep import VIEWPORTS, session_cookie

PHONE = VIEWPORTS["375px"]
EMERGENCY = re.compile(r"(?<![\w/.,:+-])(15|17|18|112|114|3114)(?![\w]|[.,/-]\d|\s?(?:h\b|ans|mai))")


def content_top(page):
    """Where the page's own content starts: the top of <main>'s first visible element."""
    return page.evaluate("""() => {
      const first = [...document.querySelector('main').querySelectorAll('*')]
        .find((element) => element.getBoundingClientRect().height > 0);
      return first.getBoundingClientRect().top;
    }""")


def header_toggle(page, name):
    return page.locator(".site-header summary", has_text=name)


@pytest.fixture
def phone(browser):
    context = browser.new_context(locale=LOCALE, **PHONE)
    context.set_default_timeout(TIMEOUT_MS)
    yield context
    context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_on_a_phone_the_content_comes_first_and_menu_and_numbers_are_one_tap_away(
        live_site, browser, javascript):
    context = browser.new_context(locale=LOCALE, java_script_enabled=javascript, **PHONE)
    context.set_default_timeout(TIMEOUT_MS)
    page, base = context.new_page(), live_site.url
    for url in ("/", "/guide/", "/guide/reperer-signaux-faibles/", "/formations/", "/a-propos/"):
        page.goto(base + url)
        assert content_top(page) <= 120, (url, content_top(page))
        nav = page.get_by_role("navigation", name="Navigation principale")
        expect(nav).to_be_hidden()

    header_toggle(page, "Urgence").click()
    for number in ("15", "112", "17", "18", "3114"):
        link = page.locator(".site-header").get_by_role("link", name=number, exact=True)
        expect(link).to_be_visible()
        expect(link).to_have_attribute("href", f"tel:{number}")
        box = link.bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44, (number, box)

    header_toggle(page, "Menu").click()
    nav = page.get_by_role("navigation", name="Navigation principale")
    nav.get_by_role("link", name=content.COURSES["title"]).click()
    expect(page).to_have_url(f"{base}/formations/")
    context.close()


def test_on_a_phone_staff_pages_start_within_120_px_too(live_site, phone):
    phone.add_cookies([{"name": "sessionid", "value": session_cookie("rh@a.test"),
                        "url": live_site.url}])
    page = phone.new_page()
    for url in ("/espace-rh/", "/espace-rh/tableau-de-bord/", "/mon-parcours/", "/sessions/"):
        page.goto(live_site.url + url)
        assert content_top(page) <= 120, (url, content_top(page))
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, url


def test_on_a_desktop_menu_and_numbers_are_shown_at_once(live_site, page):
    page.goto(live_site.url + "/guide/")
    nav = page.get_by_role("navigation", name="Navigation principale")
    expect(nav.get_by_role("link", name=content.COURSES["title"])).to_be_visible()
    expect(header_toggle(page, "Menu")).to_be_hidden()
    expect(page.locator(".site-header").get_by_role("link", name="3114", exact=True)
           ).to_be_visible()
    assert content_top(page) <= 200


def test_the_numbers_of_the_who_to_call_box_are_tappable(live_site, phone):
    page = phone.new_page()
    page.goto(live_site.url + "/guide/reperer-signaux-faibles/")
    page.get_by_role("link", name="Qui appeler ?").click()
    box = page.locator("#qui-appeler ~ .block-whotocall").first
    expect(box).to_be_visible()
    texts = box.locator("p").all_inner_texts()
    mentioned = {number for text in texts for number in EMERGENCY.findall(text)}
    assert mentioned >= {"15", "17", "18"}, texts
    for number in mentioned:
        links = box.locator(f'a[href="tel:{number}"]')
        assert links.count() >= 1, number
    # Every emergency number written in the box is a link, not just one of them.
    plain = box.evaluate("""(box) => {
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      const found = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement.closest('a, h1, h2, h3, h4, button')) { found.push(node.textContent); }
      }
      return found.join(' ');
    }""")
    assert EMERGENCY.findall(plain) == [], plain
