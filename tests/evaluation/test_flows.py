"""The learner's questionnaires: offered before a session or a module and right after,
skippable, drafts kept on bad input, recorded once, the pairing code hashed."""

from datetime import timedelta
from html import unescape

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.models import ModulePage, ModuleProgress
from evaluation import services
from evaluation.models import Completion, Moment, Response
from scheduling import services as scheduling
from scheduling.models import AwarenessSession, Registration
from tests.scheduling.conftest import create_session

from .conftest import answers_for, make_questionnaire, post_data

pytestmark = pytest.mark.django_db


def url(questionnaire, kind, subject, moment):
    return reverse("evaluation:answer", args=[questionnaire.pk, kind, subject.pk, moment])


@pytest.fixture
def session(learner):
    session = create_session()
    scheduling.register(session, learner)
    return session


def test_before_a_session_the_home_offers_it_and_the_page_explains_who_sees_what(
        client, learner, session, questionnaire, site):
    client.force_login(learner)
    home = unescape(client.get(reverse("accounts:dashboard")).content.decode())
    link = url(questionnaire, "session", session, "avant")
    assert link in home
    page = unescape(client.get(link).content.decode())
    assert "ni votre employeur ni les formateurs ne peuvent les relier à vous" in page
    assert "Je ne sais pas" in page


def test_a_person_not_registered_gets_404(client, learner_b, session, questionnaire):
    client.force_login(learner_b)
    assert client.get(url(questionnaire, "session", session, "avant")).status_code == 404


def test_answering_records_once_and_keeps_no_account(client, learner, session, questionnaire):
    client.force_login(learner)
    version = services.current_version(questionnaire)
    data = post_data(version, answers_for(version))
    link = url(questionnaire, "session", session, "avant")
    assert client.post(link, data).status_code == 200
    assert client.post(link, data).status_code == 200  # the double submit
    response = Response.objects.get()
    assert response.moment == Moment.BEFORE and response.version == version
    assert Completion.objects.get(user=learner).done
    expected = services.pair_code_hash(questionnaire.pk, "m", 12, "pa")
    assert response.pair_code_hash == expected and len(expected) == 64
    # The session had one person: it is not named in the row, nor the organisation.
    assert response.subject_id is None and response.organisation_id is None
    assert response.answered_on.weekday() == 0  # the Monday of the week, no time
    # Answered: the home no longer offers it, the page thanks.
    assert link not in client.get(reverse("accounts:dashboard")).content.decode()
    assert "Merci" in client.get(link).content.decode()


def test_an_incomplete_questionnaire_keeps_the_answers_given(client, learner, session,
                                                             questionnaire):
    client.force_login(learner)
    version = services.current_version(questionnaire)
    answers = answers_for(version)
    confidence_id = version.items[2]["id"]
    partial = {k: v for k, v in answers.items() if k != confidence_id}
    link = url(questionnaire, "session", session, "avant")
    page = client.post(link, post_data(version, partial, code=None))
    assert page.status_code == 200 and not Response.objects.exists()
    body = unescape(page.content.decode())
    assert "Une réponse est à compléter" in body
    # A reload (GET) shows the answers given so far, checked.
    again = client.get(link).content.decode()
    first = version.items[0]
    assert f'value="{answers[first["id"]]}" checked' in again
    # Bad values never give a 500.
    bad = client.post(link, {f"item-{first['id']}": "\u00e9" * 5000, "birth_day": "99"})
    assert bad.status_code == 200


def test_skipping_is_remembered_and_can_still_be_answered(client, learner, session,
                                                          questionnaire):
    client.force_login(learner)
    link = url(questionnaire, "session", session, "avant")
    assert client.post(link, {"action": "skip"}).status_code == 302
    assert not Completion.objects.get(user=learner).done
    assert link not in client.get(reverse("accounts:dashboard")).content.decode()
    version = services.current_version(questionnaire)
    client.post(link, post_data(version, answers_for(version)))
    assert Response.objects.count() == 1 and Completion.objects.get(user=learner).done


def test_after_a_closed_session_after_and_satisfaction_are_offered(
        client, learner, trainer, questionnaire, satisfaction, site):
    session = create_session(starts_in=timedelta(hours=-4), trainers=[trainer])
    registration = Registration.objects.create(session=session, user=learner)
    scheduling.mark(registration, session.slots.get(), "present", by=trainer)
    scheduling.close_session(session, by=trainer)
    client.force_login(learner)
    home = client.get(reverse("accounts:dashboard")).content.decode()
    assert url(questionnaire, "session", session, "apres") in home
    assert url(satisfaction, "session", session, "satisfaction") in home
    assert url(questionnaire, "session", session, "avant") not in home
    version = services.current_version(satisfaction)
    data = {f"item-{version.items[0]['id']}": "4", f"item-{version.items[1]['id']}": "Bien"}
    assert client.post(url(satisfaction, "session", session, "satisfaction"),
                       data).status_code == 200
    row = Response.objects.get(moment=Moment.SATISFACTION)
    assert row.pair_code_hash == "" and row.answers[version.items[1]["id"]] == "Bien"


def test_module_before_then_after_the_quiz(client, learner, site):
    module = ModulePage.objects.live().first()
    questionnaire = make_questionnaire("module-q", all_sessions=False, module=module)
    client.force_login(learner)
    before = url(questionnaire, "module", module, "avant")
    assert client.get(before).status_code == 200
    assert client.get(url(questionnaire, "module", module, "apres")).status_code == 404
    version = services.current_version(questionnaire)
    client.post(before, post_data(version, answers_for(version, right=(False, False))))
    ModuleProgress.objects.create(user=learner, module=module, completed_at=timezone.now(),
                                  steps_completed_at=timezone.now())
    after = url(questionnaire, "module", module, "apres")
    assert after in client.get(reverse("accounts:dashboard")).content.decode()
    client.post(after, post_data(version, answers_for(version)))
    assert sorted(Response.objects.values_list("moment", flat=True)) == ["after", "before"]
    codes = set(Response.objects.values_list("pair_code_hash", flat=True))
    assert len(codes) == 1  # the same code before and after: the pair


def test_a_session_closed_with_few_people_loses_its_name_in_the_rows(learner, trainer,
                                                                     version):
    session = create_session(starts_in=timedelta(hours=-4), trainers=[trainer])
    Response.objects.create(version=version, moment=Moment.BEFORE, subject_kind="session",
                            subject_id=session.pk, answered_on=timezone.localdate())
    registration = Registration.objects.create(session=session, user=learner)
    scheduling.mark(registration, session.slots.get(), "present", by=trainer)
    services.pool_small_session(AwarenessSession.objects.get(pk=session.pk))
    assert Response.objects.get().subject_id is None


def test_home_panel_queries_are_bounded(client, learner, questionnaire, satisfaction,
                                        django_assert_max_num_queries, site):
    for number in range(8):
        scheduling.register(create_session(title=f"S{number}"), learner)
    client.force_login(learner)
    client.get(reverse("accounts:dashboard"))  # versions made once
    with django_assert_max_num_queries(40):
        response = client.get(reverse("accounts:dashboard"))
    assert response.content.decode().count("/questionnaires/") == 8
