"""Staff import: reading every kind of file, the preview, applying it once, deactivation."""

import io
import time
from datetime import timedelta
from html import unescape

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from accounts import imports
from accounts.models import ImportBatch, Invitation, JobRole
from accounts.roles import Role
from certificates.models import Certificate
from tests.factories import PASSWORD, UserFactory

HEADER = ["Prénom", "Nom", "E-mail", "Métier", "Site/Agence", "Matricule"]


def body(response):
    return unescape(response.content.decode())


def csv_bytes(rows, *, header=HEADER, sep=";", encoding="utf-8", bom=False):
    text = "\r\n".join(sep.join(cells) for cells in [header, *rows]) + "\r\n"
    data = text.encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


def xlsx_bytes(rows, *, header=HEADER):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def upload(data, name="personnel.csv"):
    return SimpleUploadedFile(name, data)


def read(data, name="personnel.csv"):
    return imports.read_file(upload(data, name))


ROWS = [
    ["Élodie", "Martin", "elodie.martin@a.test", "Gardienne", "Agence Est", "M001"],
    ["Karim", "Benali", "karim.benali@a.test", "médiateur", "Agence Ouest", ""],
]


# --- Reading files -------------------------------------------------------------------------

@pytest.mark.parametrize("encoding,bom,sep", [
    ("utf-8", False, ";"), ("utf-8", True, ";"), ("utf-8", False, ","),
    ("cp1252", False, ";"), ("latin-1", False, ","), ("utf-16", False, "\t"),
])
def test_csv_in_every_encoding_and_separator(encoding, bom, sep):
    parsed = read(csv_bytes(ROWS, sep=sep, encoding=encoding, bom=bom))
    assert parsed.kind == "csv"
    assert [row["values"]["first_name"] for row in parsed.rows] == ["Élodie", "Karim"]
    assert parsed.rows[0]["values"]["site"] == "Agence Est"
    assert parsed.columns == ["first_name", "last_name", "email", "job_role", "site",
                              "employee_id"]


def test_english_headers_in_any_case_and_order_extra_columns_ignored():
    header = ["EMAIL", "last name", "First Name", "Job Role", "Agency", "Notes"]
    parsed = read(csv_bytes([["a@b.test", "Doe", "Jane", "caretaker", "North", "x"]],
                            header=header))
    assert parsed.rows[0]["values"] == {"email": "a@b.test", "last_name": "Doe",
                                        "first_name": "Jane", "job_role": "caretaker",
                                        "site": "North"}
    assert parsed.notices == ["Colonnes ignorées : Notes."]


def test_empty_lines_are_skipped_and_line_numbers_kept():
    data = csv_bytes([ROWS[0], ["", "", "", "", "", ""], [], ROWS[1]])
    parsed = read(data)
    assert [row["line"] for row in parsed.rows] == [2, 5]


def test_short_rows_get_empty_values():
    parsed = read(csv_bytes([["Jo", "Durand", "jo@a.test", "gardien"]]))
    assert parsed.rows[0]["values"]["site"] == "" and parsed.rows[0]["values"]["employee_id"] == ""


@pytest.mark.parametrize("data,message", [
    (b"", "Le fichier est vide."),
    (b"%PDF-1.7\n\x00\x01\x02binary", "n'est pas un tableau lisible"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "n'est pas un tableau lisible"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "Excel 97-2003"),
    (b"PK\x03\x04 this is no zip at all", "classeur Excel (.xlsx) lisible"),
    ("Prénom;Nom;Site\nA;B;C\n".encode(), "Colonnes manquantes : e-mail, métier."),
    ("Prénom;Nom;E-mail;Métier\n".encode(), "que la ligne des titres"),
    ("Prénom;Nom;E-mail;Mail;Métier\nA;B;a@b.test;a@b.test;gardien\n".encode(),
     "La colonne « e-mail » apparaît deux fois"),
])
def test_unreadable_files_give_a_french_report(data, message):
    with pytest.raises(imports.ImportFileError) as error:
        read(data)
    assert message in str(error.value)


def test_docx_is_not_taken_for_a_workbook():
    buffer = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    with pytest.raises(imports.ImportFileError, match="classeur Excel"):
        read(buffer.getvalue(), "lettre.docx")


def test_ten_thousand_rows_are_accepted_one_more_is_refused():
    rows = [["P", f"N{n}", f"p{n}@a.test", "gardien", "", ""] for n in range(imports.MAX_ROWS)]
    assert len(read(csv_bytes(rows)).rows) == imports.MAX_ROWS
    with pytest.raises(imports.ImportFileError, match="plus de 10 000 lignes"):
        read(csv_bytes(rows + [["P", "N", "x@a.test", "gardien", "", ""]]))


def test_xlsx_values_and_formulas_are_never_evaluated():
    data = xlsx_bytes([
        ["Élodie", "Martin", "elodie.martin@a.test", "Gardien", "Agence Est", 12345],
        ["=1+1", "Benali", "karim@a.test", "gardien", "Est", None],
        [None, None, None, None, None, None],
    ])
    parsed = read(data, "personnel.xlsx")
    assert parsed.kind == "xlsx"
    assert parsed.rows[0]["values"]["employee_id"] == "12345"
    assert len(parsed.rows) == 2
    assert parsed.rows[1]["values"]["first_name"] == ""
    assert "formule" in parsed.rows[1]["parse_errors"][0]


@given(st.lists(st.tuples(st.text(max_size=30), st.text(max_size=30), st.text(max_size=40),
                          st.text(max_size=20)), max_size=15),
       st.sampled_from([";", ",", "\t"]), st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
@settings(max_examples=150)
def test_the_parser_never_crashes(rows, sep, encoding):
    """Whatever the text, the reader answers with rows or a French ImportFileError."""
    lines = [sep.join(HEADER[:4])] + [sep.join(cells) for cells in rows]
    data = "\n".join(lines).encode(encoding, errors="replace")
    try:
        parsed = imports.read_file(upload(data))
    except imports.ImportFileError as error:
        assert str(error)
    else:
        for row in parsed.rows:
            values, errors = imports.check_values(row["values"])
            assert isinstance(errors, list)
            assert set(values) == set(imports.FIELDS)


@given(st.lists(st.tuples(st.from_regex(r"[A-Za-zéèç' -]{1,20}", fullmatch=True),
                          st.from_regex(r"[A-Za-zéèç' -]{1,20}", fullmatch=True),
                          st.sampled_from(["gardien", "Médiatrice", "CONSEILLER SOCIAL",
                                           "encadrant", "autre"])),
                min_size=1, max_size=10, unique_by=lambda r: r[0] + r[1]),
       st.sampled_from([";", ","]))
@settings(max_examples=100)
def test_well_formed_rows_survive_a_round_trip(rows, sep):
    lines = [sep.join(HEADER[:4])]
    expected = []
    for index, (first, last, role) in enumerate(rows):
        email = f"personne{index}@exemple.test"
        lines.append(sep.join([first, last, email, role]))
        expected.append((" ".join(first.split()), " ".join(last.split()), email))
    parsed = imports.read_file(upload("\n".join(lines).encode("cp1252")))
    checked = [imports.check_values(row["values"]) for row in parsed.rows]
    kept = [(v["first_name"], v["last_name"], v["email"]) for v, errors in checked]
    assert kept == [e for e in expected]
    assert all(v["job_role"] in JobRole.values for v, errors in checked if not errors)


@pytest.mark.parametrize("label,code", [
    ("Gardien·ne d'immeuble", "gardien"), ("GARDIENNE", "gardien"), ("caretaker", "gardien"),
    ("Médiatrice", "mediateur"), ("conseillère sociale", "conseiller_social"),
    ("Gestionnaire / encadrant·e", "encadrant"), ("Autre", "autre"), ("astronaute", None),
])
def test_job_roles_as_people_write_them(label, code):
    assert imports.parse_job_role(label) == code


# --- Preview and apply ---------------------------------------------------------------------

@pytest.fixture
def hr_client(client, hr_a):
    client.force_login(hr_a)
    return client


def post_file(client, data, name="personnel.csv", **extra):
    return client.post("/espace-rh/import/", {"file": upload(data, name), **extra})


def test_preview_lists_every_row_with_its_reason_and_writes_nothing(hr_client, org_a, org_b,
                                                                   learner, learner_b, site):
    UserFactory(email="deja@a.test", first_name="Anne", last_name="Déjà", organisation=org_a,
                job_role=JobRole.CARETAKER, site="Nord")
    rows = [
        ["Élodie", "Martin", "elodie.martin@a.test", "Gardienne", "Agence Est", "M001"],
        ["Anne", "Déjà", "deja@a.test", "gardien", "Nord", ""],          # unchanged
        ["Anne", "Déjà", "DEJA@a.test", "gardien", "Sud", ""],           # duplicate
        [learner.first_name, learner.last_name, learner.email, "médiateur", "", ""],  # updated
        ["Bob", "Pas-d-arobase", "bob.a.test", "gardien", "", ""],        # bad email
        ["Chloé", "Astro", "chloe@a.test", "astronaute", "", ""],         # unknown job role
        ["Lou", "Ailleurs", learner_b.email, "gardien", "", ""],          # elsewhere: new
        ["", "", "sansnom@a.test", "gardien", "", ""],                    # missing names
    ]
    response = post_file(hr_client, csv_bytes(rows))
    assert response.status_code == 302
    batch = ImportBatch.objects.get()
    assert batch.organisation == org_a and batch.status == ImportBatch.Status.PREVIEW
    statuses = [(row["line"], row["status"]) for row in batch.rows]
    assert statuses == [(2, "new"), (3, "error"), (4, "error"), (5, "updated"), (6, "error"),
                        (7, "error"), (8, "new"), (9, "error")]
    page = body(hr_client.get(response["Location"]))
    for reason in ["adresse présente plusieurs fois dans le fichier (lignes 3, 4)",
                   "adresse e-mail invalide « bob.a.test »", "métier inconnu « astronaute »",
                   "prénom manquant", "Mis à jour", "métier", "Nouveau"]:
        assert reason in page, reason
    assert not Invitation.objects.exists() and not mail.outbox
    learner.refresh_from_db()
    assert learner.job_role == JobRole.CARETAKER


def test_confirm_applies_once_and_reimport_changes_nothing(hr_client, hr_a, org_a, learner, site,
                                                           django_capture_on_commit_callbacks):
    rows = [["Élodie", "Martin", "elodie.martin@a.test", "Gardienne", "Agence Est", "M001"],
            [learner.first_name, learner.last_name, learner.email, "médiateur", "Ouest", "L9"],
            ["Bob", "Erreur", "pas-une-adresse", "gardien", "", ""]]
    data = csv_bytes(rows)
    post_file(hr_client, data)
    batch = ImportBatch.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = hr_client.post(f"/espace-rh/import/{batch.pk}/confirmer/", follow=True)
    assert ("Import appliqué : 1 invitation envoyée, 1 fiche mise à jour" in body(response)
            and "1 ligne en erreur laissée de côté" in body(response))
    invitation = Invitation.objects.get(email="elodie.martin@a.test")
    assert (invitation.organisation, invitation.job_role, invitation.site,
            invitation.employee_id, invitation.invited_by) == (
        org_a, JobRole.CARETAKER, "Agence Est", "M001", hr_a)
    assert [m.to for m in mail.outbox] == [["elodie.martin@a.test"]]
    learner.refresh_from_db()
    assert (learner.job_role, learner.site, learner.employee_id) == (JobRole.MEDIATOR, "Ouest",
                                                                     "L9")
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.APPLIED and batch.rows == []

    # Confirming again is refused; the same file again changes nothing.
    response = hr_client.post(f"/espace-rh/import/{batch.pk}/confirmer/", follow=True)
    assert "déjà été appliqué" in body(response)
    post_file(hr_client, data)
    second = ImportBatch.objects.filter(status=ImportBatch.Status.PREVIEW).get()
    assert [row["status"] for row in second.rows] == ["unchanged", "unchanged", "error"]
    assert "Rien à modifier" in body(hr_client.get(f"/espace-rh/import/{second.pk}/"))
    assert Invitation.objects.count() == 1 and len(mail.outbox) == 1


def test_apply_is_all_or_nothing(hr_client, org_a, learner, site, monkeypatch):
    """A failure at the very end of the apply (after the invitations and the updates) leaves
    nothing changed; the batch waits for a new confirmation, with the reason on its page."""
    rows = [["A", "Un", "un@a.test", "gardien", "", ""], ["B", "Deux", "deux@a.test", "gardien",
                                                          "", ""],
            [learner.first_name, "Renommé", learner.email, "gardien", "", ""]]
    post_file(hr_client, csv_bytes(rows), deactivate_missing="on")
    batch = ImportBatch.objects.get()

    def failing(*args, **kwargs):
        raise RuntimeError("panne au milieu")

    monkeypatch.setattr(imports, "deactivation_candidates", failing)
    response = hr_client.post(f"/espace-rh/import/{batch.pk}/confirmer/", follow=True)
    assert "n'a pas pu être appliqué à cause d'une erreur technique. Rien n'a été modifié" in body(
        response)
    assert not Invitation.objects.exists() and not mail.outbox
    learner.refresh_from_db()
    assert learner.last_name != "Renommé"
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.PREVIEW and len(batch.rows) == 3

    monkeypatch.undo()
    hr_client.post(f"/espace-rh/import/{batch.pk}/confirmer/")
    learner.refresh_from_db()
    assert learner.last_name == "Renommé" and Invitation.objects.count() == 2


def test_full_import_deactivates_missing_staff_who_keep_their_certificates(
        hr_client, hr_a, org_a, learner, site):
    kept = UserFactory(email="reste@a.test", organisation=org_a)
    leaving = UserFactory(email="parti@a.test", organisation=org_a)
    Certificate.objects.create(kind="module", subject_id=1, recipient=leaving,
                               organisation=org_a, snapshot={"title": "Module"})
    rows = [[kept.first_name, kept.last_name, kept.email, "gardien", "", ""],
            [learner.first_name, learner.last_name, learner.email, "gardien", "", ""]]
    post_file(hr_client, csv_bytes(rows), deactivate_missing="on")
    batch = ImportBatch.objects.get()
    assert batch.result["deactivate_count"] == 1
    page = body(hr_client.get(f"/espace-rh/import/{batch.pk}/"))
    assert "1 compte sera désactivé" in page and "parti@a.test" in page
    hr_client.post(f"/espace-rh/import/{batch.pk}/confirmer/")
    leaving.refresh_from_db()
    hr_a.refresh_from_db()
    assert not leaving.is_active and hr_a.is_active  # HR are never deactivated by an import
    assert Certificate.objects.filter(recipient=leaving).exists()
    assert not Client().login(email="parti@a.test", password=PASSWORD)
    visitor = Client()
    visitor.post("/compte/login/", {"login": "parti@a.test", "password": PASSWORD})
    assert "_auth_user_id" not in visitor.session

    # The person is back in the next file: their account is reactivated.
    rows.append([leaving.first_name, leaving.last_name, leaving.email, "gardien", "", ""])
    post_file(hr_client, csv_bytes(rows))
    batch = ImportBatch.objects.filter(status=ImportBatch.Status.PREVIEW).get()
    assert batch.rows[2]["status"] == "updated" and batch.rows[2]["changes"] == ["is_active"]
    hr_client.post(f"/espace-rh/import/{batch.pk}/confirmer/")
    leaving.refresh_from_db()
    assert leaving.is_active


def test_pending_invitation_rows_are_unchanged_or_update_the_invitation(
        hr_client, org_a, site, django_capture_on_commit_callbacks):
    post_file(hr_client, csv_bytes([["Élodie", "Martin", "em@a.test", "gardien", "Est", ""]]))
    with django_capture_on_commit_callbacks(execute=True):
        hr_client.post(f"/espace-rh/import/{ImportBatch.objects.get().pk}/confirmer/")
    post_file(hr_client, csv_bytes([["Élodie", "Martin-Roy", "em@a.test", "gardien", "Est", ""]]))
    batch = ImportBatch.objects.filter(status=ImportBatch.Status.PREVIEW).get()
    assert batch.rows[0]["status"] == "updated" and batch.rows[0]["changes"] == ["last_name"]
    hr_client.post(f"/espace-rh/import/{batch.pk}/confirmer/")
    assert Invitation.objects.get(email="em@a.test").last_name == "Martin-Roy"
    assert len(mail.outbox) == 1


def test_employee_id_follows_the_invitation_into_the_account(org_a, site):
    from accounts import services

    invitation = services.invite(organisation=org_a, email="mat@a.test", employee_id="M42",
                                 first_name="Mat", last_name="Ricule")
    user = UserFactory(email="mat@a.test", organisation=None, employee_id="")
    services.complete_signup(user, organisation=org_a, invitation=invitation)
    user.refresh_from_db()
    assert user.employee_id == "M42"


def test_bad_files_are_reported_next_to_the_field_never_a_500(hr_client, site):
    for data, name, message in [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "photo.png", "n'est pas un tableau lisible"),
        (b"PK\x03\x04garbage", "faux.xlsx", "classeur Excel (.xlsx) lisible"),
        ("Nom;Prénom\nA;B\n".encode(), "liste.csv", "Colonnes manquantes"),
    ]:
        response = post_file(hr_client, data, name)
        assert response.status_code == 400
        page = body(response)
        assert message in page and 'class="field field--error"' in page
    response = hr_client.post("/espace-rh/import/", {})
    assert response.status_code == 400 and "Champ requis." in body(response)
    assert not ImportBatch.objects.exists()


def test_xlsx_upload_end_to_end(hr_client, site):
    data = xlsx_bytes([["Élodie", "Martin", "em@a.test", "Gardien", "Est", "M1"],
                       ["Karim", "Benali", "kb@a.test", "=HYPERLINK(\"x\")", "Est", ""]])
    response = post_file(hr_client, data, "personnel.xlsx")
    batch = ImportBatch.objects.get()
    assert [row["status"] for row in batch.rows] == ["new", "error"]
    assert "contient une formule" in body(hr_client.get(response["Location"]))


def test_coordinator_chooses_the_organisation(client, coordinator, org_b, site):
    client.force_login(coordinator)
    data = csv_bytes([["Lou", "B", "lou@b.test", "gardien", "", ""]])
    response = post_file(client, data)
    assert response.status_code == 400 and "Champ requis." in body(response)
    post_file(client, data, organisation=org_b.pk)
    assert ImportBatch.objects.get().organisation == org_b


def test_hr_cannot_see_or_confirm_another_organisations_batch(client, hr_a, hr_b, site):
    client.force_login(hr_b)
    post_file(client, csv_bytes([["Lou", "B", "lou@b.test", "gardien", "", ""]]))
    batch = ImportBatch.objects.get()
    client.force_login(hr_a)
    assert client.get(f"/espace-rh/import/{batch.pk}/").status_code == 404
    assert client.post(f"/espace-rh/import/{batch.pk}/confirmer/").status_code == 404
    assert client.post(f"/espace-rh/import/{batch.pk}/abandonner/").status_code == 404
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.PREVIEW


def test_cancel_keeps_everything_as_it_was(hr_client, site):
    post_file(hr_client, csv_bytes([["Lou", "A", "lou@a.test", "gardien", "", ""]]))
    batch = ImportBatch.objects.get()
    response = hr_client.post(f"/espace-rh/import/{batch.pk}/abandonner/", follow=True)
    assert "Import abandonné" in body(response)
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.CANCELLED and not Invitation.objects.exists()


def test_large_import_preview_and_apply(hr_client, org_a, site, django_assert_max_num_queries):
    rows = [[f"P{n}", f"N{n}", f"p{n}@a.test", "gardien", "Est", ""] for n in range(3000)]
    post_file(hr_client, csv_bytes(rows))
    batch = ImportBatch.objects.get()
    assert batch.result["counts"]["new"] == 3000
    with django_assert_max_num_queries(30):
        response = hr_client.get(f"/espace-rh/import/{batch.pk}/?page=2")
    assert "Page 2 sur 15" in body(response)
    imports.apply_batch(batch, by=None)
    assert Invitation.objects.filter(organisation=org_a).count() == 3000
    assert Invitation.objects.first().role == Role.LEARNER


# --- Hostile files: answered at once, with a French message --------------------------------

SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def xlsx_with_sheet(rows_xml, *, dimension=None, extra=()):
    """A real workbook whose first sheet is the raw XML given (as an attacker writes it),
    plus `extra` (name, bytes) parts."""
    import zipfile

    template = zipfile.ZipFile(io.BytesIO(xlsx_bytes([])))
    dimension = f'<dimension ref="{dimension}"/>' if dimension else ""
    sheet = (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{SHEET_NS}">{dimension}'
             f"<sheetData>{rows_xml}</sheetData></worksheet>").encode()
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in template.infolist():
            archive.writestr(info.filename, sheet if info.filename == "xl/worksheets/sheet1.xml"
                             else template.read(info.filename))
        for name, data in extra:
            archive.writestr(name, data)
    return output.getvalue()


def xml_row(number, values):
    cells = "".join(f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{v}</t></is></c>'
                    for i, v in enumerate(values))
    return f'<row r="{number}">{cells}</row>'


XML_HEADER = xml_row(1, ["Prénom", "Nom", "E-mail", "Métier"])
XML_PERSON = xml_row(2, ["Lou", "Neuve", "lou@a.test", "gardien"])


def timed_read(data, name):
    started = time.perf_counter()
    try:
        return read(data, name), time.perf_counter() - started
    except imports.ImportFileError as error:
        return error, time.perf_counter() - started


HOSTILE_FILES = {
    # One cell at the last row of a sheet that declares every row and column Excel allows.
    "dimension": (lambda: xlsx_with_sheet(
        '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row>',
        dimension="A1:XFD1048576"), "déclare 1 048 576 lignes ; au plus 11 001 sont lues"),
    "million_empty_rows": (lambda: xlsx_with_sheet(
        XML_HEADER + XML_PERSON + "".join(f'<row r="{n}"/>' for n in range(3, 1_000_001))),
        "dépasse 11 001 lignes, lignes vides comprises"),
    "million_cells": (lambda: xlsx_with_sheet(XML_HEADER + '<row r="2">' + "<c/>" * 1_000_000
                                              + "</row>"), "trop volumineux une fois ouvert"),
    "zip_bomb": (lambda: xlsx_with_sheet(XML_HEADER, extra=[("xl/media/a.bin", b" " * 30_000_000)]),
                 "trop volumineux une fois ouvert"),
    "thousand_parts": (lambda: xlsx_with_sheet(XML_HEADER, extra=[
        (f"xl/media/{n}.bin", b"") for n in range(1000)]), "trop volumineux une fois ouvert"),
    "csv_100k_columns": (lambda: (";".join(HEADER[:4] + [f"c{n}" for n in range(100_000)])
                                  + "\nLou;Neuve;lou@a.test;gardien;" + ";" * 100_000).encode(),
                         None),
    "csv_million_blank_lines_between_people": (lambda: (
        "Prénom;Nom;E-mail;Métier\nLou;Neuve;lou@a.test;gardien\n" + "\n" * 1_000_000
        + "Zoé;Loin;zoe@a.test;gardien\n").encode(), None),
    "csv_blank_line_after_each_person": (lambda: ("Prénom;Nom;E-mail;Métier\n" + "".join(
        f"P{n};N;p{n}@a.test;gardien\n\n" for n in range(9000))).encode(),
        "dépasse 11 001 lignes, lignes vides comprises"),
    "csv_one_huge_cell": (lambda: ("Prénom;Nom;E-mail;Métier\n" + "A" * 500_000
                                   + ";B;a@a.test;gardien\n").encode(),
                          "une cellule est beaucoup trop longue"),
}


@pytest.mark.parametrize("case", HOSTILE_FILES)
def test_hostile_files_are_answered_in_under_two_seconds(case):
    build, message = HOSTILE_FILES[case]
    data = build()
    result, seconds = timed_read(data, "personnel.xlsx" if data[:2] == b"PK" else "liste.csv")
    assert seconds < 2, f"{case}: {seconds:.1f} s"
    if message is None:
        assert [row["values"]["email"] for row in result.rows] == ["lou@a.test"]
    else:
        assert isinstance(result, imports.ImportFileError) and message in str(result), result


def test_reading_stops_after_a_thousand_empty_lines_and_says_so():
    """Empty formatted rows under the table (Excel writes them) do not stop the import; the
    preview says where the reading stopped."""
    data = xlsx_with_sheet(XML_HEADER + XML_PERSON
                           + "".join(f'<row r="{n}" s="1" customFormat="1"/>'
                                     for n in range(3, 5000)))
    parsed = read(data, "personnel.xlsx")
    assert len(parsed.rows) == 1
    assert parsed.notices == ["Lecture arrêtée à la ligne 1002, après 1 000 lignes vides à la "
                              "suite : s'il y a des personnes plus bas, supprimez les lignes "
                              "vides et importez de nouveau."]
    text = "Prénom;Nom;E-mail;Métier\nLou;Neuve;lou@a.test;gardien\n" + "\n" * 999 + \
        "Zoé;Loin;zoe@a.test;gardien\n"
    assert len(read(text.encode()).rows) == 2  # 999 empty lines: still read


def test_only_the_first_fifty_columns_are_read():
    header = [f"note {n}" for n in range(60)] + HEADER[:4]
    with pytest.raises(imports.ImportFileError, match="Seules les 50 premières colonnes sont lues"):
        read(csv_bytes([["x"] * 60 + ["Lou", "Neuve", "lou@a.test", "gardien"]], header=header))


# --- Control characters: refused per row, never stored -------------------------------------

def test_a_nul_byte_far_into_a_csv_is_an_error_of_its_row(hr_client, site):
    rows = [[f"P{n}", "N", f"p{n}@a.test", "gardien", "", ""] for n in range(400)]
    rows.append(["Zo\x00é", "N\x07", "zoe@a.test", "gardien", "Est\x1b", ""])
    data = csv_bytes(rows)
    assert data.index(b"\x00") > 8192
    response = post_file(hr_client, data)
    assert response.status_code == 302
    batch = ImportBatch.objects.get()
    row = batch.rows[-1]
    assert row["line"] == 402 and row["status"] == "error"
    assert row["values"]["first_name"] == "Zoé" and row["values"]["site"] == "Est"
    page = body(hr_client.get(response["Location"] + "?statut=error"))
    for column in ("prénom", "nom", "site ou agence"):
        assert (f"la colonne « {column} » contient un caractère invisible interdit (caractère de "
                "contrôle) : retirez-le") in page
    assert batch.result["counts"] == {"new": 400, "updated": 0, "unchanged": 0, "managed": 0,
                                      "error": 1}


def test_control_characters_in_the_file_name_are_dropped(org_a, hr_a):
    batch = imports.create_batch(read(csv_bytes(ROWS)), organisation=org_a, created_by=hr_a,
                                 file_name="perso\x00nnel.csv")
    assert batch.file_name == "personnel.csv"


@given(st.lists(st.tuples(st.text(max_size=12), st.text(max_size=12)), min_size=1, max_size=8))
@settings(max_examples=120)
def test_no_control_character_is_ever_kept(cells):
    """Whatever the cells hold, the stored values have no control character (PostgreSQL
    refuses a NUL) and a row that had one says which column."""
    lines = [";".join(HEADER[:4])]
    for first, last in cells:
        first, last = (" ".join(v.replace(";", " ").replace('"', " ").split()) for v in (first, last))
        lines.append(f"{first};{last};p@a.test;gardien")
    try:
        parsed = imports.read_file(upload("\n".join(lines).encode("utf-8", errors="replace")))
    except imports.ImportFileError as error:
        assert str(error)
        return
    for row in parsed.rows:
        text = "".join(row["values"].values())
        assert not imports.CONTROL_CHARACTERS.search(text)
        for error in row["parse_errors"]:
            assert "caractère invisible interdit" in error and "la colonne «" in error


# --- Each bad row says its line, its column and why ----------------------------------------

def test_every_bad_row_is_reported_with_its_line_column_and_reason(org_a):
    rows = [["Lou", "N" * 151, "lou@a.test", "gardien", "", ""],
            ["Zoé", "Loin", "zoe@a.test", "gardien", "S" * 201, "M" * 65],
            ["", "Sans", "", "", "", ""],
            ["Max", "X\x00", "max@a.test", "pilote", "", ""]]
    checked, _users, _invitations = imports.classify(read(csv_bytes(rows)).rows, org_a, [])
    report = {row["line"]: row["errors"] for row in checked}
    assert report == {
        2: ["nom trop long (150 caractères au plus)"],
        3: ["site ou agence trop long (200 caractères au plus)",
            "matricule trop long (64 caractères au plus)"],
        4: ["prénom manquant", "e-mail manquant", "métier manquant"],
        5: ["la colonne « nom » contient un caractère invisible interdit (caractère de "
            "contrôle) : retirez-le",
            "métier inconnu « pilote » (attendu : gardien, médiateur, conseiller social, "
            "encadrant ou autre)"],
    }


# --- No account-existence oracle -----------------------------------------------------------

def test_preview_is_the_same_for_an_unknown_address_and_one_of_another_organisation(
        hr_client, learner_b, site):
    rows = [["Lou", "Ailleurs", learner_b.email, "gardien", "", ""],
            ["Lou", "Ailleurs", "personne.inconnue@b.test", "gardien", "", ""]]
    response = post_file(hr_client, csv_bytes(rows))
    batch = ImportBatch.objects.get()
    assert [(row["status"], row["errors"], row["changes"]) for row in batch.rows] == [
        ("new", [], []), ("new", [], [])]
    page = body(hr_client.get(response["Location"]))
    first, second = (page.split(f"<td>{email}</td>")[1].split("</tr>")[0]
                     for email in (learner_b.email, "personne.inconnue@b.test"))
    assert first == second and "Nouveau" in first


def test_applying_invites_the_person_of_another_organisation_without_touching_their_account(
        hr_client, hr_a, learner_b, org_b, site, django_capture_on_commit_callbacks):
    post_file(hr_client, csv_bytes([["Lou", "Renommée", learner_b.email, "médiateur", "", ""]]))
    batch = ImportBatch.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        hr_client.post(f"/espace-rh/import/{batch.pk}/confirmer/")
    invitation = Invitation.objects.get()
    assert invitation.email == learner_b.email and invitation.organisation == hr_a.organisation
    assert [m.to for m in mail.outbox] == [[learner_b.email]]
    before = (learner_b.organisation_id, learner_b.last_name, learner_b.job_role)
    learner_b.refresh_from_db()
    assert (learner_b.organisation_id, learner_b.last_name, learner_b.job_role) == before


# --- Only learners are changed by an import ------------------------------------------------

@pytest.fixture
def programme_staff(org_a):
    """People of organisation A whom the programme manages."""
    return {
        "trainer": UserFactory(email="formatrice@a.test", organisation=org_a,
                               roles=[Role.TRAINER, Role.LEARNER]),
        "editor": UserFactory(email="redac@a.test", organisation=org_a, roles=[Role.EDITOR]),
        "coordinator": UserFactory(email="coord@a.test", organisation=org_a,
                                   roles=[Role.COORDINATOR]),
        "hr": UserFactory(email="rh2@a.test", organisation=org_a, roles=[Role.HR, Role.LEARNER]),
        "admin": UserFactory(email="admin@a.test", organisation=org_a, is_superuser=True),
    }


def test_a_full_import_changes_and_deactivates_only_learners(
        hr_client, org_a, learner, programme_staff, site):
    trainer = programme_staff["trainer"]
    rows = [[trainer.first_name, "Renommée", trainer.email, "autre", "Ailleurs", "T1"],
            [learner.first_name, learner.last_name, learner.email, "gardien", "", ""]]
    response = post_file(hr_client, csv_bytes(rows), deactivate_missing="on")
    batch = ImportBatch.objects.get()
    assert [row["status"] for row in batch.rows] == ["managed", "unchanged"]
    assert batch.result["deactivate_count"] == 0
    page = body(hr_client.get(response["Location"]))
    assert "Non modifié : compte géré par le programme" in page
    assert "0 compte sera désactivé" in page

    hr_client.post(f"/espace-rh/import/{batch.pk}/confirmer/")
    for person in programme_staff.values():
        before = (person.last_name, person.job_role, person.site, person.is_active)
        person.refresh_from_db()
        assert (person.last_name, person.job_role, person.site, person.is_active) == before
    assert ImportBatch.objects.get().status == ImportBatch.Status.APPLIED


def test_a_pending_invitation_for_a_staff_role_is_not_changed_by_an_import(hr_client, org_a,
                                                                           site):
    from tests.factories import InvitationFactory

    invitation = InvitationFactory(email="future.rh@a.test", organisation=org_a, role=Role.HR,
                                   last_name="Avant")
    post_file(hr_client, csv_bytes([["Futur", "Après", "future.rh@a.test", "gardien", "", ""]]))
    batch = ImportBatch.objects.get()
    assert batch.rows[0]["status"] == "managed"
    hr_client.post(f"/espace-rh/import/{batch.pk}/confirmer/")
    invitation.refresh_from_db()
    assert invitation.last_name == "Avant" and Invitation.objects.count() == 1


# --- Applying in the background, in bulk ---------------------------------------------------

def test_confirm_queues_the_apply_and_the_batch_page_follows_it(hr_client, org_a, site,
                                                                settings):
    """As in production: the task waits for a worker; the page shows it running."""
    from django_tasks import default_task_backend

    from accounts import tasks

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    post_file(hr_client, csv_bytes(ROWS))
    batch = ImportBatch.objects.get()
    response = hr_client.post(f"/espace-rh/import/{batch.pk}/confirmer/")
    assert response["Location"] == f"/espace-rh/import/{batch.pk}/"
    queued = [(r.task.name, r.kwargs) for r in default_task_backend.results]
    assert queued == [("apply_import", {"batch_id": batch.pk})]
    page = body(hr_client.get(response["Location"]))
    assert "Application de l'import en cours (2 lignes)" in page and "data-refresh" in page
    assert not Invitation.objects.exists()
    # A second confirmation while it runs queues nothing more.
    response = hr_client.post(f"/espace-rh/import/{batch.pk}/confirmer/", follow=True)
    assert "Cet import est déjà en cours d'application." in body(response)
    assert len(default_task_backend.results) == 1

    # The worker runs the task: the page shows the result, and running it again changes nothing.
    tasks.apply_import.call(**queued[0][1])
    page = body(hr_client.get(f"/espace-rh/import/{batch.pk}/"))
    assert ("Import appliqué : 2 invitations envoyées, 0 fiche mise à jour, 0 inchangée, "
            "0 ligne en erreur laissée de côté, 0 compte désactivé, 0 compte géré par le "
            "programme laissé tel quel.") \
        in page and "data-refresh" not in page
    assert "Cet import est appliqué." in page
    tasks.apply_import.call(**queued[0][1])
    assert Invitation.objects.count() == 2


def test_a_batch_left_running_says_so_after_a_while(hr_client, org_a, site):
    post_file(hr_client, csv_bytes(ROWS))
    ImportBatch.objects.update(status=ImportBatch.Status.RUNNING,
                               confirmed_at=timezone.now() - timedelta(minutes=20))
    page = body(hr_client.get(f"/espace-rh/import/{ImportBatch.objects.get().pk}/"))
    assert "Cela prend plus de temps que prévu" in page


def test_the_apply_runs_in_bulk_queries(org_a, hr_a, site, django_assert_max_num_queries):
    """300 rows (150 invitations, 150 updates, a full import) in a handful of queries, not a
    few per row."""
    for n in range(1, 300, 2):  # half of the rows are known learners whose site changes
        UserFactory(email=f"p{n}@a.test", organisation=org_a, site="Avant")
    rows = [[f"P{n}", f"N{n}", f"p{n}@a.test", "gardien", "Après", ""] for n in range(300)]
    batch = imports.create_batch(read(csv_bytes(rows)), organisation=org_a, created_by=hr_a,
                                 file_name="f.csv", deactivate_missing=True)
    # About 15 for the import, and a fixed 20 for the summaries of the deactivated person.
    with django_assert_max_num_queries(40):
        result = imports.apply_batch(batch, by=hr_a)
    assert (result["invited"], result["counts"]["updated"]) == (150, 150)
    assert set(get_user_model().objects.filter(email__startswith="p", organisation=org_a)
               .values_list("site", flat=True)) == {"Après"}
