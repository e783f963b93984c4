"""A team leader (encadrant·e) sees their own team's progress, read-only, and nothing else of
the HR space; HR who lead a team see both."""

from datetime import timedelta
from html import unescape

import pytest
from django.utils import timezone

from accounts import access
from accounts.roles import MFA_REQUIRED_ROLES, Role
from courses.models import Assignment, ModulePage, ModuleProgress
from tests.access import Row, build_objects, build_scheduling_objects, check_row, signed_in
from tests.factories import UserFactory
from tests.scheduling.test_access import ROWS as SCHEDULING_ROWS
from tests.test_access_control import ROWS as ACCESS_ROWS

from . import manager as fixtures
from .manager import ROLES_WITH_MANAGER, make_manager, make_team

manager_a = fixtures.manager_a
users_with_manager = fixtures.users_with_manager

ROWS = [
    Row("/espace-rh/mon-equipe/", signed_in(403, manager=200)),
    Row("/espace-rh/mon-equipe/?page=2", signed_in(403, manager=200)),
    Row("/espace-rh/mon-equipe/{member}/", signed_in(403, manager=200)),
    # A colleague outside the team, a person of another organisation: as if they did not exist.
    Row("/espace-rh/mon-equipe/{colleague}/", signed_in(403, manager=404)),
    Row("/espace-rh/mon-equipe/{learner_b}/", signed_in(403, manager=404)),
    Row("/espace-rh/mon-equipe/{member}/", {**signed_in(405), "anonymous": 405, "manager": 405},
        method="post"),
]


def body(response):
    return unescape(response.content.decode())


@pytest.fixture
def team(manager_a):
    return make_team(manager_a, 2)


@pytest.fixture
def objects(users_with_manager, team, learner_b, site):
    return {"member": team[0].pk, "colleague": users_with_manager["learner"].pk,
            "learner_b": learner_b.pk}


@pytest.mark.parametrize("role", ROLES_WITH_MANAGER)
@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row.method}:{row.url}")
def test_access(client, users_with_manager, objects, row, role):
    check_row(client, users_with_manager[role], row, objects, role)


def hr_rows():
    """Every other row of the HR space in the access tables."""
    tables = [("access", ACCESS_ROWS), ("scheduling", SCHEDULING_ROWS)]
    return [pytest.param(name, row, id=f"{row.method}:{row.url}") for name, rows in tables
            for row in rows if row.url.startswith("/espace-rh/")]


@pytest.mark.parametrize("table, row", hr_rows())
def test_a_team_leader_gets_what_a_learner_gets_elsewhere_in_the_hr_space(
        client, users_with_manager, org_a, site, table, row):
    """Every other /espace-rh/ URL: 403, as for a learner (405 where a learner gets it)."""
    if table == "access":
        objects = build_objects(users_with_manager)
    else:
        objects = build_scheduling_objects(users_with_manager, org_a)
    assert row.expected["learner"] in (403, 405), row.url
    check_row(client, users_with_manager["manager"],
              Row(row.url, {**row.expected, "manager": row.expected["learner"]}, row.method,
                  row.data), objects, "manager")


def test_the_role_needs_a_second_factor(org_a, client, site):
    assert Role.MANAGER in MFA_REQUIRED_ROLES
    without = UserFactory(organisation=org_a, roles=[Role.MANAGER, Role.LEARNER])
    assert not access.is_manager(without)
    client.force_login(without)
    response = client.get("/espace-rh/mon-equipe/")
    assert response.status_code == 302
    assert response["Location"].startswith("/compte/2fa/totp/activate/")


def test_the_team_page_shows_the_team_only(client, manager_a, team, learner, org_a, site):
    inactive = UserFactory(organisation=org_a, manager=manager_a, is_active=False,
                           first_name="Partie")
    client.force_login(manager_a)
    page = body(client.get("/espace-rh/mon-equipe/"))
    for member in team:
        assert member.get_full_name() in page
        assert f"/espace-rh/mon-equipe/{member.pk}/" in page
    assert learner.get_full_name() not in page
    assert inactive.get_full_name() not in page
    assert "/espace-rh/personnes/" not in page  # never HR's pages
    assert "Sans affectation" in page


def test_the_team_page_shows_status_and_progress(client, manager_a, org_a, site):
    late, done = make_team(manager_a, 2, date_joined=timezone.now() - timedelta(days=60))
    module = ModulePage.objects.get(slug="signaux-faibles-logement")
    Assignment.objects.create(organisation=org_a, module=module, person=late,
                              due_date=timezone.localdate() - timedelta(days=3))
    now = timezone.now()
    ModuleProgress.objects.create(user=done, module=module, completed_at=now,
                                  steps_completed_at=now, seen_steps=list(module.step_ids))
    client.force_login(manager_a)
    response = client.get("/espace-rh/mon-equipe/")
    rows = {row["person"].pk: row for row in response.context["team"]}
    assert rows[late.pk]["status"] == "overdue"
    assert [item["title"] for item in rows[late.pk]["overdue_items"]] == [module.title]
    assert rows[done.pk]["modules_done"] == 1
    assert "En retard" in body(response)


def test_a_team_members_page_is_read_only(client, manager_a, team, org_a, site):
    from certificates.services import issue

    org_a.hr_can_see_scores = True
    org_a.save()
    member = team[0]
    module = ModulePage.objects.get(slug="signaux-faibles-logement")
    issue("module", member, module.pk, {"title": module.title, "dates": ["2026-11-23"]})
    client.force_login(manager_a)
    response = client.get(f"/espace-rh/mon-equipe/{member.pk}/")
    page = body(response)
    assert response.status_code == 200
    assert member.get_full_name() in page and module.title in page
    assert "<form" not in page.split("<main", 1)[1].split("</main>")[0]
    assert "/pdf/" not in page  # certificates named, their PDFs for HR only
    assert not response.context["training"]["show_scores"]  # scores are HR's, when allowed
    assert "Ni les scores ni les réponses" in page
    # Leaving the team: the page is gone.
    type(member).objects.filter(pk=member.pk).update(manager=None)
    assert client.get(f"/espace-rh/mon-equipe/{member.pk}/").status_code == 404


def test_the_navigation_shows_a_team_leader_only_their_team(client, manager_a, site):
    client.force_login(manager_a)
    page = body(client.get("/espace-rh/mon-equipe/"))
    hr_nav = page.split('<nav class="hr-nav"', 1)[1].split("</nav>", 1)[0]
    assert "Mon équipe" in hr_nav and "Personnel" not in hr_nav and "Invitations" not in hr_nav
    header = page.split('<header class="site-header"', 1)[1].split("</header>", 1)[0]
    assert 'href="/espace-rh/mon-equipe/"' in header and "Espace RH" not in header


def test_hr_who_lead_a_team_see_both(client, org_a, site):
    boss = UserFactory(organisation=org_a, roles=[Role.HR, Role.MANAGER, Role.LEARNER],
                       totp=True, email="rh.encadrante@a.test")
    member = UserFactory(organisation=org_a, manager=boss)
    client.force_login(boss)
    page = body(client.get("/espace-rh/mon-equipe/"))
    hr_nav = page.split('<nav class="hr-nav"', 1)[1].split("</nav>", 1)[0]
    assert "Mon équipe" in hr_nav and "Personnel" in hr_nav
    assert member.get_full_name() in page
    assert client.get("/espace-rh/").status_code == 200
    assert client.get(f"/espace-rh/mon-equipe/{member.pk}/").status_code == 200


def test_someone_leading_a_team_of_another_organisation_sees_nobody(org_a, org_b):
    """team_of keeps to the leader's organisation, whatever the manager field says."""
    boss = make_manager(org_a)
    UserFactory(organisation=org_b, manager=boss)
    assert not access.team_of(boss).exists()


def test_the_team_page_queries_stay_bounded(client, manager_a, org_a, site,
                                            django_assert_max_num_queries):
    module = ModulePage.objects.get(slug="signaux-faibles-logement")
    Assignment.objects.create(organisation=org_a, module=module, job_role="gardien",
                              due_date=timezone.localdate() + timedelta(days=10))
    client.force_login(manager_a)

    def grow(count):
        now = timezone.now()
        for person in make_team(manager_a, count):
            ModuleProgress.objects.create(user=person, module=module, completed_at=now,
                                          steps_completed_at=now,
                                          seen_steps=list(module.step_ids))

    grow(3)
    with django_assert_max_num_queries(30) as few:
        client.get("/espace-rh/mon-equipe/")
    grow(37)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get("/espace-rh/mon-equipe/")
    assert len(response.context["team"]) == 40
    assert body(response).count("/espace-rh/mon-equipe/") >= 40


def test_the_demo_team_leader_leads_two_demo_learners(db, site):
    from django.contrib.auth import get_user_model

    from accounts import demo

    demo.load()
    demo.load()  # safe to run again
    boss = get_user_model().objects.get(email="encadrant@paris-habitat.example")
    assert access.is_manager(boss)  # the role, with its second factor
    assert set(access.team_of(boss).values_list("email", flat=True)) == {
        "gardien@paris-habitat.example", "mediatrice@paris-habitat.example"}
    assert any("encadrant@paris-habitat.example" in line for line in demo.describe())
