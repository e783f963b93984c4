"""The admin's accessibility patches (site/static/js/admin-a11y.js) in a real browser."""

from playwright.sync_api import expect

from .test_sessions import log_in_with_totp

EDITOR = "redaction@programme.test"

# Wagtail's button for another person viewing the same page (editing_sessions/list.html): an
# avatar, and their name in a hidden tooltip.
VIEWER_BUTTON = """() => {
  const list = document.createElement("ol");
  list.innerHTML = '<li><button class="w-editing-sessions__session" type="button">' +
    '<span class="avatar"><img src="" alt=""></span>' +
    '<div class="w-editing-sessions__popup" hidden><span>Camille Relecture</span>' +
    '<span class="w-sr-only">-</span><span>Currently viewing</span></div></button></li>';
  document.body.append(list);
}"""


def test_another_person_on_the_page_is_named_for_screen_readers(live_site, page):
    log_in_with_totp(page, live_site.url, EDITOR)
    page.goto(f"{live_site.url}/admin/pages/")
    page.evaluate(VIEWER_BUTTON)
    button = page.locator("button.w-editing-sessions__session")
    expect(button).to_have_attribute("aria-label", "Camille Relecture – Currently viewing")
    expect(page.get_by_role("button", name="Camille Relecture – Currently viewing")).to_have_count(1)
