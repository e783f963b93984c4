"""The HR dashboard: figures checked against the hand-computed values of tests/reports/conftest."""

import re
from html import unescape

import pytest
from django.utils import timezone

from accounts import access
from courses.models import ModuleProgress
from reports import stats
from tests.factories import UserFactory


def body(response):
    return unescape(response.content.decode())


def cells(page, caption):
    """The text of each row of the table whose caption is `caption`."""
    table = page.split(f"<caption class=\"visually-hidden\">{caption}</caption>", 1)[1]
    table = table.split("</table>", 1)[0]
    rows = re.findall(r"<tr>(.*?)</tr>", table, flags=re.S)
    return [" | ".join(re.sub(r"<[^>]+>", "", cell).strip()
                       for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, flags=re.S))
            for row in rows]


def test_completion_figures_match_the_hand_computed_values(org_c):
    people = stats.staff(org_c.hr)
    figures = stats.completion(people)
    assert figures["people"] == 5
    modules = {row["page"].pk: (row["targeted"], row["completed"], row["rate"])
               for row in figures["modules"]}
    assert modules[org_c.modules[0].pk] == (4, 3, 75)
    assert modules[org_c.modules[1].pk] == (4, 1, 25)
    assert modules[org_c.modules[2].pk] == (4, 0, 0)
    paths = {row["page"].pk: (row["targeted"], row["completed"], row["rate"])
             for row in figures["paths"]}
    assert paths[org_c.gardiens.pk] == (3, 1, 33)
    assert paths[org_c.mediation.pk] == (1, 0, 0)
    roles = {row["job_role"]: (row["people"], row["expected"], row["completed"], row["rate"])
             for row in figures["job_roles"]}
    assert roles == {"gardien": (3, 18, 3, 17), "mediateur": (1, 6, 1, 17),
                     "autre": (1, 0, 0, None)}
    assert stats.headline(people) == {"total": 5, "trained": 3, "overdue": 1, "trained_rate": 60}


def test_statuses_and_filters(org_c):
    status = {p.email: stats.status_of(p) for p in stats.staff(org_c.hr)}
    assert status == {"g1@c.test": "up_to_date", "g2@c.test": "up_to_date",
                      "g3@c.test": "overdue", "m1@c.test": "pending", "rh@c.test": "unassigned"}

    def emails(**filters):
        return [p.email for p in stats.staff(org_c.hr, **filters)]

    assert emails(site="Nord") == ["g2@c.test", "m1@c.test", "g1@c.test"]
    assert emails(job_role="gardien") == ["g2@c.test", "g3@c.test", "g1@c.test"]
    assert emails(status="overdue") == ["g3@c.test"]
    assert emails(status="pending") == ["m1@c.test"]
    assert emails(status="unassigned") == ["rh@c.test"]
    assert emails(query="gisèle deux") == ["g2@c.test"]
    figures = stats.completion(stats.staff(org_c.hr, site="Nord"))
    assert figures["people"] == 3
    assert figures["modules"][0]["completed"] == 3


def test_completions_by_month(org_c):
    months = stats.completion(stats.staff(org_c.hr))["months"]
    assert len(months) == 12
    assert months[-1]["month"] == timezone.localdate().replace(day=1)
    assert months[-1]["count"] == 3  # g1 twice, m1 once; g4 is inactive
    assert months[-2]["count"] == 1  # g2


def test_dashboard_page_shows_figures_charts_and_tables(client, org_c):
    client.force_login(org_c.hr)
    page = body(client.get("/espace-rh/tableau-de-bord/"))
    assert "Tableau de bord de la formation" in page
    assert 'role="img"' in page and "<title id=\"role-chart-title\">" in page
    assert "Gardien·ne d'immeuble : 17 %" in page  # the SVG's description
    assert cells(page, "Achèvement par métier, en chiffres") == [
        "Métier | Personnes | Modules terminés / attendus | Taux",
        "Gardien·ne d'immeuble | 3 | 3 / 18 | 17 %",
        "Médiateur·rice | 1 | 1 / 6 | 17 %",
        "Autre | 1 | 0 / 0 | —",
    ]
    by_module = cells(page, "Achèvement par module")
    assert by_module[1] == f"{org_c.modules[0].title} | 4 | 3 | 75 %"
    overdue = page.split('id="overdue-title"', 1)[1].split("</ul>", 1)[0]
    assert "Gérard Trois" in overdue and org_c.modules[0].title in overdue
    staff = cells(page, "Personnel et avancement")
    assert "Gérard Trois | Gardien·ne d'immeuble | Sud | En retard | 0 / 1 | 0" in staff[4]
    assert "Gaston Un | Gardien·ne d'immeuble | Nord | À jour | 1 / 1 | 2" in staff[5]


def test_dashboard_filters_through_the_page(client, org_c):
    client.force_login(org_c.hr)
    page = body(client.get("/espace-rh/tableau-de-bord/?site=Nord&job_role=gardien&status="))
    staff = cells(page, "Personnel et avancement")
    assert [row.split(" | ")[0] for row in staff[1:]] == ["Gisèle Deux", "Gaston Un"]
    assert "suivi.csv?site=Nord&amp;job_role=gardien" in page.replace("&", "&amp;") or \
        "suivi.csv?site=Nord&job_role=gardien" in page


def test_invalid_filters_are_reported_not_a_500(client, org_c):
    client.force_login(org_c.hr)
    response = client.get("/espace-rh/tableau-de-bord/?site=Lune&status=perdu&page=x")
    assert response.status_code == 200
    page = body(response)
    assert page.count("Sélectionnez un choix valide") == 2
    response = client.get("/espace-rh/tableau-de-bord/suivi.csv?status=perdu")
    assert response.status_code == 302


def test_hr_never_sees_another_organisation(client, org_c, hr_a, learner):
    client.force_login(hr_a)
    page = body(client.get(f"/espace-rh/tableau-de-bord/?organisation={org_c.organisation.pk}"))
    assert "Gaston Un" not in page and "Gérard Trois" not in page
    assert learner.get_full_name() in page
    assert client.get(f"/espace-rh/personnes/{org_c.g1.pk}/").status_code == 404
    export = b"".join(client.get(
        f"/espace-rh/tableau-de-bord/suivi.csv?organisation={org_c.organisation.pk}")
        .streaming_content).decode()
    assert "g1@c.test" not in export and learner.email in export


def test_coordinator_filters_by_organisation(client, coordinator, org_c, learner):
    client.force_login(coordinator)
    page = body(client.get(f"/espace-rh/tableau-de-bord/?organisation={org_c.organisation.pk}"))
    assert "Gaston Un" in page and learner.get_full_name() not in page
    page = body(client.get("/espace-rh/tableau-de-bord/"))
    assert "Gaston Un" in page or "Page 1 sur" in page


def test_person_page_shows_progress_pass_fail_and_certificates(client, org_c):
    from certificates.models import Certificate
    from quizzes.models import Attempt

    module = org_c.modules[0]
    Attempt.objects.create(user=org_c.g1, quiz=module.quiz, number=1, seed=1, questions=[],
                           submitted_at=timezone.now(), score=2, max_score=4, percent=50,
                           passed=False)
    Attempt.objects.create(user=org_c.g1, quiz=module.quiz, number=2, seed=2, questions=[],
                           submitted_at=timezone.now(), score=4, max_score=4, percent=93,
                           passed=True)
    Certificate.objects.create(kind="module", subject_id=module.pk, recipient=org_c.g1,
                               organisation=org_c.organisation,
                               snapshot={"title": module.title, "recipient_name": "Gaston Un"})
    client.force_login(org_c.hr)
    page = body(client.get(f"/espace-rh/personnes/{org_c.g1.pk}/"))
    rows = cells(page, "Avancement dans les modules")
    assert rows[1].startswith(f"{module.title} | terminé le ") and rows[1].endswith("| réussi")
    assert "93 %" not in page and "Meilleur score" not in page
    assert "Les scores ne sont pas montrés" in page
    assert f"{org_c.gardiens.title} : terminé le" in page
    assert f"{module.title} — " in page and "/pdf/" in page  # the certificate

    org_c.organisation.hr_can_see_scores = True
    org_c.organisation.save()
    page = body(client.get(f"/espace-rh/personnes/{org_c.g1.pk}/"))
    assert cells(page, "Avancement dans les modules")[1].endswith("| réussi | 93 %")


def test_dashboard_queries_stay_bounded(client, org_c, django_assert_max_num_queries):
    client.force_login(org_c.hr)
    with django_assert_max_num_queries(40) as few:
        client.get("/espace-rh/tableau-de-bord/")
    for person in UserFactory.create_batch(70, organisation=org_c.organisation):
        for module in org_c.modules[:3]:
            ModuleProgress.objects.create(user=person, module=module,
                                          completed_at=timezone.now())
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/espace-rh/tableau-de-bord/?page=2")
    assert "Page 2 sur 2" in body(response)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(f"/espace-rh/personnes/{org_c.g1.pk}/")


@pytest.mark.parametrize("role", ["learner", "trainer", "editor"])
def test_no_hr_page_for_other_roles(client, users_by_role, role):
    client.force_login(users_by_role[role])
    assert not access.can_use_hr_space(users_by_role[role])
    for url in ["/espace-rh/tableau-de-bord/", "/espace-rh/import/", "/espace-rh/affectations/",
                "/espace-rh/tableau-de-bord/suivi.xlsx", "/espace-rh/indicateurs/"]:
        assert client.get(url).status_code == 403
