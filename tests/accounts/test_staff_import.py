"""Staff import: reading every kind of file, the preview, applying it once, deactivation."""

import io
from html import unescape

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
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
@settings(max_examples=150, deadline=None)
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
@settings(max_examples=100, deadline=None)
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
        ["Lou", "Ailleurs", learner_b.email, "gardien", "", ""],          # other organisation
        ["", "", "sansnom@a.test", "gardien", "", ""],                    # missing names
    ]
    response = post_file(hr_client, csv_bytes(rows))
    assert response.status_code == 302
    batch = ImportBatch.objects.get()
    assert batch.organisation == org_a and batch.status == ImportBatch.Status.PREVIEW
    statuses = [(row["line"], row["status"]) for row in batch.rows]
    assert statuses == [(2, "new"), (3, "error"), (4, "error"), (5, "updated"), (6, "error"),
                        (7, "error"), (8, "error"), (9, "error")]
    page = body(hr_client.get(response["Location"]))
    for reason in ["adresse présente plusieurs fois dans le fichier (lignes 3, 4)",
                   "adresse e-mail invalide « bob.a.test »", "métier inconnu « astronaute »",
                   "adresse déjà utilisée par le compte d'une autre organisation",
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


def test_apply_is_all_or_nothing(hr_client, org_a, site, monkeypatch):
    rows = [["A", "Un", "un@a.test", "gardien", "", ""], ["B", "Deux", "deux@a.test", "gardien", "",
                                                          ""]]
    post_file(hr_client, csv_bytes(rows))
    batch = ImportBatch.objects.get()
    calls = []
    original = imports.services.invite

    def failing_invite(**kwargs):
        calls.append(kwargs["email"])
        if len(calls) == 2:
            raise RuntimeError("panne au milieu")
        return original(**kwargs)

    monkeypatch.setattr(imports.services, "invite", failing_invite)
    with pytest.raises(RuntimeError):
        imports.apply_batch(batch, by=None)
    assert not Invitation.objects.exists() and not mail.outbox
    batch.refresh_from_db()
    assert batch.status == ImportBatch.Status.PREVIEW


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
