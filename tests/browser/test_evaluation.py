"""Questionnaires in the browser at 375 px: a learner answers the "before" questionnaire of a
session (an incomplete send keeps the answers), and a trainer reads their session's results.
axe-core checks both pages."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect

from .axe import assert_accessible
from .test_learner_module import log_in
from .test_sessions import TRAINER, create_session, log_in_with_totp

LEARNER = "apprenant@a.test"
NARROW = {"viewport": {"width": 375, "height": 812}, "device_scale_factor": 2,
          "is_mobile": True, "has_touch": True, "locale": "fr-FR"}
SHOTS = "/tmp"


def _questionnaire():
    from tests.evaluation.conftest import make_questionnaire

    return make_questionnaire("navigateur")


def _no_overflow(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= 375


def test_learner_answers_before_a_session_on_a_phone(live_site, browser):
    from evaluation.models import Response
    from scheduling import services

    _questionnaire()
    session = create_session("Session avec questionnaire")
    services.register(session, get_user_model().objects.get(email=LEARNER))
    context = browser.new_context(**NARROW)
    page = context.new_page()
    base = live_site.url
    log_in(page, base, LEARNER)
    page.goto(base + "/compte/")
    page.get_by_role("link", name="Avant « Session avec questionnaire »").click()
    expect(page.get_by_text("ni votre employeur ni les formateurs ne peuvent les relier à vous",
                            exact=False).first).to_be_visible()
    page.get_by_label("Vrai").check()
    page.get_by_role("button", name="Envoyer mes réponses").click()
    expect(page.get_by_text("Une réponse est à compléter", exact=False)).to_be_visible()
    expect(page.get_by_label("Vrai")).to_be_checked()  # the answer given is kept
    page.screenshot(path=f"{SHOTS}/eval-learner-error.png", full_page=True)
    assert_accessible(page)
    _no_overflow(page)
    page.get_by_label("La première lettre du prénom de votre mère").fill("M")
    page.get_by_label("Votre jour de naissance (de 1 à 31)").fill("12")
    page.get_by_label("Les deux premières lettres de votre ville de naissance").fill("PA")
    page.get_by_label("Non", exact=True).check()
    page.locator("fieldset#item-3").get_by_label("4").check()
    page.locator("fieldset#item-4").get_by_label("2").check()
    page.get_by_role("button", name="Envoyer mes réponses").click()
    expect(page.get_by_text("Vos réponses sont enregistrées", exact=False)).to_be_visible()
    page.screenshot(path=f"{SHOTS}/eval-learner-done.png", full_page=True)
    assert Response.objects.count() == 1
    context.close()


def test_trainer_reads_the_results_of_a_session_on_a_phone(live_site, browser):
    from evaluation import services
    from evaluation.models import Moment, Response
    from scheduling.models import AwarenessSession
    from tests.evaluation.conftest import answers_for

    questionnaire = _questionnaire()
    version = services.current_version(questionnaire)
    session = create_session("Session passée", starts_in=timedelta(days=-3))
    AwarenessSession.objects.filter(pk=session.pk).update(
        status=AwarenessSession.Status.CLOSED, closed_at=timezone.now())
    rows = []
    for n in range(6):
        for moment, confidence, right in ((Moment.BEFORE, 2, (n % 2 == 0, False)),
                                          (Moment.AFTER, 3 + n % 3, (True, n % 3 != 0))):
            rows.append(Response(version=version, moment=moment, subject_kind="session",
                                 subject_id=session.pk, pair_code_hash=f"code{n}",
                                 answered_on=timezone.localdate(),
                                 answers=answers_for(version, confidence=confidence,
                                                     right=right, attitude=3 - n % 2)))
    Response.objects.bulk_create(rows)
    context = browser.new_context(**NARROW)
    page = context.new_page()
    base = live_site.url
    log_in_with_totp(page, base, TRAINER)
    page.goto(f"{base}/formateur/sessions/{session.pk}/evaluation/")
    expect(page.get_by_role("heading", name="Ce que la session a changé")).to_be_visible()
    expect(page.get_by_role("img", name="Avant et après, par dimension").first).to_be_attached()
    page.screenshot(path=f"{SHOTS}/eval-trainer-results.png", full_page=True)
    assert_accessible(page)
    _no_overflow(page)
    context.close()
