"""The questionnaires of 30, 60 and 90 days: their windows, the emails (sent once, never to
who opted out, answered, skipped, or cannot receive them), the opt-out, and the answers
paired with those given before."""

from datetime import datetime, time, timedelta
from html import unescape

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from courses.models import ModulePage, ModuleProgress
from evaluation import followups, services
from evaluation.models import (
    Completion,
    Moment,
    Questionnaire,
    QuestionnaireEmail,
    QuestionnaireOptOut,
    QuestionnaireTarget,
    Response,
    SubjectKind,
)
from scheduling import services as scheduling
from scheduling.models import AwarenessSession, Registration
from tests.access import Row, check_row, everyone, signed_in
from tests.factories import UserFactory
from tests.scheduling.conftest import create_session

from .conftest import (
    KNOWLEDGE_ITEMS,
    _with_ids,
    answers_for,
    make_questionnaire,
    post_data,
)

pytestmark = pytest.mark.django_db


def days_ago(days):
    """Noon, local time, `days` days ago: whole days whatever the hour the tests run."""
    day = timezone.localdate() - timedelta(days=days)
    return timezone.make_aware(datetime.combine(day, time(12)))


def attended(person, trainer, *, closed_days_ago=90, session=None):
    """A session `person` attended, closed `closed_days_ago` days ago."""
    if session is None:
        session = create_session(starts_in=timedelta(hours=-4), trainers=[trainer])
    registration, _ = Registration.objects.get_or_create(session=session, user=person)
    scheduling.mark(registration, session.slots.get(), "present", by=trainer)
    if session.status != AwarenessSession.Status.CLOSED:
        scheduling.close_session(session, by=trainer)
    AwarenessSession.objects.filter(pk=session.pk).update(closed_at=days_ago(closed_days_ago))
    return AwarenessSession.objects.get(pk=session.pk)


def completed(person, module, days):
    return ModuleProgress.objects.update_or_create(
        user=person, module=module,
        defaults={"completed_at": days_ago(days), "steps_completed_at": days_ago(days)})[0]


def followup_for(paired, modules, slug="suivi"):
    """A follow-up micro-case on `modules`, sharing `paired`'s pairing code."""
    questionnaire = Questionnaire(slug=slug, title=slug.capitalize(),
                                  kind=Questionnaire.Kind.FOLLOWUP, pairs_with=paired,
                                  items=_with_ids(KNOWLEDGE_ITEMS))
    for module in modules:
        questionnaire.targets.add(QuestionnaireTarget(module=module))
    questionnaire.save()
    questionnaire.save_revision().publish()
    questionnaire.refresh_from_db()
    return questionnaire


def url(questionnaire, kind, subject, moment):
    return reverse("evaluation:answer", args=[questionnaire.pk, kind, subject.pk, moment])


def run(capture):
    """The command, its emails sent (the immediate task backend) once the rows commit."""
    with capture(execute=True):
        call_command("send_questionnaire_emails", verbosity=0)


# --- The windows ----------------------------------------------------------------------------

@pytest.mark.parametrize(("moment", "days", "open_"), [
    (Moment.DAY_90, 89, False), (Moment.DAY_90, 90, True), (Moment.DAY_90, 119, True),
    (Moment.DAY_90, 120, False), (Moment.DAY_60, 59, False), (Moment.DAY_60, 60, True),
    (Moment.DAY_60, 89, True), (Moment.DAY_60, 90, False)])
def test_session_windows(learner, trainer, moment, days, open_):
    session = attended(learner, trainer, closed_days_ago=days)
    assert services.moment_is_open(learner, SubjectKind.SESSION, session, moment) is open_
    assert not services.moment_is_open(learner, SubjectKind.SESSION, session, Moment.AFTER)


def test_a_person_absent_from_the_session_has_no_later_moment(learner, learner_b, trainer):
    session = attended(learner, trainer, closed_days_ago=95)
    registration = Registration.objects.create(session=session, user=learner_b,
                                               status=Registration.Status.ABSENT)
    assert registration.status not in (Registration.Status.ATTENDED,)
    assert not services.moment_is_open(learner_b, SubjectKind.SESSION, session, Moment.DAY_90)


@pytest.mark.parametrize(("moment", "days", "open_"), [
    (Moment.DAY_30, 29, False), (Moment.DAY_30, 30, True), (Moment.DAY_30, 59, True),
    (Moment.DAY_30, 60, False), (Moment.DAY_90, 89, False), (Moment.DAY_90, 90, True),
    (Moment.DAY_90, 119, True), (Moment.DAY_90, 120, False)])
def test_module_windows(learner, moment, days, open_):
    module = ModulePage.objects.live().first()
    completed(learner, module, days)
    assert services.moment_is_open(learner, SubjectKind.MODULE, module, moment) is open_


def test_a_module_not_completed_has_no_later_moment(learner):
    module = ModulePage.objects.live().first()
    ModuleProgress.objects.create(user=learner, module=module)
    assert not services.moment_is_open(learner, SubjectKind.MODULE, module, Moment.DAY_30)


# --- The emails -----------------------------------------------------------------------------

def test_the_90_day_email_is_sent_once_with_the_link_and_the_opt_out(
        learner, trainer, questionnaire, satisfaction, django_capture_on_commit_callbacks):
    session = attended(learner, trainer, closed_days_ago=91)
    run(django_capture_on_commit_callbacks)
    run(django_capture_on_commit_callbacks)  # cron ran twice: nothing more
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [learner.email]
    row = QuestionnaireEmail.objects.get()
    assert (row.user, row.questionnaire, row.moment, row.subject_id) == (
        learner, questionnaire, Moment.DAY_90, session.pk)
    body = mail.outbox[0].body
    link = url(questionnaire, "session", session, "90-jours")
    assert "://" in body
    assert link in body and "/questionnaires-par-courriel/arret/" in body
    assert "anonymes" in body and "facultatif" in body and "une minute ou deux" in body
    assert link in mail.outbox[0].alternatives[0][0]


def test_the_60_day_satisfaction_email(learner, trainer, satisfaction,
                                       django_capture_on_commit_callbacks):
    session = attended(learner, trainer, closed_days_ago=60)
    run(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1
    assert url(satisfaction, "session", session, "60-jours") in mail.outbox[0].body


def test_no_email_outside_the_window(learner, trainer, questionnaire, satisfaction,
                                     django_capture_on_commit_callbacks):
    attended(learner, trainer, closed_days_ago=89 - 30)  # 59 days: neither 60 nor 90
    attended(learner, trainer, closed_days_ago=120)
    run(django_capture_on_commit_callbacks)
    assert mail.outbox == [] and not QuestionnaireEmail.objects.exists()


def test_no_email_after_opting_out(learner, trainer, questionnaire,
                                   django_capture_on_commit_callbacks):
    attended(learner, trainer)
    followups.opt_out(learner)
    run(django_capture_on_commit_callbacks)
    assert mail.outbox == [] and not QuestionnaireEmail.objects.exists()
    # Opted out, the person still finds the questionnaire on the site.
    assert services.pending(learner)


@pytest.mark.parametrize("change", [{"is_active": False}, {"email_to_complete": True},
                                    {"deleted_at": timezone.now()}])
def test_no_email_to_inactive_deleted_or_placeholder_accounts(
        trainer, questionnaire, org_a, change, django_capture_on_commit_callbacks):
    person = UserFactory(organisation=org_a, **change)
    attended(person, trainer)
    run(django_capture_on_commit_callbacks)
    assert mail.outbox == [] and not QuestionnaireEmail.objects.exists()


@pytest.mark.parametrize("done", [True, False])
def test_no_email_once_answered_or_skipped(learner, trainer, questionnaire, done,
                                           django_capture_on_commit_callbacks):
    attended(learner, trainer)
    Completion.objects.create(user=learner, version=services.current_version(questionnaire),
                              moment=Moment.DAY_90, done=done)
    run(django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_module_completers_get_the_follow_up_at_30_and_90_days(
        learner, learner_b, django_capture_on_commit_callbacks):
    module = ModulePage.objects.live().first()
    knowledge = make_questionnaire("module-q", all_sessions=False, module=module)
    followup = followup_for(knowledge, [module])
    completed(learner, module, 30)
    completed(learner_b, module, 90)
    run(django_capture_on_commit_callbacks)
    sent = set(QuestionnaireEmail.objects.values_list("user_id", "questionnaire_id", "moment"))
    assert sent == {(learner.pk, followup.pk, Moment.DAY_30),
                    (learner_b.pk, followup.pk, Moment.DAY_90),
                    (learner_b.pk, knowledge.pk, Moment.DAY_90)}
    assert len(mail.outbox) == 3
    run(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 3


def test_the_emailed_link_opens_for_the_person(client, learner, trainer, questionnaire,
                                               site):
    session = attended(learner, trainer)
    client.force_login(learner)
    page = unescape(client.get(url(questionnaire, "session", session, "90-jours")).content
                    .decode())
    assert "Trois mois après" in page and "Ne plus les recevoir par courriel" in page


def test_pending_offers_the_later_moments_with_bounded_queries(
        learner, trainer, questionnaire, satisfaction, django_assert_max_num_queries):
    modules = list(ModulePage.objects.live()[:6])
    followup = followup_for(questionnaire, modules)
    for number in range(8):
        attended(learner, trainer, closed_days_ago=90 + number)
    for number in range(4):
        attended(learner, trainer, closed_days_ago=60 + number)
    for module in modules:
        completed(learner, module, 30)
    services.pending(learner)  # versions made once
    with django_assert_max_num_queries(12):
        offers = services.pending(learner)
    moments = [(o.questionnaire.pk, o.moment) for o in offers]
    assert moments.count((questionnaire.pk, Moment.DAY_90)) == 8
    assert moments.count((satisfaction.pk, Moment.DAY_60)) == 4
    assert moments.count((followup.pk, Moment.DAY_30)) == len(modules)


# --- Answering at 90 days, the follow-up, paired ----------------------------------------------

def test_answering_at_90_days_pairs_with_before_and_records_once(client, learner, trainer,
                                                                  questionnaire):
    session = create_session(trainers=[trainer])
    scheduling.register(session, learner)
    client.force_login(learner)
    version = services.current_version(questionnaire)
    client.post(url(questionnaire, "session", session, "avant"),
                post_data(version, answers_for(version, right=(False, False))))
    Registration.objects.filter(session=session, user=learner).update(
        status=Registration.Status.ATTENDED)
    AwarenessSession.objects.filter(pk=session.pk).update(
        status=AwarenessSession.Status.CLOSED, closed_at=days_ago(90))
    later = url(questionnaire, "session", session, "90-jours")
    data = post_data(version, answers_for(version), code=("m", 12, "pa"))
    assert client.post(later, data).status_code == 200
    assert client.post(later, data).status_code == 200  # the double submit
    before = Response.objects.get(moment=Moment.BEFORE)
    after = Response.objects.get(moment=Moment.DAY_90)  # one only
    assert after.pair_code_hash == before.pair_code_hash != ""
    assert after.version == before.version
    assert "Merci" in client.get(later).content.decode()


def test_a_follow_up_answered_with_the_same_code_pairs_with_before(client, learner):
    module = ModulePage.objects.live().first()
    knowledge = make_questionnaire("module-q", all_sessions=False, module=module)
    followup = followup_for(knowledge, [module])
    client.force_login(learner)
    version = services.current_version(knowledge)
    client.post(url(knowledge, "module", module, "avant"),
                post_data(version, answers_for(version)))
    completed(learner, module, 31)
    followup_version = services.current_version(followup)
    page = client.get(url(followup, "module", module, "30-jours"))
    assert page.status_code == 200 and "Votre code personnel" in page.content.decode()
    assert client.get(url(followup, "module", module, "apres")).status_code == 404
    data = post_data(followup_version, answers_for(followup_version), code=("M", 12, "Pa"))
    assert client.post(url(followup, "module", module, "30-jours"), data).status_code == 200
    before = Response.objects.get(moment=Moment.BEFORE)
    day30 = Response.objects.get(moment=Moment.DAY_30)
    assert day30.version.questionnaire == followup
    assert day30.pair_code_hash == before.pair_code_hash
    assert services.pairing_questionnaire_id(followup) == knowledge.pk


# --- The opt-out ----------------------------------------------------------------------------

def test_the_opt_out_link_asks_then_stops_the_emails_without_login(client, learner):
    link = reverse("evaluation:optout", args=[followups.optout_token(learner)])
    page = unescape(client.get(link).content.decode())
    assert "Ne plus recevoir ces questionnaires" in page
    assert not QuestionnaireOptOut.objects.exists()  # a GET (a mail scanner) changes nothing
    assert client.post(link).status_code == 200
    assert client.post(link).status_code == 200  # twice: the same
    assert QuestionnaireOptOut.objects.get().user == learner


@pytest.mark.parametrize("token", ["faux", "x" * 3000, "%00", "eyJ1Ijo5OTk5OTk5fQ:abc:def"])
def test_a_forged_token_says_so_and_changes_nothing(client, learner, token):
    link = f"/questionnaires-par-courriel/arret/{token}/"
    for method in (client.get, client.post):
        response = method(link)
        assert response.status_code in (400, 404)
        if response.status_code == 400 and "%00" not in token:  # Django's own 400 for NUL
            assert "Ce lien n'est pas valide" in unescape(response.content.decode())
    assert not QuestionnaireOptOut.objects.exists()


def test_a_token_names_its_own_person_only(client, learner, learner_b, hr_a):
    """learner_b's token, used by someone logged in as hr_a, stops learner_b's emails only;
    a token edited to name someone else is refused."""
    client.force_login(hr_a)
    client.post(reverse("evaluation:optout", args=[followups.optout_token(learner_b)]))
    assert list(QuestionnaireOptOut.objects.values_list("user_id", flat=True)) == [learner_b.pk]
    from django.core import signing

    token = followups.optout_token(learner_b)
    value, signature = token.rsplit(":", 1)
    forged = signing.dumps({"u": learner.pk}, salt="autre-chose")
    for attempt in (forged, f"{value}x:{signature}"):
        assert client.post(reverse("evaluation:optout", args=[attempt])).status_code == 400
    assert not QuestionnaireOptOut.objects.filter(user=learner).exists()
    assert followups.user_from_token(followups.optout_token(learner)) == learner


def test_the_toggle_stops_and_resumes(client, learner, trainer, questionnaire, site):
    attended(learner, trainer)
    client.force_login(learner)
    home = reverse("accounts:dashboard")
    assert "Ne plus les recevoir par courriel" in unescape(client.get(home).content.decode())
    response = client.post(reverse("evaluation:email_preference"),
                           {"action": "stop", "next": "https://ailleurs.example/"})
    assert response.status_code == 302 and response["Location"] == home
    assert QuestionnaireOptOut.objects.filter(user=learner).exists()
    page = unescape(client.get(home).content.decode())
    assert "Les recevoir de nouveau" in page
    assert url(questionnaire, "session", Registration.objects.get(user=learner).session,
               "90-jours") in page  # still offered on the site
    client.post(reverse("evaluation:email_preference"), {"action": "resume"})
    assert not QuestionnaireOptOut.objects.filter(user=learner).exists()


def test_the_export_names_the_emails_and_the_opt_out(learner, trainer, questionnaire,
                                                     django_capture_on_commit_callbacks):
    from accounts import privacy

    attended(learner, trainer)
    run(django_capture_on_commit_callbacks)
    followups.opt_out(learner)
    part = privacy.export(learner)["questionnaires"]
    assert part["courriels_de_questionnaire_envoyes"][0]["questionnaire"] == questionnaire.title
    assert part["courriels_de_questionnaire_refuses_le"] == timezone.localdate().isoformat()


# --- Access control -------------------------------------------------------------------------

ROWS = [
    Row("/questionnaires/{q}/session/{closed}/90-jours/", signed_in(404, learner=200)),
    Row("/questionnaires/{q}/session/{closed}/90-jours/", signed_in(404, learner=200),
        method="post", data={"action": "send"}),
    Row("/questionnaires/{q}/session/{closed}/60-jours/", signed_in(404)),
    Row("/questionnaires/{q}/session/{closed}/30-jours/", signed_in(404)),
    Row("/questionnaires/{s}/session/{closed}/60-jours/", signed_in(404, learner=200)),
    Row("/questionnaires/{f}/module/{module}/30-jours/", signed_in(404, learner=200)),
    Row("/questionnaires/{f}/module/{module}/90-jours/", signed_in(404)),
    Row("/questionnaires-par-courriel/", signed_in(405)),
    Row("/questionnaires-par-courriel/", signed_in(302), method="post",
        data={"action": "stop"}),
    Row("/questionnaires-par-courriel/arret/{token}/", everyone(200)),
    Row("/questionnaires-par-courriel/arret/{token}/", everyone(200), method="post"),
    Row("/questionnaires-par-courriel/arret/faux/", everyone(400)),
]


@pytest.fixture
def objects(learner, trainer, questionnaire, satisfaction):
    # Closed 60 days ago for the satisfaction, and 90 for the rest: two sessions.
    closed = attended(learner, trainer, closed_days_ago=60)
    closed90 = attended(learner, trainer, closed_days_ago=90)
    module = ModulePage.objects.live().first()
    followup = followup_for(questionnaire, [module])
    completed(learner, module, 30)
    return {"q": questionnaire.pk, "s": satisfaction.pk, "f": followup.pk,
            "closed": closed90.pk, "closed60": closed.pk, "module": module.pk,
            "token": followups.optout_token(learner)}


@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row.method} {row.url}")
@pytest.mark.parametrize("role", ["anonymous", "learner", "trainer", "hr_same", "hr_other",
                                  "coordinator", "editor", "reviewer"])
def test_access(client, users_by_role, objects, row, role):
    objects = dict(objects)
    if "{s}" in row.url:  # the satisfaction at 60 days: the session closed 60 days ago
        objects["closed"] = objects["closed60"]
    check_row(client, users_by_role[role], row, objects, role)


def test_the_emails_cost_no_query_per_person_beyond_the_insert(
        trainer, questionnaire, org_a):
    """Three queries per person (savepoint, insert, release), the rest does not grow."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries_for(people):
        QuestionnaireEmail.objects.all().delete()
        Registration.objects.all().delete()
        session = create_session(starts_in=timedelta(hours=-4), trainers=[trainer])
        for _ in range(people):
            attended(UserFactory(organisation=org_a), trainer, session=session)
        with CaptureQueriesContext(connection) as captured:
            sent = followups.send_questionnaire_emails()
        assert sent == people
        return len(captured)

    small, large = queries_for(3), queries_for(15)
    assert large - small == 3 * 12


def test_day_60_answers_the_version_answered_right_after(learner, trainer, satisfaction):
    """The items changed since the person answered right after: at 60 days they get the same
    version, so that their two answers compare."""
    first = services.current_version(satisfaction)
    Completion.objects.create(user=learner, version=first, moment=Moment.SATISFACTION,
                              done=True)
    satisfaction.items = _with_ids([{"type": "likert", "value": {
        "text": "Utile, autrement dit", "scale": "satisfaction", "low_label": "Non",
        "high_label": "Oui", "reverse": False, "source": ""}}])
    satisfaction.save_revision().publish()
    assert services.current_version(satisfaction).number == 2
    session = attended(learner, trainer, closed_days_ago=61)
    offer = services.offer(learner, satisfaction.pk, SubjectKind.SESSION, session.pk,
                           Moment.DAY_60)
    assert offer.version == first
    pending = [o for o in services.pending(learner) if o.moment == Moment.DAY_60]
    assert [o.version for o in pending] == [first]
