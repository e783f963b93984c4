"""HR pages: counts agree with their noun for one and for two ("1 fiche mise à jour",
"2 fiches mises à jour"), and hours of presence read "3 h" and "5 h 30" alike."""

from decimal import Decimal
from html import unescape

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django.utils.html import strip_tags

from accounts.models import ImportBatch, JobRole
from accounts.roles import Role
from courses.models import ModulePage, ModuleProgress
from scheduling.models import Registration
from tests.factories import OrganisationFactory, UserFactory
from tests.scheduling.conftest import create_session


def text(response):
    return " ".join(unescape(strip_tags(response.content.decode())).replace("\u00a0", " ")
                    .split())


@pytest.fixture
def small_org(db, site):
    organisation = OrganisationFactory(name="Bailleur D", slug="bailleur-d")
    hr = UserFactory(email="rh@d.test", organisation=organisation, job_role=JobRole.MANAGER,
                     roles=[Role.HR, Role.LEARNER], totp=True)
    return organisation, hr


def test_dashboard_figures_agree_with_one_and_two_people(client, small_org):
    organisation, hr = small_org
    client.force_login(hr)
    page = text(client.get("/espace-rh/tableau-de-bord/"))
    assert "1 personne " in page and "1 personnes" not in page
    learner = UserFactory(email="g@d.test", organisation=organisation)
    ModuleProgress.objects.create(user=learner, module=ModulePage.objects.live().first(),
                                  completed_at=timezone.now())
    page = text(client.get("/espace-rh/tableau-de-bord/"))
    assert "2 personnes" in page
    assert "1 a terminé au moins un module (50 %)" in page


def upload(rows):
    lines = ["Prénom;Nom;E-mail;Métier;Site/Agence;Matricule", *[";".join(r) for r in rows]]
    return SimpleUploadedFile("personnel.csv", "\r\n".join(lines).encode())


def test_import_preview_agrees_with_one_and_two_rows(client, small_org):
    organisation, hr = small_org
    UserFactory(email="a@d.test", first_name="Anne", last_name="Un", organisation=organisation,
                job_role=JobRole.CARETAKER)
    UserFactory(email="b@d.test", first_name="Bruno", last_name="Deux",
                organisation=organisation, job_role=JobRole.CARETAKER)
    client.force_login(hr)
    # One update (Anne changes site), two new people, two rows in error.
    client.post("/espace-rh/import/", {"file": upload([
        ["Anne", "Un", "a@d.test", "gardien", "Nord", ""],
        ["Céline", "Trois", "c@d.test", "gardien", "", ""],
        ["Denis", "Quatre", "d@d.test", "gardien", "", ""],
        ["Eve", "Erreur", "pas-une-adresse", "gardien", "", ""],
        ["Fred", "Erreur", "", "gardien", "", ""]])})
    batch = ImportBatch.objects.latest("pk")
    page = text(client.get(f"/espace-rh/import/{batch.pk}/"))
    assert "2 nouvelles personnes (invitées)" in page
    assert "1 fiche mise à jour" in page and "1 fiches" not in page
    assert "2 lignes en erreur (laissées de côté)" in page
    client.post("/espace-rh/import/", {"file": upload([
        ["Anne", "Un", "a@d.test", "gardien", "Sud", ""],
        ["Bruno", "Deux", "b@d.test", "gardien", "Sud", ""],
        ["Céline", "Trois", "c@d.test", "gardien", "", ""],
        ["Eve", "Erreur", "pas-une-adresse", "gardien", "", ""]])})
    batch = ImportBatch.objects.latest("pk")
    page = text(client.get(f"/espace-rh/import/{batch.pk}/"))
    assert "1 nouvelle personne (invitée)" in page
    assert "2 fiches mises à jour" in page
    assert "1 ligne en erreur (laissée de côté)" in page


def test_person_page_writes_every_presence_in_hours_and_minutes(client, org_c):
    three, five_and_a_half = create_session(), create_session(title="Une journée")
    for session, hours in ((three, "3"), (five_and_a_half, "5.50")):
        Registration.objects.create(session=session, user=org_c.g1, status="attended",
                                    hours_attended=Decimal(hours))
    client.force_login(org_c.hr)
    page = text(client.get(f"/espace-rh/personnes/{org_c.g1.pk}/"))
    sessions = page.split("Heures de présence", 1)[1]
    assert "3 h" in sessions and "5 h 30" in sessions
    assert "5,50" not in sessions and "5,5" not in sessions
