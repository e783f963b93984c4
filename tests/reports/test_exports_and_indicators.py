"""Exports parsed back with csv and openpyxl; formula neutralisation; the coordinator's
indicators over a period."""

import csv
import io
from datetime import timedelta
from html import unescape

from django.utils import timezone
from openpyxl import load_workbook

from core.spreadsheets import neutralise
from courses.models import ModuleProgress
from quizzes.models import Attempt
from tests.factories import UserFactory


def body(response):
    return unescape(response.content.decode())


def csv_rows(response):
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def xlsx_rows(response):
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.active
    return sheet, [list(row) for row in sheet.iter_rows(values_only=True)]


def test_neutralise():
    for value in ["=1+1", "+33 1 23", "-2", "@SUM(A1)", "\tx", "\rx"]:
        assert neutralise(value) == "'" + value
    assert neutralise("Agence = Est") == "Agence = Est" and neutralise(12) == 12


def test_csv_matrix_matches_the_data_and_follows_the_filters(client, org_c):
    client.force_login(org_c.hr)
    response = client.get("/espace-rh/tableau-de-bord/suivi.csv?job_role=gardien")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'attachment; filename="suivi-formation-' in response["Content-Disposition"]
    rows = csv_rows(response)
    header = rows[0]
    assert header[:8] == ["Nom", "Prénom", "E-mail", "Matricule", "Métier", "Site ou agence",
                          "Statut", "Modules terminés"]
    first, second, third = (header.index(f"Module : {m.title}") for m in org_c.modules[:3])
    gardiens = header.index(f"Parcours : {org_c.gardiens.title}")
    by_email = {row[2]: row for row in rows[1:]}
    assert set(by_email) == {"g1@c.test", "g2@c.test", "g3@c.test"}
    today = timezone.localdate().strftime("%d/%m/%Y")
    g1, g2, g3 = by_email["g1@c.test"], by_email["g2@c.test"], by_email["g3@c.test"]
    assert (g1[6], g1[7], g1[first], g1[second], g1[third], g1[gardiens]) == (
        "À jour", "2", today, today, "", today)
    assert (g2[7], g2[third]) == ("1", "en cours")
    assert (g3[6], g3[7], g3[first], g3[gardiens]) == ("En retard", "0", "", "")


def test_xlsx_matrix_parses_back_with_typed_dates(client, org_c):
    client.force_login(org_c.hr)
    response = client.get("/espace-rh/tableau-de-bord/suivi.xlsx?site=Nord")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    sheet, rows = xlsx_rows(response)
    header = rows[0]
    assert sheet.title == "Suivi de formation"
    by_email = {row[2]: row for row in rows[1:]}
    assert set(by_email) == {"g1@c.test", "g2@c.test", "m1@c.test"}
    first = header.index(f"Module : {org_c.modules[0].title}")
    assert by_email["g1@c.test"][first].date() == timezone.localdate()
    assert by_email["g1@c.test"][7] == 2


def test_exported_cells_cannot_become_formulas(client, org_c):
    UserFactory(email="piege@c.test", first_name="=HYPERLINK(\"http://x\",\"clic\")",
                last_name="@SUM(A1)", site="+33 1 02 03", employee_id="-12",
                organisation=org_c.organisation)
    client.force_login(org_c.hr)
    rows = csv_rows(client.get("/espace-rh/tableau-de-bord/suivi.csv?q=piege"))
    assert rows[1][:6] == ["'@SUM(A1)", "'=HYPERLINK(\"http://x\",\"clic\")", "piege@c.test",
                           "'-12", "Gardien·ne d'immeuble", "'+33 1 02 03"]
    sheet, rows = xlsx_rows(client.get("/espace-rh/tableau-de-bord/suivi.xlsx?q=piege"))
    assert rows[1][1] == "'=HYPERLINK(\"http://x\",\"clic\")"
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_coordinator_export_has_the_organisation_column(client, coordinator, org_c):
    client.force_login(coordinator)
    rows = csv_rows(client.get(
        f"/espace-rh/tableau-de-bord/suivi.csv?organisation={org_c.organisation.pk}"))
    assert rows[0][6] == "Organisation"
    assert {row[6] for row in rows[1:]} == {"Bailleur C"}
    assert len(rows) == 6


def test_export_queries_do_not_grow_with_the_people(client, org_c,
                                                    django_assert_max_num_queries):
    client.force_login(org_c.hr)
    with django_assert_max_num_queries(30) as few:
        b"".join(client.get("/espace-rh/tableau-de-bord/suivi.csv").streaming_content)
    for person in UserFactory.create_batch(120, organisation=org_c.organisation):
        ModuleProgress.objects.create(user=person, module=org_c.modules[0])
    with django_assert_max_num_queries(len(few.captured_queries)):
        rows = csv_rows(client.get("/espace-rh/tableau-de-bord/suivi.csv"))
    assert len(rows) == 1 + 5 + 120


# --- Indicators ----------------------------------------------------------------------------

def make_attempt(user, module, *, passed, number, when):
    return Attempt.objects.create(user=user, quiz=module.quiz, number=number, seed=number,
                                  questions=[], submitted_at=when, score=1, max_score=1,
                                  percent=100 if passed else 0, passed=passed)


def test_indicators_by_organisation_and_job_role(client, coordinator, org_c):
    now = timezone.now()
    module = org_c.modules[0]
    make_attempt(org_c.g1, module, passed=False, number=1, when=now)
    make_attempt(org_c.g1, module, passed=True, number=2, when=now)
    make_attempt(org_c.m1, module, passed=True, number=1, when=now)
    make_attempt(org_c.g2, module, passed=True, number=1, when=now - timedelta(days=400))
    client.force_login(coordinator)
    today = timezone.localdate()
    start = (today - timedelta(days=60)).isoformat()
    query = f"?date_from={start}&date_to={today.isoformat()}&organisation={org_c.organisation.pk}"
    page = body(client.get("/espace-rh/indicateurs/" + query))
    assert "Indicateurs du programme" in page
    rows = csv_rows(client.get("/espace-rh/indicateurs/indicateurs.csv" + query))
    assert rows[0][0].startswith("Période du ")
    assert rows[1][0] == "Organisation"
    total = next(index for index, row in enumerate(rows) if row and row[0] == "Total")
    table = {row[1]: row[2:] for row in rows[2:total]}
    # people, trained by the end, newly trained, presences, modules started, of those
    # completed, completion rate, attempts, passed, pass rate; g4, deactivated since, still
    # counts; g2's attempt of 400 days ago does not.
    assert table["Gardien·ne d'immeuble"] == ["4", "3", "3", "0", "5", "4", "80", "2", "1",
                                              "50"]
    assert table["Médiateur·rice"] == ["1", "1", "1", "0", "1", "1", "100", "1", "1", "100"]
    assert table["Autre"] == ["1", "0", "0", "0", "0", "0", "", "0", "0", ""]
    assert rows[total] == ["Total", "", "6", "4", "4", "0", "6", "5", "83", "3", "2", "67"]
    first_day = (today - timedelta(days=60)).replace(day=1).strftime("%d/%m/%Y")
    assert rows[0][0].startswith(f"Période du {first_day} au ")
    assert rows[total + 2][0] == "Sessions tenues"
    assert rows[total + 3] == ["0", "0", "0", "", "0", "", "0"]


def test_indicator_period_errors_in_french(client, coordinator):
    client.force_login(coordinator)
    response = client.get("/espace-rh/indicateurs/?date_from=2026-05-01&date_to=2026-01-01")
    assert response.status_code == 400
    assert "La date de fin doit suivre la date de début." in body(response)
    response = client.get("/espace-rh/indicateurs/?date_from=hier&date_to=")
    page = body(response)
    assert "Date de début invalide." in page and "Indiquez la date de fin." in page
    assert client.get("/espace-rh/indicateurs/indicateurs.csv?date_from=x").status_code == 302


def test_indicators_are_for_the_coordination_only(client, hr_a):
    client.force_login(hr_a)
    assert client.get("/espace-rh/indicateurs/").status_code == 403
    assert client.get("/espace-rh/indicateurs/indicateurs.csv").status_code == 403


def test_indicators_pages_of_organisations_keep_the_default_period(client, coordinator, org_c):
    """Without dates in the query string, page 2 is the default period's second page (a 400
    before), and each organisation links to its own detail by job role."""
    from tests.factories import OrganisationFactory

    organisations = [OrganisationFactory(name=f"Bailleur {n:02d}", slug=f"bailleur-page-{n}")
                     for n in range(60)]
    for organisation in organisations:
        UserFactory(organisation=organisation)
    first_link = f">{organisations[0].name}</a>"
    last_link = f">{organisations[-1].name}</a>"
    client.force_login(coordinator)
    first = body(client.get("/espace-rh/indicateurs/"))
    assert first_link in first and last_link not in first
    response = client.get("/espace-rh/indicateurs/?page=2")
    assert response.status_code == 200
    second = body(response)
    assert last_link in second and first_link not in second
    assert f'href="?organisation={organisations[-1].pk}"' in second  # the page number dropped
    detail = body(client.get(f"/espace-rh/indicateurs/?organisation={org_c.organisation.pk}"))
    assert "Par organisation et par métier" in detail and "Gardien·ne d'immeuble" in detail
