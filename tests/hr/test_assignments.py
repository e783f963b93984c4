"""The assignment page of the HR space: people chosen from a list (invited people too),
"avant le [date]" or "dans les [N] jours après l'arrivée", the link from a person's page,
another organisation's people out of reach, a bounded number of queries."""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.utils import timezone

from accounts.models import JobRole
from courses.models import Assignment, ModulePage, ModuleProgress
from tests.factories import InvitationFactory, UserFactory

URL = "/espace-rh/affectations/"


def body(response):
    return " ".join(unescape(response.content.decode()).split())


@pytest.fixture
def module(db, site):
    return ModulePage.objects.live().order_by("path").first()


@pytest.fixture
def staff(org_a):
    return [UserFactory(email=f"agent{n}@a.test", first_name=f"Agent{n}", last_name="Alpha",
                        job_role=JobRole.CARETAKER if n % 2 else JobRole.MEDIATOR,
                        organisation=org_a) for n in range(4)]


@pytest.fixture
def invited(org_a):
    return InvitationFactory(organisation=org_a, email="alix@a.test", first_name="Alix",
                             last_name="Invitée")


def post(client, module, **data):
    values = {"item": f"module:{module.pk}", "target": "person", "due_kind": "date",
              "due_date": (timezone.localdate() + timedelta(days=20)).isoformat()}
    values.update(data)
    return client.post(URL, values)


def test_the_list_offers_the_organisations_people_and_invitations(client, hr_a, staff, invited,
                                                                   learner_b, org_b):
    InvitationFactory(organisation=org_b, email="ailleurs@b.test", first_name="Bob")
    InvitationFactory(organisation=hr_a.organisation, email="annulee@a.test",
                      revoked_at=timezone.now())
    inactive = UserFactory(email="parti@a.test", first_name="Parti", organisation=hr_a.organisation,
                           is_active=False)
    client.force_login(hr_a)
    page = body(client.get(URL))
    for person in staff:
        assert f'value="{person.pk}"' in page and person.first_name in page
    assert "Alix Invitée" in page and "alix@a.test" in page
    assert learner_b.email not in page and "ailleurs@b.test" not in page
    assert "annulee@a.test" not in page and inactive.first_name not in page
    # Filtered by job and name, without JavaScript.
    page = body(client.get(URL, {"metier": "mediateur", "q": "agent2"}))
    assert staff[2].first_name in page and staff[0].first_name not in page
    assert staff[1].first_name not in page


def test_hr_assigns_several_people_and_an_invited_person(client, hr_a, staff, invited, module):
    client.force_login(hr_a)
    response = post(client, module, people=[staff[0].pk, staff[1].pk],
                    invitations=[invited.pk])
    assert response.status_code == 302
    created = Assignment.objects.filter(organisation=hr_a.organisation)
    assert {(a.person_id, a.invitation_id, a.job_role) for a in created} == {
        (staff[0].pk, None, ""), (staff[1].pk, None, ""), (None, invited.pk, "")}
    page = body(client.get(URL))
    assert "3 affectations enregistrées." in page
    listed = page.split("Affectations en cours", 1)[1]
    assert 'Alix Invitée <span class="muted">(invitation en attente)</span>' in listed


def test_within_days_of_arrival(client, hr_a, staff, module):
    client.force_login(hr_a)
    response = post(client, module, target="job_role", job_role="gardien", due_kind="days",
                    due_days="45", due_date="")
    assert response.status_code == 302
    assignment = Assignment.objects.get(organisation=hr_a.organisation)
    assert (assignment.due_date, assignment.due_days, assignment.job_role) == (
        None, 45, "gardien")
    assert "dans les 45 jours après l'arrivée" in body(client.get(URL))
    # The date typed too is ignored: only the chosen kind counts.
    post(client, module, people=[staff[0].pk], due_kind="days", due_days="10")
    assert Assignment.objects.get(person=staff[0]).due_date is None


@pytest.mark.parametrize("data, message", [
    ({"due_kind": "days", "due_days": ""}, "Indiquez le nombre de jours."),
    ({"due_kind": "days", "due_days": "0"}, "supérieure ou égale à 1"),
    ({"due_kind": "days", "due_days": "5000"}, "inférieure ou égale à 730"),
    ({"due_kind": "days", "due_days": "1e3"}, "Saisissez un nombre entier."),
    ({"due_kind": "date", "due_date": ""}, "Indiquez la date limite."),
    ({"due_kind": "date", "due_date": "2020-01-01"}, "La date limite ne peut pas être passée."),
    ({"due_kind": "date", "due_date": "2027-02-30"}, "Saisissez une date valide."),
    ({"due_kind": "date", "due_date": "\x00"}, ""),  # refused before the form (a NUL byte)
    ({"people": []}, "Cochez au moins une personne."),
    ({"people": ["abc"]}, "n’est pas une valeur correcte"),
    ({"people": ["9" * 30]}, "Cette personne ne fait pas partie de votre organisation."),
    ({"invitations": ["999999999"]}, "Cette invitation n'est plus en attente"),
])
def test_errors_in_french_and_nothing_saved(client, hr_a, staff, module, data, message):
    client.force_login(hr_a)
    values = {"people": [staff[0].pk], **data}
    response = post(client, module, **values)
    assert response.status_code == 400
    assert message in body(response)
    assert not Assignment.objects.filter(organisation=hr_a.organisation).exists()


def test_a_person_of_another_organisation_is_out_of_reach(client, hr_a, hr_b, staff, module,
                                                          learner_b):
    client.force_login(hr_b)
    # The link of a person's page, for someone who is not theirs: 404, as the person page.
    assert client.get(f"/espace-rh/personnes/{staff[0].pk}/").status_code == 404
    assert client.get(URL, {"personne": staff[0].pk}).status_code == 404
    assert client.post(f"{URL}?personne={staff[0].pk}", {}).status_code == 404
    assert client.get(URL, {"personne": "1 OR 1=1"}).status_code == 404
    assert client.get(URL, {"personne": "9" * 30}).status_code == 404
    # Posted directly: refused, nothing saved.
    response = post(client, module, people=[staff[0].pk])
    assert response.status_code == 400
    assert "Cette personne ne fait pas partie de votre organisation." in body(response)
    assert not Assignment.objects.exists()
    # Their own person, the same way: fine.
    assert client.get(URL, {"personne": learner_b.pk}).status_code == 200


def test_the_person_page_links_to_the_assignment_page_with_them_chosen(client, hr_a, staff):
    client.force_login(hr_a)
    link = f"{URL}?personne={staff[1].pk}"
    assert link in body(client.get(f"/espace-rh/personnes/{staff[1].pk}/"))
    page = body(client.get(link))
    checked = re.findall(r'<input type="checkbox" name="people" value="(\d+)"[^>]* checked>',
                         page)
    assert checked == [str(staff[1].pk)]
    assert re.search(r'<input type="radio" name="target" value="person"[^>]* checked>', page)
    # Even when the filter would hide them.
    page = body(client.get(link + "&q=personne-inconnue"))
    assert f'value="{staff[1].pk}"' in page


def test_the_coordination_picks_the_organisation(client, coordinator, staff, module, org_a,
                                                 learner_b):
    client.force_login(coordinator)
    page = body(client.get(URL))
    assert "Choisissez d'abord l'organisation des personnes" in page
    assert f'value="{staff[0].pk}"' not in page
    page = body(client.get(URL, {"organisation": org_a.pk}))
    assert f'value="{staff[0].pk}"' in page
    response = post(client, module, organisation=org_a.pk, people=[staff[0].pk, learner_b.pk])
    assert response.status_code == 400
    assert "Ne fait pas partie de l'organisation choisie" in body(response)
    response = post(client, module, organisation=org_a.pk, people=[staff[0].pk])
    assert response.status_code == 302
    assert Assignment.objects.get().person == staff[0]


def test_an_invited_person_signs_up_and_finds_the_assignment(client, hr_a, invited, module):
    client.force_login(hr_a)
    post(client, module, people=[], invitations=[invited.pk], due_kind="days", due_days="7")
    client.logout()
    client.get(invited.get_accept_url())
    response = client.post("/compte/signup/", {
        "email": "alix@a.test", "first_name": "Alix", "last_name": "Invitée",
        "job_role": "gardien", "site": "", "password1": "pas-facile-a-deviner-9",
        "password2": "pas-facile-a-deviner-9"})
    assert response.status_code == 302
    assignment = Assignment.objects.get()
    assert assignment.invitation is None and assignment.person.email == "alix@a.test"
    page = body(client.get("/mon-parcours/"))
    due = timezone.localdate() + timedelta(days=7)
    assert "Demandé par votre employeur" in page and module.title in page
    assert f"À terminer avant le {due.day} " in page


def test_queries_do_not_grow_with_people_and_assignments(client, hr_a, module,
                                                         django_assert_max_num_queries):
    organisation = hr_a.organisation
    client.force_login(hr_a)

    def add(count, offset):
        people = [UserFactory(email=f"p{offset + n}@a.test", organisation=organisation,
                              date_joined=timezone.now() - timedelta(days=n))
                  for n in range(count)]
        for n, person in enumerate(people):
            Assignment.objects.create(organisation=organisation, module=module, person=person,
                                      **({"due_days": 10} if n % 2 else
                                         {"due_date": timezone.localdate()}))
            ModuleProgress.objects.create(user=person, module=module)
        InvitationFactory.create_batch(count, organisation=organisation)

    add(3, 0)
    with django_assert_max_num_queries(60) as few:
        assert client.get(URL).status_code == 200
    with django_assert_max_num_queries(60) as few_dashboard:
        assert client.get("/espace-rh/tableau-de-bord/").status_code == 200
    add(62, 100)
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = body(client.get(URL))
    active = organisation.members.filter(is_active=True, deleted_at__isnull=True).count()
    assert active > 60 and page.count('name="people"') == active
    assert page.count('name="invitations"') == 65
    with django_assert_max_num_queries(len(few_dashboard.captured_queries)):
        assert client.get("/espace-rh/tableau-de-bord/").status_code == 200
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(URL, {"page": 2}).status_code == 200
