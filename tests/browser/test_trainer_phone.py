"""The trainer in the room, on a 320 and a 375 px phone: marks three people without the page
reloading, taps "Tous présents", reads the counts; shows the check-in screen (no header, the
QR code and the code to type); a learner types the code on their own phone and appears in
the screen's live list. axe-core checks each page. Without JavaScript, the buttons still work."""

import re
import time
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import Organisation
from tests.factories import UserFactory

from .axe import assert_accessible
from .conftest import LOCALE, TIMEOUT_MS
from .sweep import session_cookie

LEARNER = "apprenant@a.test"
TRAINER = "formateur@equipe.test"
WIDTHS = [320, 375]
HEIGHT = {320: 568, 375: 667}


def running_session(names):
    """A session running now, run by the shared trainer, with `names` holding a seat
    (committed: the live server runs in another thread)."""
    from scheduling import services
    from scheduling.models import AwarenessSession, Registration, TimeSlot

    start = (timezone.now() - timedelta(hours=1)).replace(second=0, microsecond=0)
    session = AwarenessSession.objects.create(
        title="Sensibilisation du jour", capacity=20, place_name="Salle polyvalente",
        address="12 rue de Tolbiac, 75013 Paris")
    TimeSlot.objects.create(session=session, starts_at=start, ends_at=start + timedelta(hours=3),
                            sort_order=0)
    session.trainers.set([get_user_model().objects.get(email=TRAINER)])
    session.save()
    services.update_span(session)
    organisation = Organisation.objects.get(slug="bailleur-a")
    for first_name, last_name in names:
        person = UserFactory(first_name=first_name, last_name=last_name,
                             email=f"{first_name.lower()}.{last_name.lower()}@a.test",
                             organisation=organisation)
        Registration.objects.create(session=session, user=person)
    session.refresh_from_db()
    return session


def phone(browser, base, width, email, *, javascript=True):
    context = browser.new_context(
        locale=LOCALE, viewport={"width": width, "height": HEIGHT[width]}, is_mobile=True,
        has_touch=True, device_scale_factor=2, java_script_enabled=javascript)
    context.set_default_timeout(TIMEOUT_MS)
    context.add_cookies([{"name": "sessionid", "value": session_cookie(email), "url": base}])
    return context, context.new_page()


def row(page, name):
    return page.locator(".attendance__row", has_text=name)


def count(page, status):
    return page.locator(f".attendance-counts [data-count='{status}']")


def assert_buttons_fit(page, width):
    """Three buttons side by side in each row, inside the screen, 44 px and more, their
    words whole."""
    boxes = page.locator(".attendance__buttons").evaluate_all("""(forms) => forms.map((form) =>
      [...form.querySelectorAll("button")].map((b) => {
        const r = b.getBoundingClientRect();
        return {left: r.left, right: r.right, top: r.top, width: r.width, height: r.height,
                clipped: b.scrollWidth > b.clientWidth + 1};
      }))""")
    assert boxes
    for buttons in boxes:
        assert len(buttons) == 3
        assert len({round(b["top"]) for b in buttons}) == 1, buttons  # side by side
        for b in buttons:
            assert b["left"] >= 0 and b["right"] <= width, (width, b)
            assert b["width"] >= 44 and b["height"] >= 44, (width, b)
            assert not b["clipped"], (width, b)
    assert page.evaluate("document.documentElement.scrollWidth") <= width


@pytest.mark.parametrize("width", WIDTHS)
def test_the_trainer_marks_the_room_and_a_learner_types_the_code(live_site, browser, width):
    from scheduling.models import Attendance, Registration

    session = running_session([("Awa", "Diallo"), ("Bruno", "Martin"), ("Chantal", "Petit"),
                               ("Dimitri", "Roux"), ("Emile", "Zola")])
    base = live_site.url
    trainer_context, page = phone(browser, base, width, TRAINER)
    page.goto(f"{base}/formateur/sessions/{session.pk}/")
    expect(page.get_by_role("heading", level=2).first).to_have_text(
        "Présences : 0 sur 5 inscrit·es")
    expect(count(page, "unmarked")).to_have_text("5")
    assert_buttons_fit(page, width)
    assert_accessible(page)

    # Three people marked with a tap each; the page stays where it is.
    navigations = []
    page.on("framenavigated", lambda frame: navigations.append(frame.url)
            if frame == page.main_frame else None)
    page.evaluate("window.__sameDocument = true")
    for name, label in (("Awa Diallo", "Présent·e"), ("Bruno Martin", "Absent·e"),
                        ("Chantal Petit", "Excusé·e")):
        button = row(page, name).get_by_role("button", name=re.compile(f"^{label}"))
        button.tap()
        expect(button).to_have_attribute("aria-pressed", "true")
        others = row(page, name).locator("button[aria-pressed='true']")
        expect(others).to_have_count(1)
    expect(count(page, "present")).to_have_text("1")
    expect(count(page, "absent")).to_have_text("1")
    expect(count(page, "excused")).to_have_text("1")
    expect(count(page, "unmarked")).to_have_text("2")
    expect(page.get_by_role("heading", level=2).first).to_have_text(
        "Présences : 1 sur 5 inscrit·es")
    # The chosen button shows it without colour too: a tick before its word, bolder.
    pressed = row(page, "Awa Diallo").locator("button[aria-pressed='true']")
    assert pressed.evaluate("(b) => getComputedStyle(b, '::before').content").startswith('"✓"')
    assert int(pressed.evaluate("(b) => getComputedStyle(b).fontWeight")) > int(
        row(page, "Awa Diallo").locator("button[aria-pressed='false']").first.evaluate(
            "(b) => getComputedStyle(b).fontWeight"))
    assert_buttons_fit(page, width)
    assert_accessible(page)

    # Everyone not marked yet, in one tap: the absence and the excuse stay.
    page.get_by_role("button", name="Tous présents").tap()
    expect(count(page, "present")).to_have_text("3")
    expect(count(page, "unmarked")).to_have_text("0")
    expect(count(page, "absent")).to_have_text("1")
    expect(page.get_by_role("button", name="Tous présents")).to_be_hidden()
    expect(row(page, "Dimitri Roux").get_by_role("button", name=re.compile("^Présent·e"))
           ).to_have_attribute("aria-pressed", "true")
    expect(page.locator("[data-attendance-status]")).to_have_text(
        "Tous présents : 2 personnes notées présentes.")
    assert page.evaluate("window.__sameDocument") is True
    assert navigations == []
    assert_accessible(page)
    marks = dict(Attendance.objects.filter(registration__session=session).values_list(
        "registration__user__last_name", "status"))
    assert marks == {"Diallo": "present", "Martin": "absent", "Petit": "excused",
                     "Roux": "present", "Zola": "present"}
    # A registered learner arrives late, when the code is up.
    Registration.objects.create(session=session, user=get_user_model().objects.get(email=LEARNER))

    # The check-in screen: nothing but the code, the code to type, and who checked in.
    page.get_by_role("link", name="Afficher le QR code de pointage").tap()
    expect(page).to_have_url(re.compile(rf"/formateur/sessions/{session.pk}/qr/\?creneau=\d+$"))
    expect(page.locator(".site-header")).to_have_count(0)
    expect(page.locator(".site-footer")).to_have_count(0)
    expect(page.get_by_role("banner")).to_have_count(0)
    qr = page.locator(".checkin-screen__qr svg")
    expect(qr).to_be_visible()
    box = qr.bounding_box()
    assert box["width"] >= width - 40, box  # as wide as the phone allows
    assert box["y"] + box["height"] <= HEIGHT[width], box  # whole on the first screen
    code = page.locator("[data-code]")
    expect(code).to_be_visible()
    expect(code).to_have_text(re.compile(r"^[A-HJ-NP-Z2-9]{3} [A-HJ-NP-Z2-9]{3}$"))
    code_box = code.bounding_box()
    assert code_box["x"] >= 0 and code_box["x"] + code_box["width"] <= width, code_box
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    # Nothing lies over the code.
    covering = qr.evaluate("""(svg) => {
      const r = svg.getBoundingClientRect();
      const points = [[.1, .1], [.5, .5], [.9, .9], [.1, .9], [.9, .1]];
      return points.map(([x, y]) => document.elementFromPoint(r.left + r.width * x,
                                                             r.top + r.height * y))
        .filter((element) => !svg.contains(element)).map((element) => element.outerHTML);
    }""")
    assert covering == []
    expect(page.get_by_role("heading", level=2)).to_have_text("Présences : 3 sur 6 inscrit·es")
    assert_accessible(page)

    # The learner, on their own phone, types the code shown under the QR code. (One browser
    # shows one page at a time: the page in front is the phone in hand, the other one's
    # timers are paused.)
    page.evaluate("window.__sameScreen = true")
    learner_context, phone_page = phone(browser, base, width, LEARNER)
    phone_page.goto(f"{base}/sessions/{session.pk}/")
    phone_page.get_by_role("link", name="Signaler ma présence").tap()
    expect(phone_page).to_have_url(f"{base}/sessions/{session.pk}/pointage/")
    assert_accessible(phone_page)
    if int(time.time()) % 60 > 50:  # the code is about to change: the screen shows the next
        shown = code.text_content()
        time.sleep(61 - int(time.time()) % 60)
        page.bring_to_front()
        expect(code).not_to_have_text(shown, timeout=15_000)
        phone_page.bring_to_front()
    phone_page.get_by_label("Code affiché par le formateur").fill(code.text_content().lower())
    phone_page.get_by_role("button", name="Je suis présent·e").tap()
    expect(phone_page.get_by_role("status")).to_contain_text(
        "C'est noté : vous êtes marqué·e présent·e.")
    assert_accessible(phone_page)
    learner_context.close()

    # ...and appears on the trainer's screen, without a reload.
    page.bring_to_front()
    learner_name = get_user_model().objects.get(email=LEARNER).get_full_name()
    expect(page.locator("[data-people]")).to_contain_text(learner_name, timeout=15_000)
    expect(page.locator("[data-people] li", has_text=learner_name)).to_contain_text("code tapé")
    expect(page.get_by_role("heading", level=2)).to_have_text("Présences : 4 sur 6 inscrit·es")
    assert page.evaluate("window.__sameScreen") is True
    assert Attendance.objects.get(registration__session=session,
                                  registration__user__email=LEARNER).method == "code"

    # Closing asks first, saying who is not marked.
    page.get_by_role("link", name="Retour à la liste de présence").tap()
    page.get_by_role("link", name="Clôturer la session…").tap()
    expect(page.get_by_role("heading", level=1)).to_have_text("Clôturer la session ?")
    expect(page.get_by_text("Tout le monde est pointé.")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert_accessible(page)
    trainer_context.close()


def test_without_javascript_the_buttons_still_mark(live_site, browser):
    """(axe-core needs JavaScript: the same pages are checked with it above and in the
    sweep.)"""
    from scheduling.models import Attendance

    session = running_session([("Awa", "Diallo"), ("Bruno", "Martin")])
    context, page = phone(browser, live_site.url, 320, TRAINER, javascript=False)
    page.goto(f"{live_site.url}/formateur/sessions/{session.pk}/")
    row(page, "Bruno Martin").get_by_role("button", name=re.compile("^Absent·e")).tap()
    expect(page).to_have_url(re.compile(rf"/formateur/sessions/{session.pk}/\?creneau=\d+"))
    expect(row(page, "Bruno Martin").get_by_role("button", name=re.compile("^Absent·e"))
           ).to_have_attribute("aria-pressed", "true")
    expect(count(page, "absent")).to_have_text("1")
    page.get_by_role("button", name="Tous présents").tap()
    expect(page.get_by_text("Tous présents : 1 personne notée présente.")).to_be_visible()
    expect(count(page, "present")).to_have_text("1")
    # Closing asks first, on a page of its own.
    page.get_by_role("link", name="Clôturer la session…").tap()
    expect(page.get_by_role("heading", level=1)).to_have_text("Clôturer la session ?")
    expect(page.get_by_text("Tout le monde est pointé.")).to_be_visible()
    page.get_by_role("button", name="Clôturer et délivrer les attestations").tap()
    expect(page.get_by_text("Session clôturée")).to_be_visible()
    assert Attendance.objects.filter(registration__session=session).count() == 2
    # The check-in screen without the script: "Rafraîchir" reloads it.
    page.goto(f"{live_site.url}/formateur/sessions/{session.pk}/qr/")
    expect(page.get_by_role("link", name="Rafraîchir")).to_be_visible()
    expect(page.locator("[data-code]")).to_be_visible()
    context.close()
