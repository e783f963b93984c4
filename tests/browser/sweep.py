"""The browser sweep's tools: log a role in, open a page, and list what is wrong with it.

Each check returns a list of readable problems rather than failing at the first one, so that
one run reports every page that is wrong and everything that is wrong with it.
"""

import time
from dataclasses import dataclass, field
from pathlib import Path

import axe_playwright_python
from django.test import Client

from tests.factories import PASSWORD

from .conftest import TIMEOUT_MS

VIEWPORTS = {
    "375px": {"viewport": {"width": 375, "height": 812}, "is_mobile": True, "has_touch": True},
    "1280px": {"viewport": {"width": 1280, "height": 900}},
}
LANGUAGES = ("fr", "en")
LANGUAGE_COOKIE = "reperes_language"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
AXE_SOURCE = (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text()

# Collects CSP violations from the first moment of each document.
WATCH_CSP = """
window.__sweepCsp = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__sweepCsp.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"}`
    + (event.sample ? ` (${event.sample.slice(0, 60)})` : "")
    + (event.sourceFile ? ` at ${event.sourceFile.split("/").slice(3).join("/")}:${event.lineNumber}` : ""));
});
"""

# Text that shows raw markup, and sentences missing their value ("0 place restante sur .",
# "à .", "()", a template tag or a placeholder left as is). JavaScript regular expressions.
TEXT_PATTERNS = {
    "raw markup shown": r"&(?:lt|gt|amp|quot|nbsp|#\d+);|<a\s+href|<\/a>|<br\s*\/?>|<\/?(?:p|strong|em)>",
    "empty value": r"(?<=[\p{L}\p{N}])[^\S\n]+[.,](?=\s|$)|[^\S\n]{2}[.,]|\(\s*\)|«\s*»|\{\{|\{%|%\(\w+\)s",
}

# One round trip: what the checks need from the page, and a digest of each part of its body
# (the skip link, header, main, footer… without the values that change at each request or
# with the page: the language switch's return address, the menu's current item), and of its
# title and language, for axe-core to check each distinct part once.
READ_PAGE = """async ([width, patterns]) => {
  const describe = (element) => element.tagName.toLowerCase()
    + (element.id ? "#" + element.id : "")
    + (typeof element.className === "string" && element.className.trim()
       ? "." + element.className.trim().split(/\\s+/).join(".") : "");
  const wide = [];
  const scrollWidth = document.documentElement.scrollWidth;
  if (scrollWidth > width) {
    for (const element of document.body.querySelectorAll("*")) {
      const box = element.getBoundingClientRect();
      if (box.width && box.right > width + 1 && !wide.some((outer) => outer.contains(element))) {
        wide.push(element);  // the outermost element sticking out explains the rest
      }
    }
  }
  const text = document.body ? document.body.innerText : "";
  const found = [];
  for (const [what, source] of Object.entries(patterns)) {
    for (const match of [...text.matchAll(new RegExp(source, "gmu"))].slice(0, 3)) {
      const excerpt = text.slice(Math.max(match.index - 50, 0), match.index + match[0].length + 20);
      found.push(`${what}: «${match[0].trim()}» in «…${excerpt.replace(/\\s+/g, " ")}…»`);
    }
  }
  const sources = [`${document.documentElement.lang} ${document.title}`,
    ...[...document.body.children].map((part) => part.outerHTML
      .replace(/(name="(?:csrfmiddlewaretoken|next)" (?:type="hidden" )?value=")[^"]*/g, "$1")
      .replace(/(nonce=")[^"]*/g, "$1")
      .replace(/ aria-current="page"/g, ""))];  // the same look on every page
  const hex = (buffer) => [...new Uint8Array(buffer)]
    .map((byte) => byte.toString(16).padStart(2, "0")).join("");
  // (No crypto.subtle outside a secure context, as a page written by set_content.)
  const parts = window.crypto.subtle ? await Promise.all(sources.map(async (source) =>
    hex(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(source))))) : [];
  return {
    scrollWidth,
    wide: wide.slice(0, 3).map((element) => describe(element) + " ("
      + Math.round(element.getBoundingClientRect().right) + " px)"),
    text: found,
    csp: window.__sweepCsp || [],
    parts,
  };
}"""

MAX_LINES = 8


@dataclass
class Sweep:
    """What the sweep saw: the pages opened and every problem, by page.

    axe-core takes as long as loading a page: it runs in one tab while the next page loads in
    another (`visit` starts it, `finish` collects it). At a given width it runs on a page only
    when some part of it (header, main, footer…, title) is new: a role's menu is checked on
    its first page, a page's content with the first role that sees it. Its rules look at
    elements and their surroundings, which a part carries with it; each problem is reported
    on the first page that shows it.
    """

    opened: int = 0
    axe_runs: int = 0
    problems: dict = field(default_factory=dict)
    # {(url start, problem start): why}: problems already reported to whoever changes that
    # page; each must still be seen, so that a fixed one is taken off the list.
    known: dict = field(default_factory=dict)
    known_seen: set = field(default_factory=set)
    _axe_seen: set = field(default_factory=set)
    started: float = field(default_factory=time.monotonic)

    def add(self, where, problems):
        for problem in problems:
            known = [key for key in self.known
                     if where.startswith(key[0]) and problem.startswith(key[1])]
            if known:
                self.known_seen.update(known)
            else:
                self.problems.setdefault(where, []).append(problem)

    def check_known(self):
        """Known problems no longer seen: fixed, to be taken off the list."""
        for key, why in self.known.items():
            if key not in self.known_seen:
                self.problems.setdefault("KNOWN_ISSUES", []).append(
                    f"no longer seen, remove it from the list: {key} ({why})")

    def visit(self, tab, url, where, *, expected_status=200):
        """Open `url` in `tab` and check it; axe-core's verdict comes with `finish(tab)`."""
        self.finish(tab)
        response = tab.page.goto(url)
        self.opened += 1
        if "text/html" not in response.headers.get("content-type", ""):
            # Not a page (the service worker's script, the manifest, the offline app's JSON):
            # its status and the browser's messages only, no page checks.
            problems = list(tab.console.take())
            if response.status != expected_status:
                problems.append(f"status {response.status}, expected {expected_status}")
            self.add(where, problems)
            return
        problems, parts = page_problems(tab.page, tab.console, status=response.status,
                                        expected_status=expected_status)
        parts = {(tab.page.viewport_size["width"], part) for part in parts}
        if parts <= self._axe_seen:
            self.add(where, problems)
        else:
            self.axe_runs += 1
            self._axe_seen |= parts
            start_axe(tab.page)
            tab.pending = (where, problems)

    def finish(self, tab):
        if tab.pending is None:
            return
        where, problems = tab.pending
        tab.pending = None
        self.add(where, problems + axe_problems(tab.page.evaluate("() => window.__sweepAxe")))

    def report(self):
        lines = [f"{len(self.problems)} page(s) with problems, of {self.opened} opened:"]
        for where, problems in self.problems.items():
            lines.append(f"\n{where}")
            unique = list(dict.fromkeys(problems))
            lines.extend(f"  - {shorten(problem)}" for problem in unique[:MAX_LINES])
            if len(unique) > MAX_LINES:
                lines.append(f"  - … and {len(unique) - MAX_LINES} more")
        return "\n".join(lines)

    def summary(self):
        return (f"sweep: {self.opened} pages opened, axe-core run {self.axe_runs} times, "
                f"{time.monotonic() - self.started:.0f} s")


def shorten(line, width=240):
    return line if len(line) <= width else line[:width - 1] + "…"


# Started on the page's next turn, so that this call returns at once and the browser checks
# this page while another tab loads the next one; the promise is read by Sweep.finish.
START_AXE = """(tags) => {
  window.__sweepAxe = new Promise((resolve) => setTimeout(resolve, 0))
    .then(() => axe.run(document, {runOnly: {type: "tag", values: tags},
                                   resultTypes: ["violations"]}))
    .then((results) => results.violations.map((violation) => ({
      id: violation.id, help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    })));
}"""


def axe_problems(violations):
    problems = []
    for violation in violations:
        targets = violation["targets"]
        more = f" (+{len(targets) - 3})" if len(targets) > 3 else ""
        problems.append(f"axe {violation['id']}: {violation['help']} — on "
                        f"{', '.join(targets[:3])}{more}")
    return problems


def start_axe(page):
    """Load axe-core into the page (only into those it checks: it is large) and start it."""
    page.evaluate(AXE_SOURCE)
    page.evaluate(START_AXE, AXE_TAGS)


def run_axe(page):
    """axe-core's WCAG 2.1 A/AA violations on the page as it is now, as readable lines."""
    start_axe(page)
    return axe_problems(page.evaluate("() => window.__sweepAxe"))


def session_cookie(email):
    """Log in as a real person would (password, then the authenticator's code for staff), with
    Django's test client; the session is then handed to the browser."""
    from allauth.mfa.models import Authenticator

    from .test_sessions import current_totp_code

    client = Client()
    response = client.post("/compte/login/", {"login": email, "password": PASSWORD})
    assert response.status_code == 302, (email, response.status_code)
    if Authenticator.objects.filter(user__email=email, type=Authenticator.Type.TOTP).exists():
        assert response["Location"] == "/compte/2fa/authenticate/", (email, response["Location"])
        if int(time.time()) % 30 > 27:  # a code about to expire may be refused
            time.sleep(3)
        response = client.post("/compte/2fa/authenticate/", {"code": current_totp_code(email)})
        assert response.status_code == 302, (email, "second factor", response.status_code)
    return client.cookies["sessionid"].value


def new_context(browser, base, viewport, language, session=None):
    """A browser context at one viewport and language, logged in when given a session."""
    context = browser.new_context(locale="fr-FR", **VIEWPORTS[viewport])
    context.set_default_timeout(TIMEOUT_MS)
    cookies = [{"name": LANGUAGE_COOKIE, "value": language, "url": base}]
    if session:
        cookies.append({"name": "sessionid", "value": session, "url": base})
    context.add_cookies(cookies)
    context.add_init_script(WATCH_CSP)
    return context


class Tab:
    """A page of its own context, and what the sweep still waits for from it."""

    def __init__(self, context):
        self.context = context
        self.page = context.new_page()
        self.console = Console(self.page)
        self.pending = None


class Console:
    """Console errors and uncaught exceptions of a page, since the last `take()`."""

    def __init__(self, page):
        self.messages = []
        page.on("console", self._console)
        page.on("response", self._response)
        page.on("pageerror", lambda error: self.messages.append(f"uncaught error: {error}"))

    def _console(self, message):
        # Failed requests are reported by _response, with their address.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.messages.append(f"console error: {message.text}")

    def _response(self, response):
        # Wagtail's autosave and live preview post the form as it is edited: an incomplete
        # form is answered 400 with its errors in JSON, which only means "not valid yet".
        validation = (response.status == 400 and response.request.method == "POST"
                      and "json" in response.headers.get("content-type", ""))
        if response.status >= 400 and not validation and not response.url.endswith("/preview/"):
            path = "/" + response.url.split("/", 3)[-1]
            self.messages.append(f"HTTP {response.status} for {response.request.method} {path}")

    def take(self):
        messages, self.messages = self.messages, []
        return messages


def page_problems(page, console, *, status=None, expected_status=200):
    """Everything wrong with the page as it is now (axe-core apart), and its parts' digests."""
    problems = []
    if status is not None and status != expected_status:
        problems.append(f"status {status}, expected {expected_status}")
    for message in console.take():
        # The page's own error status is expected.
        if expected_status >= 400 and message.startswith(f"HTTP {expected_status} for GET"):
            continue
        problems.append(message)
    # A phone zooms out to show a page wider than itself (innerWidth then grows): compare
    # with the screen's own width.
    width = page.viewport_size["width"]
    seen = page.evaluate(READ_PAGE, [width, TEXT_PATTERNS])
    problems.extend(f"CSP violation: {violation}" for violation in seen["csp"])
    if seen["scrollWidth"] > width:
        problems.append(f"wider than the screen: {seen['scrollWidth']} px for {width} px; "
                        f"sticking out: {', '.join(seen['wide'])}")
    problems.extend(seen["text"])
    return problems, seen["parts"]


# The Wagtail admin: what its forms offer must work under the CSP.
MODAL = ".modal.fade.in"
PICKER = ".xdsoft_datetimepicker"
DATE_INPUTS = ("input[type=text][id][autocomplete=off]:is(.w-field--date_field *, "
               ".w-field--date_time_field *, .w-field--time_field *)")


def exercise_admin_form(page):
    """Click "add" on every inline panel and every kind of stream block, open every kind of
    chooser and every date picker of the form; return what did not work."""
    problems = []
    for step in (_open_publishing_schedule, _add_inline_panel_children, _add_stream_blocks,
                 _open_choosers, lambda page: _open_date_pickers(page, page.locator("form"))):
        try:
            problems += step(page)
        except Exception as error:  # noqa: BLE001 (a readable line rather than a traceback)
            problems.append(f"{getattr(step, '__name__', 'date pickers').strip('_')}: "
                            f"{str(error).splitlines()[0]}")
    return problems


def _add_inline_panel_children(page):
    problems = []
    for button in page.locator("button[id^=id_][id$=-ADD]:visible").all():
        prefix = button.get_attribute("id")[:-len("-ADD")]
        children = page.locator(f"#{prefix}-FORMS > :not(.deleted)")
        before = children.count()
        button.click()
        try:
            page.wait_for_function(
                "([selector, before]) => document.querySelectorAll(selector).length > before",
                arg=[f"#{prefix}-FORMS > :not(.deleted)", before], timeout=3000)
        except Exception:  # noqa: BLE001 (reported below)
            problems.append(f"inline panel {prefix}: “add” added nothing")
    return problems


def _add_stream_blocks(page):
    """Each kind of block of each stream field, once, at the end of the stream (in an edit
    form, the first kind: adding to a filled stream works too)."""
    problems, every_kind = [], page.url.endswith(("/add/", "/new/")) or "/add/" in page.url
    streams = page.locator("[data-streamfield-stream-container]")
    for index in range(streams.count()):
        stream = streams.nth(index)
        if not stream.is_visible() or stream.locator(
                "xpath=ancestor::*[@data-streamfield-stream-container]").count():
            continue  # nested streams are reached through their outer block
        blocks = stream.locator(":scope > [data-streamfield-child]")
        # Between the blocks (and at the end) sit the stream's own "insert a block" buttons.
        add = stream.locator(":scope > div:not([data-streamfield-child]) > button.c-sf-add-button")
        add.last.click()
        options = page.locator("[role=option]:visible")
        names = options.all_inner_texts() if every_kind else options.all_inner_texts()[:1]
        page.keyboard.press("Escape")
        for name in names:
            before = blocks.count()
            add.last.click()
            page.locator("[role=option]:visible", has_text=name).first.click()
            try:
                page.wait_for_function(
                    "([stream, before]) => stream.querySelectorAll(':scope > [data-streamfield-child]')"
                    ".length > before", arg=[stream.element_handle(), before], timeout=3000)
            except Exception:  # noqa: BLE001 (reported below)
                problems.append(f"stream block “{name}”: not added")
                continue
            new = blocks.nth(before)
            for list_add in new.locator("button[data-streamfield-list-add]:visible").all()[:3]:
                list_add.click()
    return problems


def _open_choosers(page):
    """Every kind of chooser (page, snippet, image, document…) once: its modal must open."""
    problems, seen = [], set()
    for button in page.locator("[data-chooser-action-choose]:visible").all():
        url = button.evaluate("(b) => (b.closest('[data-chooser-url]') || b).dataset.chooserUrl || ''")
        kind = (url, button.inner_text().strip())
        if kind in seen:
            continue
        seen.add(kind)
        button.scroll_into_view_if_needed()
        button.click()
        modal = page.locator(MODAL)
        try:
            modal.locator(".modal-body").first.wait_for(state="visible", timeout=5000)
            page.wait_for_function(
                "() => document.querySelector('.modal.fade.in .modal-body')"
                ".textContent.trim().length > 20", timeout=5000)
        except Exception:  # noqa: BLE001 (reported below)
            problems.append(f"chooser “{kind[1]}” ({url}): no modal")
            continue
        modal.locator("button[data-dismiss=modal]").first.click()
        modal.wait_for(state="detached", timeout=5000)
    return problems


def _open_date_pickers(page, scope):
    problems = []
    for date_input in scope.locator(DATE_INPUTS).all():
        if not date_input.is_visible():
            continue
        date_input.scroll_into_view_if_needed()
        date_input.click()
        try:
            page.locator(f"{PICKER}:visible").first.wait_for(timeout=3000)
        except Exception:  # noqa: BLE001 (reported below)
            problems.append(f"date picker of #{date_input.get_attribute('id')}: does not open")
            continue
        close_date_picker(page)
    return problems


def close_date_picker(page):
    """The picker closes on a mouse press outside it."""
    page.evaluate("() => { document.activeElement.blur(); document.body.dispatchEvent("
                  "new MouseEvent('mousedown', {bubbles: true})); }")
    page.locator(f"{PICKER}:visible").first.wait_for(state="hidden", timeout=3000)


def _open_publishing_schedule(page):
    """Pages: the status panel's "schedule publishing" dialog and its date pickers."""
    toggle = page.locator("button[data-side-panel-toggle=status]:visible")
    if "/admin/pages/" not in page.url or not toggle.count():
        return []
    toggle.click()
    show = page.locator("button[data-a11y-dialog-show=schedule-publishing-dialog]:visible")
    try:
        show.first.wait_for(timeout=2000)
    except Exception:  # noqa: BLE001
        # A page not saved yet has nothing to schedule; a saved one must offer it.
        return [] if "/add/" in page.url else ["scheduled publishing: no button to set dates"]
    show.first.click()
    dialog = page.locator("#schedule-publishing-dialog")
    try:
        dialog.locator(DATE_INPUTS).first.wait_for(state="visible", timeout=3000)
    except Exception:  # noqa: BLE001 (reported below)
        return ["scheduled publishing: the dialog does not open"]
    problems = _open_date_pickers(page, dialog)
    if len(problems) < 2 and dialog.locator(f"{DATE_INPUTS}:visible").count() < 2:
        problems.append("scheduled publishing: no date to go live and to expire")
    dialog.locator(".w-dialog__close-button").first.click()
    toggle.click()  # the side panel closes
    return problems


def email_problems(page, message):
    """What is wrong with an email as a reader sees it: its HTML part as a browser shows it
    (on a phone: it must fit), and its subject and plain text."""
    from django.utils.html import escape

    problems = []
    html = next((body for body, kind in getattr(message, "alternatives", []) if kind == "text/html"),
                None)
    if html is None:
        problems.append("no HTML part")
    else:
        page.set_content(html)
        found, _parts = page_problems(page, Console(page))
        problems += [f"HTML: {problem}" for problem in found]
        problems += [f"HTML: {problem}" for problem in run_axe(page)]
    page.set_content(f"<pre>{escape(message.subject)}\n\n{escape(message.body)}</pre>")
    found, _parts = page_problems(page, Console(page))
    problems += [f"text: {problem}" for problem in found if not problem.startswith("wider")]
    return problems
