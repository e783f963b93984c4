"""On a phone (375 px), an HR officer downloads the import template, sends a file with
errors, and downloads the rejected rows to correct them. axe-core checks each page.

Set REPERES_SCREENSHOTS to a folder to keep a screenshot of each page."""

import csv
import io
import os
from pathlib import Path

from openpyxl import load_workbook
from playwright.sync_api import expect

from .axe import assert_accessible
from .conftest import LOCALE, TIMEOUT_MS
from .test_sessions import log_in_with_totp

HR = "rh@a.test"
STAFF_FILE = (
    "Prénom;Nom;E-mail;Métier;Site ou agence;Matricule;Date d'arrivée\r\n"
    "Élodie;Martin;elodie.martin@a.test;Gardienne;Agence Est;M001;01/09/2025\r\n"
    "Bob;Erreur;pas-une-adresse;gardien;;;\r\n"
    "Karim;Benali;karim.benali@a.test;astronaute;Agence Ouest;;31/02/2025\r\n"
).encode()


def _screenshot(page, name):
    folder = os.environ.get("REPERES_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def test_template_and_rejected_rows_on_a_phone(live_site, browser):
    base = live_site.url
    context = browser.new_context(locale=LOCALE, viewport={"width": 375, "height": 800},
                                  is_mobile=True, has_touch=True, accept_downloads=True)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    try:
        log_in_with_totp(page, base, HR)
        page.goto(base + "/espace-rh/import/")
        expect(page.get_by_role("heading", level=2, name="Télécharger le modèle")).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        assert_accessible(page)
        _screenshot(page, "import-375")
        with page.expect_download() as download_info:
            page.get_by_role("link", name="Modèle Excel (.xlsx)").click()
        workbook = load_workbook(io.BytesIO(Path(download_info.value.path()).read_bytes()))
        assert workbook.sheetnames == ["Personnel", "Mode d'emploi"]

        page.get_by_label("Fichier du personnel (CSV ou Excel .xlsx)").set_input_files(
            files=[{"name": "personnel.csv", "mimeType": "text/csv", "buffer": STAFF_FILE}])
        page.get_by_role("button", name="Vérifier le fichier").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Vérifier l'import")
        expect(page.get_by_role("heading", name="Télécharger les lignes rejetées")).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        assert_accessible(page)
        _screenshot(page, "import-batch-errors-375")
        with page.expect_download() as download_info:
            page.get_by_role("link", name="Lignes rejetées en CSV").click()
        assert download_info.value.suggested_filename.startswith("lignes-rejetees-")
        text = Path(download_info.value.path()).read_text(encoding="utf-8-sig")
        rows = list(csv.reader(io.StringIO(text), delimiter=";"))
        assert [row[0] for row in rows] == ["Prénom", "Bob", "Karim"]
        assert rows[2][7].startswith("métier inconnu « astronaute »")
        assert "date d'arrivée invalide « 31/02/2025 »" in rows[2][7]
    finally:
        context.close()
