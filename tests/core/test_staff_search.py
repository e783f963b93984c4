"""The one staff search (core.staff_search), and the three HR lists that use it."""

from html import unescape

import pytest
from django.contrib.auth import get_user_model

from core.staff_search import search_staff
from tests.factories import UserFactory
from tests.scheduling.conftest import create_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(org_a):
    return {
        "nadia": UserFactory(organisation=org_a, first_name="Nadia", last_name="Nouvelle",
                             email="n.nouvelle@bailleur-a.test", employee_id="M-1042"),
        "noel": UserFactory(organisation=org_a, first_name="Noël", last_name="Nouveau",
                            email="noel@bailleur-a.test", employee_id="M-2001"),
        "amir": UserFactory(organisation=org_a, first_name="Amir", last_name="Haddad",
                            email="amir.h@bailleur-a.test", employee_id="M-10"),
    }


def found(query, organisation):
    people = get_user_model().objects.filter(organisation=organisation)
    return set(search_staff(people, query).values_list("first_name", flat=True))


def test_every_word_must_match_a_name_or_the_email(people, org_a):
    assert found("nou", org_a) == {"Nadia", "Noël"}
    assert found("NADIA nou", org_a) == {"Nadia"}
    assert found("nouvelle nadia", org_a) == {"Nadia"}  # in any order
    assert found("amir.h@", org_a) == {"Amir"}
    assert found("nadia haddad", org_a) == set()


def test_the_employee_number_matches_whole_never_in_part(people, org_a):
    assert found("m-1042", org_a) == {"Nadia"}
    assert found("M-10", org_a) == {"Amir"}  # not M-1042 too


def test_an_empty_or_outsized_query_is_harmless(people, org_a):
    everyone = set(get_user_model().objects.filter(organisation=org_a)
                   .values_list("first_name", flat=True))
    assert {"Nadia", "Noël", "Amir"} <= everyone
    assert found("", org_a) == found("   ", org_a) == everyone
    assert found("nadia " + "x" * 10_000, org_a) == set()  # cut to 100 characters
    # Only the first five words count: the sixth cannot empty the list.
    assert found("n n n n nadia zzz", org_a) == {"Nadia"}


def test_the_hr_staff_list_finds_by_several_words_and_number(client, hr_a, people):
    client.force_login(hr_a)
    page = unescape(client.get("/espace-rh/", {"q": "nadia nouvelle"}).content.decode())
    assert "Nouvelle" in page and "Nouveau" not in page
    page = unescape(client.get("/espace-rh/", {"q": "M-2001"}).content.decode())
    assert "Nouveau" in page and "Nouvelle" not in page


def test_the_dashboard_finds_the_same_people(client, hr_a, people):
    client.force_login(hr_a)
    page = unescape(client.get("/espace-rh/tableau-de-bord/", {"q": "nadia nouvelle"})
                    .content.decode())
    assert "Nouvelle" in page and "Nouveau" not in page


def test_registering_staff_to_a_session_finds_them_by_email_too(client, hr_a, people):
    session = create_session(title="Session pour l'équipe")
    client.force_login(hr_a)
    page = unescape(client.get(f"/espace-rh/sessions/{session.pk}/",
                               {"q": "amir.h@", "organisation": hr_a.organisation_id})
                    .content.decode())
    assert "Haddad" in page and "Nouvelle" not in page
