"""Free text is read by the research team before anyone sees it (issue 17): pending on
arrival, then published (as is or edited) or set aside; only published texts reach the
trainer's session page (from the threshold) and the anonymous CSV."""

import csv
import io
import uuid
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from evaluation import review, services
from evaluation.forms import FREE_TEXT_MAX
from evaluation.models import FreeTextState, Moment, Response
from scheduling import services as scheduling
from scheduling.models import Registration
from tests.access import DENIED, LOGIN, Row, check_row, signed_in
from tests.scheduling.conftest import create_session

from .conftest import answers_for, post_data

pytestmark = pytest.mark.django_db

TEXT = "Le gardien du bâtiment C m'a aidé à comprendre."


def free_item(version):
    return version.items[4]["id"]


def make_response(version, *, text="", state=FreeTextState.NONE, session=None,
                  moment=Moment.AFTER):
    answers = answers_for(version, text=text)
    return Response.objects.create(
        version=version, moment=moment, subject_kind="session",
        subject_id=session.pk if session else None, answered_on=timezone.localdate(),
        answers=answers, free_text_state=state)


@pytest.fixture
def closed_session(trainer, learner):
    session = create_session(starts_in=timedelta(hours=-4), trainers=[trainer])
    registration = Registration.objects.create(session=session, user=learner)
    scheduling.mark(registration, session.slots.get(), "present", by=trainer)
    scheduling.close_session(session, by=trainer)
    return session


def csv_text(client, researcher, version):
    client.force_login(researcher)
    response = client.get(reverse("evaluation:results_csv"), {"version": version.pk})
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode("utf-8-sig")


def trainer_page(client, trainer, session):
    client.force_login(trainer)
    page = client.get(reverse("trainer:evaluation", args=[session.pk]))
    assert page.status_code == 200
    return page.content.decode()


# --- Recording ------------------------------------------------------------------------------

def test_a_free_text_is_recorded_pending_and_no_text_stays_none(client, learner, learner_b,
                                                                questionnaire):
    session = create_session()
    scheduling.register(session, learner)
    scheduling.register(session, learner_b)
    version = services.current_version(questionnaire)
    link = reverse("evaluation:answer", args=[questionnaire.pk, "session", session.pk, "avant"])
    client.force_login(learner)
    assert client.post(link, post_data(version, answers_for(version, text=TEXT))).status_code \
        == 200
    client.force_login(learner_b)
    assert client.post(link, post_data(version, answers_for(version))).status_code == 200
    states = sorted(Response.objects.values_list("free_text_state", flat=True))
    assert states == [FreeTextState.NONE, FreeTextState.PENDING]


def test_spaces_only_is_no_free_text(questionnaire, learner):
    session = create_session()
    scheduling.register(session, learner)
    offer = services.offer(learner, questionnaire.pk, "session", session.pk, Moment.BEFORE)
    version = offer.version
    services.record(offer, learner, {**answers_for(version), free_item(version): "   "})
    assert Response.objects.get().free_text_state == FreeTextState.NONE


# --- Who sees what, in each state -----------------------------------------------------------

@pytest.mark.parametrize("state, shown", [(FreeTextState.PENDING, False),
                                          (FreeTextState.PUBLISHED, True),
                                          (FreeTextState.WITHDRAWN, False)])
def test_only_published_text_reaches_the_trainer_and_the_csv(client, trainer, researcher,
                                                             version, closed_session, state,
                                                             shown):
    make_response(version, text=TEXT, state=state, session=closed_session)
    for _n in range(4):
        make_response(version, session=closed_session)
    assert (TEXT in csv_text(client, researcher, version)) is shown
    body = trainer_page(client, trainer, closed_session).replace("&#x27;", "'")
    assert (TEXT in body) is shown


def test_the_csv_has_a_column_per_free_text_item(client, researcher, version):
    make_response(version, text=TEXT, state=FreeTextState.PUBLISHED)
    rows = list(csv.reader(io.StringIO(csv_text(client, researcher, version)), delimiter=";"))
    assert rows[0][-1].startswith("T1 Un mot")
    assert rows[1][-1] == TEXT


def test_the_trainer_sees_no_text_below_the_threshold(client, trainer, version,
                                                      closed_session):
    make_response(version, text=TEXT, state=FreeTextState.PUBLISHED, session=closed_session)
    for _n in range(3):  # four answers at this moment: below 5
        make_response(version, session=closed_session)
    for _n in range(3):  # other moments do not count
        make_response(version, session=closed_session, moment=Moment.BEFORE)
    assert TEXT not in trainer_page(client, trainer, closed_session).replace("&#x27;", "'")


def test_the_trainer_sees_only_their_sessions_texts(client, trainer, version, closed_session):
    other = create_session(starts_in=timedelta(hours=-4), trainers=[trainer])
    for _n in range(5):
        make_response(version, text=f"Ailleurs {_n}", state=FreeTextState.PUBLISHED,
                      session=other)
    assert "Ailleurs" not in trainer_page(client, trainer, closed_session)
    assert "Ailleurs 3" in trainer_page(client, trainer, other)


# --- The review page and its decisions ------------------------------------------------------

def test_publish_then_double_submit_changes_nothing_and_is_logged(client, researcher, version):
    response = make_response(version, text=TEXT, state=FreeTextState.PENDING)
    client.force_login(researcher)
    url = reverse("evaluation:comment_publish", args=[response.pk])
    assert client.post(url, {"page": "1"})["Location"] == reverse("evaluation:comments") + "?page=1"
    assert client.post(url).status_code == 302  # the double submit
    response.refresh_from_db()
    assert response.free_text_state == FreeTextState.PUBLISHED
    assert response.answers[free_item(version)] == TEXT
    entries = ModelLogEntry.objects.filter(action=review.LOG_PUBLISH)
    assert entries.count() == 1 and entries.get().user_id == researcher.pk
    assert TEXT not in str(entries.get().data)  # the log never keeps the text
    # Withdrawing it now changes nothing either.
    client.post(reverse("evaluation:comment_withdraw", args=[response.pk]))
    response.refresh_from_db()
    assert response.free_text_state == FreeTextState.PUBLISHED


def test_withdraw_erases_the_text_and_keeps_the_scored_answers(client, researcher, version):
    response = make_response(version, text=TEXT, state=FreeTextState.PENDING)
    scored = {k: v for k, v in response.answers.items() if k != free_item(version)}
    client.force_login(researcher)
    client.post(reverse("evaluation:comment_withdraw", args=[response.pk]))
    response.refresh_from_db()
    assert response.free_text_state == FreeTextState.WITHDRAWN
    assert free_item(version) not in response.answers and response.answers == scored
    assert TEXT not in client.get(reverse("evaluation:comments")).content.decode()


def test_edit_replaces_the_stored_text(client, researcher, trainer, version, closed_session):
    response = make_response(version, text=TEXT, state=FreeTextState.PENDING,
                             session=closed_session)
    for _n in range(4):
        make_response(version, session=closed_session)
    client.force_login(researcher)
    url = reverse("evaluation:comment_edit", args=[response.pk])
    form = client.get(url)
    assert form.status_code == 200 and "bâtiment C" in form.content.decode()
    assert client.post(url, {"text-1": "  Le gardien m'a aidé à comprendre.  "}
                       ).status_code == 302
    response.refresh_from_db()
    assert response.free_text_state == FreeTextState.PUBLISHED
    assert response.answers[free_item(version)] == "Le gardien m'a aidé à comprendre."
    csv_body = csv_text(client, researcher, version)
    assert "bâtiment C" not in csv_body and "Le gardien m'a aidé" in csv_body
    page = trainer_page(client, trainer, closed_session).replace("&#x27;", "'")
    assert "Le gardien m'a aidé à comprendre." in page and "bâtiment C" not in page
    # Edited again after publishing (another tab): nothing changes.
    client.force_login(researcher)
    assert client.get(url).status_code == 302
    client.post(url, {"text-1": "Autre"})
    response.refresh_from_db()
    assert response.answers[free_item(version)] == "Le gardien m'a aidé à comprendre."


def test_edit_refuses_all_empty_and_too_long_and_keeps_the_text(client, researcher, version):
    response = make_response(version, text=TEXT, state=FreeTextState.PENDING)
    client.force_login(researcher)
    url = reverse("evaluation:comment_edit", args=[response.pk])
    empty = client.post(url, {"text-1": "   "})
    assert empty.status_code == 200 and "Écarter" in empty.content.decode()
    huge = client.post(url, {"text-1": "x" * 100_000})
    assert huge.status_code == 200
    assert f"{FREE_TEXT_MAX} caractères au plus" in huge.content.decode()
    response.refresh_from_db()
    assert response.free_text_state == FreeTextState.PENDING
    assert response.answers[free_item(version)] == TEXT


def test_nul_bytes_are_refused_without_a_500(client, researcher, version):
    response = make_response(version, text=TEXT, state=FreeTextState.PENDING)
    client.force_login(researcher)
    answer = client.post(reverse("evaluation:comment_edit", args=[response.pk]),
                         {"text-1": "avant\x00après"})
    assert answer.status_code in (200, 400)
    assert client.get(reverse("evaluation:comments") + "?page=1%00").status_code in (200, 400)
    response.refresh_from_db()
    assert response.free_text_state == FreeTextState.PENDING
    assert response.answers[free_item(version)] == TEXT


@pytest.mark.parametrize("name", ["comment_publish", "comment_withdraw", "comment_edit"])
def test_unknown_malformed_or_textless_ids_are_404(client, researcher, version, name):
    client.force_login(researcher)
    textless = make_response(version)
    for pk in (uuid.uuid4(), textless.pk):
        url = reverse(f"evaluation:{name}", args=[pk])
        assert client.post(url, {"text-1": "x"}).status_code == 404
    malformed = reverse(f"evaluation:{name}", args=[uuid.uuid4()]).replace("-", "z", 1)
    assert client.post(malformed).status_code == 404
    assert client.get(reverse("evaluation:comments") + "?page=abc").status_code == 200


def test_the_list_shows_text_only_oldest_first_paginated_and_bounded(
        client, researcher, version, org_a, closed_session, django_assert_max_num_queries):
    today = timezone.localdate()
    rows = [Response(version=version, moment=Moment.AFTER, subject_kind="session",
                     subject_id=closed_session.pk, organisation=org_a, job_role="gardien",
                     answered_on=today - timedelta(days=7 * n),
                     answers=answers_for(version, text=f"Commentaire {n:03d}"),
                     free_text_state=FreeTextState.PENDING) for n in range(45)]
    Response.objects.bulk_create(rows)
    make_response(version, text="Déjà relu", state=FreeTextState.PUBLISHED)
    client.force_login(researcher)
    with django_assert_max_num_queries(20):  # 17: the base page, then count and rows
        page = client.get(reverse("evaluation:comments"))
    body = page.content.decode()
    assert page.status_code == 200
    assert body.index("Commentaire 044") < body.index("Commentaire 040")  # oldest first
    assert "Commentaire 024" not in body  # the second page
    assert "Déjà relu" not in body
    assert "Bailleur A" not in body and closed_session.title not in body
    assert "Page 1 sur 3" in body
    last = client.get(reverse("evaluation:comments"), {"page": 3}).content.decode()
    assert "Commentaire 000" in last


# --- Access control -------------------------------------------------------------------------

RESEARCH = {"learner": DENIED, "trainer": DENIED, "hr_same": DENIED, "hr_other": DENIED,
            "editor": DENIED}
ROWS = [
    Row("/recherche/commentaires/", signed_in(200, **RESEARCH)),
    Row("/recherche/commentaires/?page=999999", signed_in(200, **RESEARCH)),
    Row("/recherche/commentaires/{pending}/publier/", signed_in(302, **RESEARCH),
        method="post"),
    Row("/recherche/commentaires/{pending}/ecarter/", signed_in(302, **RESEARCH),
        method="post"),
    Row("/recherche/commentaires/{pending}/modifier/", signed_in(200, **RESEARCH)),
    Row("/recherche/commentaires/{pending}/modifier/", signed_in(302, **RESEARCH),
        method="post", data={"text-1": "Un texte relu."}),
    Row("/recherche/commentaires/{unknown}/publier/", signed_in(404, **RESEARCH),
        method="post"),
]


@pytest.fixture
def objects(version):
    return {"pending": make_response(version, text=TEXT, state=FreeTextState.PENDING).pk,
            "unknown": uuid.uuid4()}


@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row.method} {row.url}")
@pytest.mark.parametrize("role", ["anonymous", "learner", "trainer", "hr_same", "hr_other",
                                  "coordinator", "editor", "reviewer"])
def test_access(client, users_by_role, objects, row, role):
    check_row(client, users_by_role[role], row, objects, role)
    if role not in ("coordinator",) and row.method == "post":
        # Refused: the text is still waiting.
        assert Response.objects.get(pk=objects["pending"]).free_text_state \
            == FreeTextState.PENDING


@pytest.mark.parametrize("row", ROWS, ids=lambda row: f"{row.method} {row.url}")
def test_research_role(client, researcher, objects, row):
    check_row(client, researcher, row, objects, "coordinator")


def test_research_without_second_factor_is_sent_to_set_it_up(client, version):
    from accounts.roles import Role
    from tests.factories import UserFactory

    pending = make_response(version, text=TEXT, state=FreeTextState.PENDING)
    client.force_login(UserFactory(organisation=None, roles=[Role.RESEARCH]))
    for url, method in ((reverse("evaluation:comments"), "get"),
                        (reverse("evaluation:comment_publish", args=[pending.pk]), "post")):
        response = getattr(client, method)(url)
        assert response.status_code == 302 and "totp" in response["Location"]
    pending.refresh_from_db()
    assert pending.free_text_state == FreeTextState.PENDING
    assert LOGIN
