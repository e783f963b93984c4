"""The open questionnaires on the session's, module's and path's own pages (issue 17), through
core.panels' hook: shown to a learner who may answer, to nobody else, in bounded queries."""

from datetime import timedelta
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from courses.models import LearningPathPage, ModulePage, ModuleProgress
from evaluation import services
from evaluation.models import Completion, Questionnaire, QuestionnaireTarget
from evaluation.views import answer_url
from scheduling import services as scheduling
from tests.scheduling.conftest import create_session

from .conftest import KNOWLEDGE_ITEMS, _with_ids, make_questionnaire

pytestmark = pytest.mark.django_db

PANEL = 'id="subject-questionnaires"'


def page(client, user, url):
    client.logout()
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return unescape(response.content.decode())


def queries_of(client, url):
    """The queries of a visit to `url` (the connection's log emptied first: once full, it
    no longer counts)."""
    connection.queries_log.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def path_questionnaire(path, slug="parcours"):
    questionnaire = Questionnaire(slug=slug, title=slug.capitalize(),
                                  kind=Questionnaire.Kind.KNOWLEDGE, all_sessions=False,
                                  items=_with_ids(KNOWLEDGE_ITEMS))
    questionnaire.targets.add(QuestionnaireTarget(learning_path=path))
    questionnaire.save()
    questionnaire.save_revision().publish()
    return questionnaire


@pytest.fixture
def module():
    return ModulePage.objects.get(slug="signaux-faibles-logement")


@pytest.fixture
def path():
    return LearningPathPage.objects.live().first()


# --- The session ----------------------------------------------------------------------------

def test_a_registered_learner_sees_the_session_questionnaire(client, learner, learner_b,
                                                             trainer, questionnaire, site):
    session = create_session(trainers=[trainer])
    scheduling.register(session, learner)
    url = reverse("scheduling:detail", args=[session.pk])
    body = page(client, learner, url)
    offer = services.pending(learner, subject_kind="session", subject=session)[0]
    assert PANEL in body and answer_url(offer) in body and "anonymes" in body
    assert "Facultatifs" in body
    # Not registered, the trainer: nothing.
    assert PANEL not in page(client, learner_b, url)
    assert PANEL not in page(client, trainer, url)
    # Answered (or skipped): nothing any more.
    Completion.objects.create(user=learner, version=offer.version, moment=offer.moment,
                              done=False)
    assert PANEL not in page(client, learner, url)


def test_no_questionnaire_no_panel(client, learner, site):
    session = create_session()
    scheduling.register(session, learner)
    assert PANEL not in page(client, learner, reverse("scheduling:detail", args=[session.pk]))


def test_the_session_page_queries_are_bounded(client, learner, site,
                                              django_assert_max_num_queries):
    session = create_session()
    scheduling.register(session, learner)
    url = reverse("scheduling:detail", args=[session.pk])
    client.force_login(learner)
    client.get(url)
    without = queries_of(client, url)
    for n in range(4):
        make_questionnaire(slug=f"q{n}")
    client.get(url)  # the first visit makes the versions
    with django_assert_max_num_queries(without + 8):
        body = unescape(client.get(url).content.decode())
    assert body.count("Avant : Q") == 4


# --- The module -----------------------------------------------------------------------------

def test_a_learner_sees_the_module_questionnaire_and_a_visitor_does_not(client, learner,
                                                                        module, site):
    questionnaire = make_questionnaire(slug="module", all_sessions=False, module=module)
    ModuleProgress.objects.create(user=learner, module=module, current_step=2)
    body = page(client, learner, module.url)
    assert PANEL in body
    assert reverse("evaluation:answer", args=[questionnaire.pk, "module", module.pk,
                                              "avant"]) in body
    assert PANEL not in page(client, None, module.url)
    # Completed long ago: "before" is closed, "right after" too.
    ModuleProgress.objects.filter(user=learner, module=module).update(
        completed_at=timezone.now() - timedelta(days=services.AFTER_DAYS + 5))
    assert PANEL not in page(client, learner, module.url)


def test_a_questionnaire_of_another_module_is_not_shown(client, learner, module, site):
    other = ModulePage.objects.live().exclude(pk=module.pk).first()
    make_questionnaire(slug="ailleurs", all_sessions=False, module=other)
    make_questionnaire(slug="sessions")  # all sessions: not a module's
    assert PANEL not in page(client, learner, module.url)


def test_the_module_page_queries_are_bounded(client, learner, module, site,
                                             django_assert_max_num_queries):
    ModuleProgress.objects.create(user=learner, module=module)
    client.force_login(learner)
    client.get(module.url)
    without = queries_of(client, module.url)
    for n in range(4):
        make_questionnaire(slug=f"m{n}", all_sessions=False, module=module)
    client.get(module.url)
    with django_assert_max_num_queries(without + 8):
        body = unescape(client.get(module.url).content.decode())
    assert body.count("Avant : M") == 4


# --- The path -------------------------------------------------------------------------------

def _skip_unless_paths_supported(learner, path):
    if not services.pending(learner, subject_kind="path", subject=path):
        pytest.skip("evaluation.services.pending does not offer questionnaires for a path "
                    "(SubjectKind.PATH) yet: another engineer is adding it")


def test_a_learner_sees_the_path_questionnaire_and_a_visitor_does_not(client, learner, path,
                                                                      site):
    questionnaire = path_questionnaire(path)
    ModuleProgress.objects.create(user=learner, module=path.modules()[0])
    _skip_unless_paths_supported(learner, path)
    body = page(client, learner, path.url)
    offer = services.pending(learner, subject_kind="path", subject=path)[0]
    assert PANEL in body and answer_url(offer) in body
    assert offer.questionnaire == questionnaire
    assert PANEL not in page(client, None, path.url)


def test_the_path_page_queries_are_bounded(client, learner, path, site,
                                           django_assert_max_num_queries):
    ModuleProgress.objects.create(user=learner, module=path.modules()[0])
    client.force_login(learner)
    client.get(path.url)
    without = queries_of(client, path.url)
    for n in range(4):
        path_questionnaire(path, slug=f"p{n}")
    _skip_unless_paths_supported(learner, path)
    client.get(path.url)
    with django_assert_max_num_queries(without + 8):
        body = unescape(client.get(path.url).content.decode())
    assert body.count("Avant : P") == 4
