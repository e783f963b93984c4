"""Questionnaires on a learning path: before (not completed), right after (completed within
AFTER_DAYS), at 90 days; on Mon espace, in the stored rows' generalisation, by email."""

from html import unescape

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import LearningPathPage, ModuleProgress, PathCompletion
from evaluation import services
from evaluation.models import (
    Moment,
    QuestionnaireEmail,
    QuestionnaireTarget,
    Response,
    SubjectKind,
)
from tests.access import Row, check_row, signed_in
from tests.factories import UserFactory

from .conftest import answers_for, make_questionnaire, post_data
from .test_followups import days_ago, run

pytestmark = pytest.mark.django_db


@pytest.fixture
def path(db):
    found = LearningPathPage.objects.live().filter(path_modules__isnull=False).first()
    assert found is not None, "the test content has a path with modules"
    return found


@pytest.fixture
def path_questionnaire(path):
    questionnaire = make_questionnaire("parcours-q", all_sessions=False)
    QuestionnaireTarget.objects.create(questionnaire=questionnaire, learning_path=path)
    return questionnaire


def url(questionnaire, path, moment):
    return reverse("evaluation:answer", args=[questionnaire.pk, "parcours", path.pk, moment])


def complete(person, path, days=0):
    return PathCompletion.objects.update_or_create(
        user=person, path=path, defaults={"completed_at": days_ago(days) if days else
                                          timezone.now()})[0]


def test_before_then_after_the_path_pair(client, learner, path, path_questionnaire, site):
    client.force_login(learner)
    before, after = url(path_questionnaire, path, "avant"), url(path_questionnaire, path,
                                                                "apres")
    assert client.get(before).status_code == 200
    assert client.get(after).status_code == 404
    version = services.current_version(path_questionnaire)
    client.post(before, post_data(version, answers_for(version, right=(False, True))))
    complete(learner, path)
    assert client.get(before).status_code == 404  # completed: "before" is over
    page = client.post(after, post_data(version, answers_for(version)))
    assert page.status_code == 200
    assert f'href="{path.url}"' in page.content.decode()  # back to the path's page
    rows = {r.moment: r for r in Response.objects.all()}
    assert set(rows) == {Moment.BEFORE, Moment.AFTER}
    assert rows[Moment.BEFORE].pair_code_hash == rows[Moment.AFTER].pair_code_hash
    assert {r.subject_kind for r in rows.values()} == {SubjectKind.PATH}


def test_after_closes_after_the_after_days(learner, path, path_questionnaire):
    complete(learner, path, services.AFTER_DAYS + 1)
    assert not services.moment_is_open(learner, SubjectKind.PATH, path, Moment.AFTER)


@pytest.mark.parametrize(("days", "open_"), [(89, False), (90, True), (119, True),
                                             (120, False)])
def test_the_90_day_window(learner, path, days, open_):
    complete(learner, path, days)
    assert services.moment_is_open(learner, SubjectKind.PATH, path, Moment.DAY_90) is open_


def test_mon_espace_offers_the_path_once_started_then_at_90_days(learner, path,
                                                                  path_questionnaire):
    assert services.pending(learner) == []  # nothing started: nothing offered
    ModuleProgress.objects.create(user=learner, module=path.path_modules.first().module)
    offers = services.pending(learner)
    assert [(o.subject_kind, o.subject.pk, o.moment) for o in offers] == [
        (SubjectKind.PATH, path.pk, Moment.BEFORE)]
    complete(learner, path, 95)
    assert [(o.subject.pk, o.moment) for o in services.pending(learner)] == [
        (path.pk, Moment.DAY_90)]
    # On the path's own page too.
    assert [o.moment for o in services.pending(learner, subject_kind=SubjectKind.PATH,
                                               subject=path)] == [Moment.DAY_90]


def test_the_path_is_named_in_the_row_only_for_enough_people(learner, org_a, path,
                                                             path_questionnaire):
    version = services.current_version(path_questionnaire)
    offer = services.offer(learner, path_questionnaire.pk, SubjectKind.PATH, path.pk,
                           Moment.BEFORE)
    assert services.generalise(learner, SubjectKind.PATH, path, Moment.BEFORE) == (
        None, None, "")
    module = path.path_modules.first().module
    ModuleProgress.objects.create(user=learner, module=module)
    for _ in range(services.threshold() - 1):
        person = UserFactory(organisation=org_a, job_role=learner.job_role)
        complete(person, path)
    subject_id, organisation_id, _job = services.generalise(learner, SubjectKind.PATH, path,
                                                            Moment.BEFORE)
    assert subject_id == path.pk and organisation_id == learner.organisation_id
    services.record(offer, learner, answers_for(version))
    assert Response.objects.get().subject_id == path.pk


def test_path_completers_are_emailed_at_90_days_once(learner, learner_b, path,
                                                     path_questionnaire,
                                                     django_capture_on_commit_callbacks):
    from django.core import mail

    complete(learner, path, 90)
    complete(learner_b, path, 30)
    run(django_capture_on_commit_callbacks)
    run(django_capture_on_commit_callbacks)
    assert list(QuestionnaireEmail.objects.values_list("user_id", "moment")) == [
        (learner.pk, Moment.DAY_90)]
    assert len(mail.outbox) == 1
    assert url(path_questionnaire, path, "90-jours") in mail.outbox[0].body
    assert "parcours" in unescape(mail.outbox[0].body)


ROWS = [
    Row("/questionnaires/{q}/parcours/{path}/avant/", signed_in(200, learner=404)),
    Row("/questionnaires/{q}/parcours/{path}/apres/", signed_in(404)),
    Row("/questionnaires/{q}/parcours/{path}/90-jours/", signed_in(404, learner=200)),
    Row("/questionnaires/{q}/parcours/{path}/90-jours/", signed_in(404, learner=200),
        method="post", data={"action": "send"}),
    Row("/questionnaires/{q}/parcours/999999/avant/", signed_in(404)),
]


@pytest.fixture
def objects(learner, path, path_questionnaire):
    complete(learner, path, 90)  # the learner completed it: "before" is over for them
    return {"q": path_questionnaire.pk, "path": path.pk}


@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row.method} {row.url}")
@pytest.mark.parametrize("role", ["anonymous", "learner", "trainer", "hr_same", "hr_other",
                                  "coordinator", "editor", "reviewer"])
def test_access(client, users_by_role, objects, row, role):
    check_row(client, users_by_role[role], row, objects, role)
