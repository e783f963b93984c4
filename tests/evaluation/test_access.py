"""Every new URL, every role (tests/access.py), plus the research role of this issue."""

from datetime import timedelta

import pytest
from django.urls import reverse

from evaluation import services
from scheduling import services as scheduling
from scheduling.models import Registration
from tests.access import DENIED, LOGIN, Row, check_row, signed_in
from tests.scheduling.conftest import create_session

pytestmark = pytest.mark.django_db

RESEARCH = {"learner": DENIED, "trainer": DENIED, "hr_same": DENIED, "hr_other": DENIED,
            "editor": DENIED, "coordinator": 200}
ROWS = [
    Row("/questionnaires/{q}/session/{upcoming}/avant/", signed_in(404, learner=200)),
    Row("/questionnaires/{q}/session/{upcoming}/apres/", signed_in(404)),
    Row("/questionnaires/{q}/inconnu/{upcoming}/avant/", signed_in(404)),
    Row("/questionnaires/{q}/session/{upcoming}/avant/", signed_in(404, learner=200),
        method="post", data={"action": "send"}),
    Row("/recherche/resultats/", signed_in(200, **RESEARCH)),
    Row("/recherche/resultats/?version={version}", signed_in(200, **RESEARCH)),
    Row("/recherche/resultats/?version=abc&date_from=hier", signed_in(200, **RESEARCH)),
    Row("/recherche/resultats/reponses.csv?version={version}", signed_in(200, **RESEARCH)),
    Row("/formateur/sessions/{closed}/evaluation/",
        signed_in(200, learner=DENIED, hr_same=DENIED, hr_other=DENIED, editor=DENIED)),
    Row("/formateur/sessions/{other}/evaluation/",
        signed_in(200, learner=DENIED, hr_same=DENIED, hr_other=DENIED, editor=DENIED,
                  trainer=404)),
    Row("/espace-rh/questionnaires/", signed_in(200, learner=403, trainer=403, editor=403)),
    Row("/espace-rh/questionnaires/?organisation=999999",
        signed_in(200, learner=403, trainer=403, editor=403)),
]


@pytest.fixture
def objects(learner, trainer, questionnaire, version):
    upcoming = create_session()
    scheduling.register(upcoming, learner)
    closed = create_session(starts_in=timedelta(hours=-4), trainers=[trainer])
    registration = Registration.objects.create(session=closed, user=learner)
    scheduling.mark(registration, closed.slots.get(), "present", by=trainer)
    scheduling.close_session(closed, by=trainer)
    other = create_session(starts_in=timedelta(hours=-4))
    return {"q": questionnaire.pk, "upcoming": upcoming.pk, "closed": closed.pk,
            "other": other.pk, "version": version.pk}


@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row.method} {row.url}")
@pytest.mark.parametrize("role", ["anonymous", "learner", "trainer", "hr_same", "hr_other",
                                  "coordinator", "editor", "reviewer"])
def test_access(client, users_by_role, objects, row, role):
    check_row(client, users_by_role[role], row, objects, role)


@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row.method} {row.url}")
def test_research_role(client, researcher, objects, row):
    expected = 200 if row.url.startswith("/recherche/") else DENIED
    if row.url.startswith("/questionnaires/"):
        expected = 404
    if row.url.startswith("/espace-rh/"):
        expected = 403
    row = Row(row.url, {**row.expected, "coordinator": expected}, row.method, row.data)
    check_row(client, researcher, row, objects, "coordinator")


def test_research_without_second_factor_is_sent_to_set_it_up(client, db):
    from accounts.roles import Role
    from tests.factories import UserFactory

    person = UserFactory(organisation=None, roles=[Role.RESEARCH])
    client.force_login(person)
    response = client.get(reverse("evaluation:results"))
    assert response.status_code == 302 and "totp" in response["Location"]


def test_results_page_queries_are_bounded(client, researcher, version,
                                          django_assert_max_num_queries):
    from django.utils import timezone

    from evaluation.models import Moment, Response

    from .conftest import answers_for

    Response.objects.bulk_create([
        Response(version=version, moment=moment, subject_kind="session", pair_code_hash=str(n),
                 answered_on=timezone.localdate(), answers=answers_for(version))
        for n in range(60) for moment in (Moment.BEFORE, Moment.AFTER)])
    client.force_login(researcher)
    with django_assert_max_num_queries(25):
        page = client.get(reverse("evaluation:results"), {"version": version.pk})
    assert page.status_code == 200 and "n = 60" in page.content.decode()
    assert services.threshold() == 5
    assert LOGIN
