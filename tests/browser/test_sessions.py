"""Awareness sessions in the browser: a caretaker registers on a phone and cancels, another
lands on the waiting list of a full session, and a trainer takes attendance in the room,
shows the check-in QR code, closes the session and corrects a presence (revoking a
certificate, after confirming). axe-core checks each kind of page."""

import re
import time
from datetime import timedelta

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from allauth.mfa.utils import decrypt
from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import Organisation
from tests.factories import UserFactory

from .axe import assert_accessible
from .conftest import main_menu
from .test_learner_module import log_in

LEARNER = "apprenant@a.test"
TRAINER = "formateur@equipe.test"


def create_session(title, *, capacity=10, starts_in=timedelta(days=10), hours=3):
    """A scheduled session with one slot, run by the shared trainer, committed at once (the
    live server runs in another thread)."""
    from scheduling import services
    from scheduling.models import AwarenessSession, TimeSlot

    start = (timezone.now() + starts_in).replace(second=0, microsecond=0)
    session = AwarenessSession.objects.create(
        title=title, topic="Repérer les signaux faibles dans le logement",
        capacity=capacity, place_name="Salle polyvalente", address="12 rue de Tolbiac, 75013 Paris")
    TimeSlot.objects.create(session=session, starts_at=start,
                            ends_at=start + timedelta(hours=hours), sort_order=0)
    # A ParentalManyToManyField: set in memory, written to the database by save().
    session.trainers.set([get_user_model().objects.get(email=TRAINER)])
    session.save()
    services.update_span(session)
    session.refresh_from_db()
    return session


def person(first_name, last_name):
    return UserFactory(first_name=first_name, last_name=last_name,
                       email=f"{first_name.lower()}.{last_name.lower()}@a.test",
                       organisation=Organisation.objects.get(slug="bailleur-a"))


def header_nav(page):
    return main_menu(page)


def current_totp_code(email):
    authenticator = Authenticator.objects.get(user__email=email, type=Authenticator.Type.TOTP)
    secret = decrypt(authenticator.data["secret"])
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def log_in_with_totp(page, base, email):
    """Staff roles have a second factor: password, then the code of their authenticator app."""
    log_in(page, base, email)
    expect(page).to_have_url(f"{base}/compte/2fa/authenticate/")
    code = page.locator("input[name='code']")
    # A code drawn in the last seconds of its 30-second period may expire on the way.
    if int(time.time()) % 30 > 26:
        time.sleep(4)
    code.fill(current_totp_code(email))
    code.press("Enter")
    expect(page).not_to_have_url(re.compile(r"/compte/(login|2fa)/"))


def my_registration(page):
    return page.get_by_role("region", name="Mon inscription")


def test_learner_registers_then_cancels_on_a_phone(live_site, phone_page):
    from scheduling.models import Registration

    session = create_session("Sensibilisation du 13e : repérer et orienter")
    page, base = phone_page, live_site.url
    log_in(page, base, LEARNER)

    header_nav(page).get_by_role("link", name="Sessions", exact=True).click()
    expect(page).to_have_url(f"{base}/sessions/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sessions de sensibilisation")
    card = page.locator(".card", has_text=session.title)
    expect(card.get_by_text("10 places restantes")).to_be_visible()
    assert_accessible(page)

    card.get_by_role("link", name=session.title).click()
    expect(page).to_have_url(f"{base}/sessions/{session.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text(session.title)
    expect(my_registration(page).get_by_text("10 places restantes.")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("button", name="M'inscrire", exact=True).click()
    expect(page.get_by_text("Vous êtes inscrit·e. Une confirmation vous a été envoyée par "
                            "e-mail.")).to_be_visible()
    expect(my_registration(page).get_by_text("Inscrit·e", exact=True)).to_be_visible()
    expect(my_registration(page).get_by_role("link", name="Ajouter à mon agenda (.ics)")
           ).to_be_visible()
    assert_accessible(page)

    # "Mes sessions" lists the registration, and leads back to the session.
    page.get_by_role("link", name="Sessions", exact=True).first.click()
    page.get_by_role("link", name="Mes sessions et mon agenda").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mes sessions")
    row = page.get_by_role("row", name=re.compile(re.escape(session.title)))
    expect(row.get_by_text("Inscrit·e", exact=True)).to_be_visible()
    assert_accessible(page)

    row.get_by_role("link", name=session.title).click()
    page.get_by_role("button", name="Annuler mon inscription").click()
    expect(page.get_by_text("Votre inscription est annulée.")).to_be_visible()
    expect(page.get_by_role("button", name="M'inscrire", exact=True)).to_be_visible()
    expect(my_registration(page).get_by_text("Inscrit·e", exact=True)).to_have_count(0)
    registration = Registration.objects.get(session=session, user__email=LEARNER)
    assert registration.status == Registration.Status.CANCELLED


def test_learner_joins_the_waiting_list_of_a_full_session(live_site, phone_page):
    from scheduling import services
    from scheduling.models import Registration

    session = create_session("Sensibilisation complète", capacity=1)
    services.register(session, person("Chantal", "Premiere"))
    page, base = phone_page, live_site.url
    log_in(page, base, LEARNER)

    page.goto(f"{base}/sessions/{session.pk}/")
    expect(my_registration(page).get_by_text(
        "La session est complète : vous pouvez vous inscrire sur la liste d'attente.")
    ).to_be_visible()
    page.get_by_role("button", name="M'inscrire sur la liste d'attente").click()

    expect(page.get_by_text("La session est complète : vous êtes sur la liste d'attente, en "
                            "position 1.")).to_be_visible()
    expect(my_registration(page).get_by_text("En liste d'attente", exact=True)).to_be_visible()
    expect(my_registration(page).get_by_text("Vous êtes en position 1 sur la liste d'attente")
           ).to_be_visible()
    expect(page.get_by_role("button", name="Quitter la liste d'attente")).to_be_visible()
    assert_accessible(page)
    registration = Registration.objects.get(session=session, user__email=LEARNER)
    assert registration.status == Registration.Status.WAITING


def test_trainer_takes_attendance_shows_the_qr_code_and_closes(live_site, page):
    from certificates.models import Certificate
    from scheduling.models import Registration

    session = create_session("Sensibilisation en cours", starts_in=timedelta(hours=-1))
    present, absent = person("Awa", "Diallo"), person("Bruno", "Martin")
    for registrant in (present, absent):
        Registration.objects.create(session=session, user=registrant)
    base = live_site.url
    log_in_with_totp(page, base, TRAINER)

    header_nav(page).get_by_role("link", name="Animer").click()
    expect(page).to_have_url(f"{base}/formateur/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mes sessions à animer")
    row = page.get_by_role("row", name=re.compile(re.escape(session.title)))
    expect(row.get_by_role("cell", name="2 / 10")).to_be_visible()
    row.get_by_role("link", name=session.title).click()

    expect(page).to_have_url(f"{base}/formateur/sessions/{session.pk}/")
    counts = page.get_by_role("heading", level=2).first
    expect(counts).to_have_text(re.compile(r"^Présences : 0 sur 2 inscrit·es$"))
    assert_accessible(page)

    def mark(name, status):
        row = page.locator(".attendance__row", has_text=name)
        row.get_by_role("button", name=re.compile(f"^{status}")).click()
        expect(page.locator(".attendance__row", has_text=name).get_by_role(
            "button", name=re.compile(f"^{status}"))).to_have_attribute("aria-pressed", "true")

    mark("Awa Diallo", "Présent·e")
    # The state shows: the pressed button is filled, the others are outlined on white.
    buttons = page.locator(".attendance__row", has_text="Awa Diallo").get_by_role("button")
    backgrounds = buttons.evaluate_all(
        "(buttons) => buttons.map((b) => [b.getAttribute('aria-pressed'),"
        " getComputedStyle(b).backgroundColor])")
    assert {pressed for pressed, _ in backgrounds} == {"true", "false"}
    assert {colour for pressed, colour in backgrounds if pressed == "false"} == {"rgb(255, 255, 255)"}
    assert "rgb(255, 255, 255)" not in {colour for pressed, colour in backgrounds if pressed == "true"}
    expect(counts).to_have_text(re.compile(r"^Présences : 1 sur 2 inscrit·es$"))
    mark("Bruno Martin", "Absent·e")
    expect(counts).to_have_text(re.compile(r"^Présences : 1 sur 2 inscrit·es$"))
    # Each row says its state by its pressed button (the page no longer repeats it in a badge).
    for name, status in (("Awa Diallo", "Présent·e"), ("Bruno Martin", "Absent·e")):
        expect(page.locator(".attendance__row", has_text=name).locator(
            "button[aria-pressed='true']")).to_have_text(re.compile(f"^{status}"))
    assert_accessible(page)

    # The QR code for learners to check themselves in, drawn as an SVG.
    page.get_by_role("link", name="Afficher le QR code de pointage").click()
    expect(page).to_have_url(re.compile(rf"/formateur/sessions/{session.pk}/qr/\?creneau=\d+$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Scannez pour signaler votre présence")
    expect(page.locator(".qr-code svg")).to_be_visible()
    expect(page.locator(".qr-code svg title")).to_have_text("QR code de pointage")
    assert_accessible(page)

    page.get_by_role("link", name="Retour à la liste de présence").click()
    # Closing asks first.
    page.get_by_role("link", name="Clôturer la session…").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Clôturer la session ?")
    page.get_by_role("button", name="Clôturer et délivrer les attestations").click()
    expect(page.get_by_text("Session clôturée : les attestations de présence sont "
                            "délivrées.")).to_be_visible()
    expect(page.get_by_role("link", name="Clôturer la session…")).to_have_count(0)

    session.refresh_from_db()
    assert session.status == session.Status.CLOSED
    assert Registration.objects.get(session=session, user=present).status == \
        Registration.Status.ATTENDED
    assert Registration.objects.get(session=session, user=absent).status == \
        Registration.Status.ABSENT
    certificate = Certificate.objects.get(recipient=present, kind=Certificate.Kind.SESSION,
                                          subject_id=session.pk)
    assert certificate.snapshot["title"] == session.title
    assert not Certificate.objects.filter(recipient=absent, kind=Certificate.Kind.SESSION).exists()

    # Corrected to absent after the closing: the trainer reads that the certificate will be
    # revoked, and why, before anything is saved; then the verification page says so.
    page.locator(".attendance__row", has_text="Awa Diallo").get_by_role(
        "button", name=re.compile("^Absent·e")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirmer la correction")
    expect(page.get_by_role("alert")).to_contain_text("son attestation de présence sera révoquée")
    expect(page.get_by_role("alert")).to_contain_text("Présence corrigée par le formateur")
    assert_accessible(page)
    certificate.refresh_from_db()
    assert certificate.is_valid
    page.get_by_role("button", name="Confirmer et révoquer l'attestation").click()
    expect(page.get_by_text("Présence corrigée : l'attestation de Awa Diallo est révoquée.")
           ).to_be_visible()
    page.goto(f"{base}/verifier/{certificate.code}/")
    expect(page.get_by_text("Attestation révoquée.")).to_be_visible()
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.REVOKED
