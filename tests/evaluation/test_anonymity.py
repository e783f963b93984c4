"""Anonymity is a property of the data: no path from a Response to a User, no account value in
any column, the export without account or small organisation, the person's data export says
so, and deleting the account leaves the answers untouched."""

import csv
import io
import json

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from accounts.models import Organisation
from evaluation import services
from evaluation.models import Completion, Moment, QuestionnaireVersion, Response
from scheduling import services as scheduling
from tests.conftest import login_recently
from tests.factories import UserFactory
from tests.scheduling.conftest import create_session

from .conftest import answers_for, post_data

pytestmark = pytest.mark.django_db
User = get_user_model()
# Editorial metadata of the questionnaire (who locked or revised the questions): editors,
# never respondents. A walk from a Response stops at the questionnaire's authoring fields.
EDITORIAL = {("evaluation", "questionnaire", "locked_by"),
             ("evaluation", "questionnaire", "latest_revision"),
             ("evaluation", "questionnaire", "live_revision"),
             ("evaluation", "questionnaire", "_revisions"),
             ("evaluation", "questionnaire", "workflow_states"),
             ("evaluation", "questionnaire", "_workflow_states"),
             # The organisation (a group of at least the threshold) has a logo, uploaded by
             # its staff: not a respondent either.
             ("accounts", "organisation", "logo")}


def forward_paths(model, seen=()):
    """Every chain of forward relations (FK, one-to-one, many-to-many) from `model`."""
    for field in model._meta.get_fields():
        if not field.is_relation or field.auto_created and not field.concrete:
            continue
        key = (model._meta.app_label, model._meta.model_name, field.name)
        if key in EDITORIAL or field.related_model is None:
            continue
        target = field.related_model
        yield [*seen, key, target]
        if target not in [s for s in seen if isinstance(s, type)] and target is not model:
            yield from forward_paths(target, (*seen, key, target))


def test_no_relation_path_from_a_response_to_a_user():
    for path in forward_paths(apps.get_model("evaluation", "Response")):
        assert path[-1] is not User, path
    # And the models of the app that name a user (who answered or skipped, who was emailed,
    # who opted out, who edits) name no Response.
    Response_ = apps.get_model("evaluation", "Response")
    for model in apps.get_app_config("evaluation").get_models():
        related = {f.related_model for f in model._meta.get_fields() if f.is_relation
                   and f.concrete}
        if User in related:
            assert model.__name__ in {"Completion", "Questionnaire", "QuestionnaireEmail",
                                      "QuestionnaireOptOut"}, model
            assert Response_ not in related and QuestionnaireVersion not in related or \
                model.__name__ == "Completion", model
    assert Response not in {f.related_model for f in Completion._meta.get_fields()
                            if f.is_relation}


def _answer_as_many(questionnaire, count, organisation):
    session = create_session(capacity=20)
    people = [UserFactory(organisation=organisation, first_name=f"Unique{n}",
                          last_name=f"Nomfamille{n}") for n in range(count)]
    for person in people:
        scheduling.register(session, person)
    version = services.current_version(questionnaire)
    for index, person in enumerate(people):
        offer = services.offer(person, questionnaire.pk, "session", session.pk, Moment.BEFORE)
        services.record(offer, person, answers_for(version, text=f"texte {index}"),
                        pair_hash=services.pair_code_hash(questionnaire.pk, "A", index + 1,
                                                          "LY"))
    return session, people


def test_no_account_value_in_any_column_and_groups_are_generalised(questionnaire, org_a):
    small = Organisation.objects.create(name="Petit bailleur", slug="petit-bailleur")
    session, people = _answer_as_many(questionnaire, 5, org_a)
    loner = UserFactory(organisation=small, first_name="Seule", last_name="Personne",
                        job_role="mediateur")
    scheduling.register(session, loner)
    offer = services.offer(loner, questionnaire.pk, "session", session.pk, Moment.BEFORE)
    services.record(offer, loner, answers_for(services.current_version(questionnaire)))
    people.append(loner)
    forbidden = set()
    for person in people:
        forbidden |= {str(person.pk), person.email, person.first_name, person.last_name,
                      person.get_full_name()}
    for row in Response.objects.values():
        for column, value in row.items():
            text = json.dumps(value, default=str) if not isinstance(value, str) else value
            for secret in forbidden - {str(p.pk) for p in people}:
                assert secret not in text, (column, secret)
            assert column not in {"user", "user_id", "email"}
    # The five of Bailleur A keep their organisation; the person alone does not, nor her job.
    assert Response.objects.filter(organisation=org_a).count() == 5
    lone = Response.objects.exclude(organisation=org_a).get()
    assert lone.organisation_id is None and lone.job_role == ""
    assert Response.objects.filter(subject_id=session.pk).count() == 6


def test_the_csv_has_no_account_no_small_organisation_no_free_text(client, questionnaire,
                                                                   researcher, org_a, org_b):
    session, people = _answer_as_many(questionnaire, 5, org_a)
    version = services.current_version(questionnaire)
    # Four rows named with Bailleur B (written so by hand: below the threshold in the export).
    for _index in range(4):
        Response.objects.create(version=version, moment=Moment.BEFORE, organisation=org_b,
                                subject_kind="session", job_role="mediateur",
                                answered_on=timezone.localdate(), answers=answers_for(version))
    client.force_login(researcher)
    response = client.get(reverse("evaluation:results_csv"), {"version": version.pk})
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content), delimiter=";"))
    assert len(rows) == 10
    body = content
    assert "Bailleur A" in body and "Bailleur B" not in body and "mediateur" not in body
    assert "texte 0" not in body  # free text excluded
    for person in people:
        assert person.email not in body and person.last_name not in body
    assert str(session.pk) in body  # the session has 5 answers: named


def test_the_personal_data_export_says_answers_cannot_be_linked(client, learner, questionnaire):
    session = create_session()
    scheduling.register(session, learner)
    version = services.current_version(questionnaire)
    client.force_login(learner)
    client.post(reverse("evaluation:answer", args=[questionnaire.pk, "session", session.pk,
                                                   "avant"]),
                post_data(version, answers_for(version, text="secret")))
    login_recently(client, learner)
    exported = client.get(reverse("accounts:export")).content.decode()
    data = json.loads(exported)["questionnaires"]
    assert "ne peuvent pas vous être reliées" in data["explication"]
    assert data["questionnaires_remplis_ou_passes"][0]["etat"] == "répondu"
    assert "secret" not in exported


def test_deleting_the_account_leaves_the_answers_untouched(client, learner, questionnaire):
    session = create_session()
    scheduling.register(session, learner)
    version = services.current_version(questionnaire)
    client.force_login(learner)
    client.post(reverse("evaluation:answer", args=[questionnaire.pk, "session", session.pk,
                                                   "avant"]),
                post_data(version, answers_for(version)))
    before = list(Response.objects.values())
    login_recently(client, learner)
    client.post(reverse("accounts:delete"), {"confirm": "supprimer"})
    assert not Completion.objects.filter(user=learner).exists()
    assert list(Response.objects.values()) == before


def test_a_pair_code_is_not_derived_from_the_account(questionnaire, learner):
    first = services.pair_code_hash(questionnaire.pk, "é", 3, "Évry")
    assert first == services.pair_code_hash(questionnaire.pk, "E", "03", "ev")
    assert first != services.pair_code_hash(questionnaire.pk + 1, "E", 3, "EV")
    assert learner.email not in first and learner.get_full_name() not in first
