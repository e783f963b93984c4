"""On a 375 px phone: an HR officer changes a person's job and manager, deactivates the
account then reactivates it; the team leader then opens their team and a member's page.
axe-core checks each page."""

import pytest
from playwright.sync_api import expect

from accounts.models import JobRole, Organisation
from tests.factories import UserFactory
from tests.hr.manager import make_manager

from .axe import assert_accessible
from .conftest import LOCALE, TIMEOUT_MS, main_menu
from .sweep import VIEWPORTS
from .test_sessions import log_in_with_totp

HR = "rh@a.test"
WIDTH = 375


@pytest.fixture
def phone(browser):
    contexts = []

    def open_tab():
        context = browser.new_context(locale=LOCALE, **VIEWPORTS["375px"])
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield open_tab
    for context in contexts:
        context.close()


def fits_the_screen(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH, page.url


def test_hr_changes_a_person_then_their_manager_opens_the_team(live_site, phone):
    base = live_site.url
    organisation = Organisation.objects.get(slug="bailleur-a")
    person = UserFactory(organisation=organisation, first_name="Lou", last_name="Martin",
                         email="lou.martin@a.test", job_role=JobRole.CARETAKER)
    boss = make_manager(organisation)

    page = phone()
    log_in_with_totp(page, base, HR)
    page.goto(f"{base}/espace-rh/personnes/{person.pk}/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Lou Martin")
    fits_the_screen(page)
    assert_accessible(page)

    page.get_by_text("Modifier la fiche").click()
    page.get_by_label("Métier").select_option(label="Médiateur·rice")
    page.get_by_label("Encadrant·e").select_option(str(boss.pk))
    assert_accessible(page)
    page.get_by_role("button", name="Enregistrer la fiche").click()
    expect(page.get_by_text("Fiche de Lou Martin enregistrée.")).to_be_visible()
    details = page.locator("dl.details")
    expect(details).to_contain_text("Médiateur·rice")
    expect(details.get_by_role("link", name="Émilie Encadrante")).to_be_visible()
    expect(page.get_by_text("Fiche modifiée : métier, encadrant·e")).to_be_visible()
    fits_the_screen(page)
    assert_accessible(page)

    page.get_by_role("button", name="Désactiver le compte…").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Désactiver le compte de Lou Martin ?")
    fits_the_screen(page)
    assert_accessible(page)
    page.get_by_role("button", name="Désactiver le compte", exact=True).click()
    expect(page.get_by_text("Compte de Lou Martin désactivé")).to_be_visible()
    person.refresh_from_db()
    assert not person.is_active
    assert_accessible(page)
    page.get_by_role("button", name="Réactiver le compte").click()
    expect(page.get_by_text("Compte de Lou Martin réactivé")).to_be_visible()
    person.refresh_from_db()
    assert person.is_active and person.manager == boss and person.job_role == JobRole.MEDIATOR

    page = phone()
    log_in_with_totp(page, base, boss.email)
    main_menu(page).get_by_role("link", name="Mon équipe").click()
    expect(page).to_have_url(f"{base}/espace-rh/mon-equipe/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Mon équipe")
    hr_nav = page.get_by_role("navigation", name="Espace RH")
    expect(hr_nav.get_by_role("link")).to_have_count(1)
    team = page.get_by_role("region", name="Personnes encadrées")
    expect(team.get_by_role("row")).to_have_count(2)  # the header and Lou
    fits_the_screen(page)
    assert_accessible(page)
    team.get_by_role("link", name="Lou Martin").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lou Martin")
    expect(page.get_by_role("heading", name="Formation", exact=True)).to_be_visible()
    fits_the_screen(page)
    assert_accessible(page)
