"""An HR officer imports a staff file, checks the preview, confirms it, filters the dashboard
and downloads the completion export. axe-core checks each page."""

import csv
import io
import re

from django.core import mail
from playwright.sync_api import expect

from accounts.models import Invitation

from .axe import assert_accessible
from .test_sessions import log_in_with_totp

HR = "rh@a.test"
STAFF_FILE = (
    "Prénom;Nom;E-mail;Métier;Site/Agence;Matricule\r\n"
    "Élodie;Martin;elodie.martin@a.test;Gardienne;Agence Est;M001\r\n"
    "Karim;Benali;karim.benali@a.test;médiateur;Agence Ouest;\r\n"
    "Bob;Erreur;pas-une-adresse;gardien;;\r\n"
).encode("cp1252")


def test_hr_imports_staff_filters_the_dashboard_and_exports(live_site, page):
    base = live_site.url
    log_in_with_totp(page, base, HR)

    page.goto(base + "/espace-rh/")
    hr_nav = page.get_by_role("navigation", name="Espace RH")
    hr_nav.get_by_role("link", name="Importer").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Importer le personnel")
    assert_accessible(page)
    page.get_by_label("Fichier du personnel (CSV ou Excel .xlsx)").set_input_files(
        files=[{"name": "personnel.csv", "mimeType": "text/csv", "buffer": STAFF_FILE}])
    page.get_by_role("button", name="Vérifier le fichier").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Vérifier l'import")
    rows = page.get_by_role("region", name="Détail ligne par ligne")
    expect(rows.get_by_role("row", name="Élodie Martin")).to_contain_text("Nouveau")
    expect(rows.get_by_role("row", name="Bob Erreur")).to_contain_text(
        "adresse e-mail invalide « pas-une-adresse »")
    assert not Invitation.objects.filter(email="elodie.martin@a.test").exists()
    assert_accessible(page)
    page.get_by_role("button", name="Confirmer et appliquer l'import").click()
    expect(page.get_by_text("Import appliqué : 2 invitations envoyées")).to_be_visible()
    assert re.search(r"/espace-rh/import/\d+/$", page.url)  # the batch's page, with its result
    assert_accessible(page)
    assert set(Invitation.objects.filter(email__endswith="@a.test", organisation__slug="bailleur-a")
               .values_list("email", flat=True)) >= {"elodie.martin@a.test",
                                                     "karim.benali@a.test"}
    assert {m.to[0] for m in mail.outbox} >= {"elodie.martin@a.test", "karim.benali@a.test"}

    hr_nav.get_by_role("link", name="Tableau de bord").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Tableau de bord de la formation")
    assert_accessible(page)
    filters = page.get_by_role("form", name="Filtrer le personnel")
    filters.get_by_label("Métier").select_option(label="Gardien·ne d'immeuble")
    filters.get_by_role("button", name="Filtrer").click()
    expect(page).to_have_url(f"{base}/espace-rh/tableau-de-bord/?q=&site=&job_role=gardien&status=")
    staff = page.get_by_role("region", name="Personnel")
    expect(staff.get_by_role("link", name="Prénom0 Exemple")).to_be_visible()
    expect(staff.get_by_text("Médiateur·rice")).to_have_count(0)
    assert_accessible(page)

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Exporter le suivi (CSV)").click()
    download = download_info.value
    assert download.suggested_filename.startswith("suivi-formation-")
    text = open(download.path(), encoding="utf-8-sig").read()  # noqa: SIM115
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0][:3] == ["Nom", "Prénom", "E-mail"]
    emails = {row[2] for row in rows[1:]}
    assert "apprenant@a.test" in emails and all(e.endswith("@a.test") for e in emails)
    assert {row[4] for row in rows[1:]} == {"Gardien·ne d'immeuble"}
