"""Browser tests: headless Chromium (the system's, never a downloaded one) against Django's
live server, with the test site of tests/content.py.

Every test in this folder is marked `browser`. Without /usr/bin/chromium they are skipped,
unless REPERES_REQUIRE_BROWSER=1 (CI), in which case they fail loudly.
"""

import asyncio
import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
REQUIRE_BROWSER = os.environ.get("REPERES_REQUIRE_BROWSER") == "1"
# The sweep takes about ten minutes on two cores: more than `make test` can give it.
RUN_SWEEP = os.environ.get("REPERES_SWEEP") == "1"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCALE = "fr-FR"
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "is_mobile": True,
    "has_touch": True,
    "device_scale_factor": 2,
}
# Generous for a first page load on a busy CI machine, short enough to fail fast.
TIMEOUT_MS = 10_000

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    """Mark everything under tests/browser `browser`; skip it (or fail, in CI) without Chromium.
    The sweep runs only when asked for (`make sweep`, CI's own step after `make test`)."""
    browser_items = [item for item in items if HERE in item.path.resolve().parents]
    for item in browser_items:
        item.add_marker(pytest.mark.browser)
        if "sweep" in item.keywords and not RUN_SWEEP:
            item.add_marker(pytest.mark.skip(
                reason="the page sweep runs as its own step: `make sweep` (CI runs it)"))
    if CHROMIUM.exists() or REQUIRE_BROWSER:
        return
    skip = pytest.mark.skip(reason="Chromium not installed: apt-get install chromium")
    for item in browser_items:
        item.add_marker(skip)


def _missing_chromium():
    return (f"REPERES_REQUIRE_BROWSER=1 but {CHROMIUM} is missing: apt-get install chromium"
            if REQUIRE_BROWSER and not CHROMIUM.exists() else "")


def pytest_runtest_setup(item):
    """In CI, a missing Chromium fails each browser test at once, before any set-up."""
    if "browser" in item.keywords and _missing_chromium():
        pytest.fail(_missing_chromium(), pytrace=False)


@pytest.fixture(scope="package")
def browser(django_db_setup):
    """One Chromium for the browser tests, closed after the last of them.

    Package-scoped rather than session-scoped: while Playwright's sync API is active it marks
    an event loop as running in this thread, which the rest of the suite must not inherit.
    """
    if _missing_chromium():
        pytest.fail(_missing_chromium(), pytrace=False)
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in the test thread; Django would then refuse ORM
    # calls made from that thread (fixtures, mail checks) with SynchronousOnlyOperation. Set
    # for the browser tests only: subprocesses of other tests (`check --deploy`) inherit it.
    previous_async_unsafe = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

    # The thread's database connections, as the test database set-up left them (for SQLite in
    # memory, the one holding the data; with the snapshot for serialized rollbacks).
    thread_connections = {alias: connections[alias] for alias in connections}
    with sync_playwright() as playwright:
        # From here on an event loop counts as running in this thread, and Django then looks
        # connections up per async context, not per thread: it would open new connection
        # objects, without the rollback snapshot. Hand that context the thread's connections.
        for alias, connection in thread_connections.items():
            connections[alias] = connection
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()
    if previous_async_unsafe is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous_async_unsafe
    assert asyncio._get_running_loop() is None, "Playwright left an event loop marked running"


def main_menu(page, name="Navigation principale"):
    """The header's main navigation. On a phone it sits behind the "Menu" toggle: open it."""
    toggle = page.locator(".site-header .site-menu > summary")
    if toggle.is_visible() and not page.locator(".site-header .site-menu[open]").count():
        toggle.click()
    return page.get_by_role("navigation", name=name)


def _new_page(browser, **options):
    context = browser.new_context(locale=LOCALE, **options)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    return context, page


@pytest.fixture
def page(browser):
    """A desktop browser tab (1280×900), French, with its own cookies."""
    context, page = _new_page(browser, **DESKTOP)
    yield page
    context.close()


@pytest.fixture
def phone_page(browser):
    """A phone browser tab (390×844, touch, 2× pixels), French, with its own cookies."""
    context, page = _new_page(browser, **PHONE)
    yield page
    context.close()


@pytest.fixture
def live_site(_shared_data_snapshot, transactional_db, django_db_serialized_rollback,
              live_server, settings):
    """The live server, serving the test site of tests/content.py; the links in emails,
    calendars and QR codes point at it, as they point at BASE_URL in production.

    The live server runs in another thread, so the data must be committed: hence
    `transactional_db` (requested before anything that would take `db`). Such a test empties
    the database when it ends, Wagtail's root page included; the serialized rollback puts the
    snapshot back before the next one.
    """
    from tests import content

    content.build()  # builds only if missing: the shared test data already hold the test site
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    return live_server
