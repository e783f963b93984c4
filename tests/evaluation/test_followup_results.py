"""Follow-up micro-cases and the 90-day answers in the results, the CSV and the demo: values
computed by hand, 4 answers hidden and 5 shown, the same shortened code in the CSV."""

import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from accounts.models import Organisation
from core.content_files import ContentRun
from evaluation import content, demo, exports, results, services
from evaluation.models import Moment, Questionnaire, Response, SubjectKind
from scheduling.models import AwarenessSession

from .conftest import _with_ids, answers_for

pytestmark = pytest.mark.django_db

FOLLOWUP_ITEMS = [
    {"type": "knowledge", "value": {"text": "Suivi 1", "source": "", "choices": [
        {"text": "Bon", "correct": True}, {"text": "Mauvais", "correct": False}]}},
    {"type": "knowledge", "value": {"text": "Suivi 2", "source": "", "choices": [
        {"text": "Mauvais", "correct": False}, {"text": "Bon", "correct": True}]}},
]


def add(version, moment, answers, code="", **fields):
    fields.setdefault("subject_kind", "session")
    return Response.objects.create(version=version, moment=moment, answers=answers,
                                   pair_code_hash=code, answered_on=timezone.localdate(),
                                   **fields)


def followup_for(questionnaire, slug="suivi"):
    followup = Questionnaire(slug=slug, title=slug.capitalize(),
                             kind=Questionnaire.Kind.FOLLOWUP, pairs_with=questionnaire,
                             items=_with_ids(FOLLOWUP_ITEMS))
    followup.save()
    followup.save_revision().publish()
    return services.current_version(followup)


def followup_answers(version, right):
    pick = lambda item, ok: next(c["id"] for c in item["choices"] if c["correct"] == ok)  # noqa: E731
    return {item["id"]: pick(item, ok) for item, ok in zip(version.items, right, strict=True)}


def knowledge_row(found):
    return next(r for r in found.dimensions if r.kind == "knowledge")


def confidence_row(found):
    return next(r for r in found.items if r.label == "Je me sens capable")


# --- 90 days --------------------------------------------------------------------------------

def test_ninety_days_paired_with_before_by_hand(version):
    # Confidence before 1,2,3,3,1 and at 90 days 2,3,3,4,2: differences 1,1,0,1,1 ->
    # mean 0.8, SD √0.2 = 0.4472, d = 1.7889, margin t(4) 2.7764 × 0.4472 / √5 = 0.5553.
    before, day90 = [1, 2, 3, 3, 1], [2, 3, 3, 4, 2]
    for index, (a, b) in enumerate(zip(before, day90, strict=True)):
        add(version, Moment.BEFORE, answers_for(version, confidence=a), code=f"p{index}")
        add(version, Moment.AFTER, answers_for(version, confidence=5), code=f"p{index}")
        if index < 4:
            add(version, Moment.DAY_90, answers_for(version, confidence=b), code=f"p{index}")
    found = results.compute(version)
    assert found.retention == (Moment.BEFORE, Moment.DAY_90)
    assert found.counts[Moment.DAY_90] is None  # four answers: hidden
    assert confidence_row(found).means[Moment.DAY_90] is None
    assert confidence_row(found).retention is None

    add(version, Moment.DAY_90, answers_for(version, confidence=day90[4]), code="p4")
    found = results.compute(version)
    row = confidence_row(found)
    assert found.counts[Moment.DAY_90] == 5
    assert row.means[Moment.DAY_90] == pytest.approx(2.8)
    assert row.retention_shift == pytest.approx(0.8)
    assert row.retention["n"] == 5
    assert row.retention["mean_diff"] == pytest.approx(0.8)
    assert row.retention["sd_diff"] == pytest.approx(0.4472, abs=1e-4)
    assert row.retention["d"] == pytest.approx(1.7889, abs=1e-4)
    assert row.retention["ci_low"] == pytest.approx(0.8 - 0.5553, abs=1e-3)
    # Before → after is still there, next to it: 5 − (1,2,3,3,1) -> mean 3.
    assert row.paired["mean_diff"] == pytest.approx(3.0)


def test_the_chart_gains_the_ninety_day_bar(version):
    from evaluation import charts

    for index in range(5):
        for moment in (Moment.BEFORE, Moment.AFTER, Moment.DAY_90):
            add(version, moment, answers_for(version), code=f"p{index}")
    chart = charts.before_after(results.compute(version))
    assert [bar["moment"] for bar in chart["groups"][0]["bars"]] == ["before", "after", "day90"]


# --- Follow-up micro-cases ------------------------------------------------------------------

def _followup_case(version, n_day90):
    """Knowledge just after (2 items): shares 1, 1, .5, .5, 1; follow-up at 30 days:
    .5, 1, .5, 0, 1; at 90 days the same, for the first `n_day90` people."""
    followup = followup_for(version.questionnaire)
    after = [(True, True), (True, True), (True, False), (False, True), (True, True)]
    later = [(True, False), (True, True), (False, True), (False, False), (True, True)]
    for index, (a, b) in enumerate(zip(after, later, strict=True)):
        code = f"p{index}"
        add(version, Moment.AFTER, answers_for(version, right=a), code=code)
        add(followup, Moment.DAY_30, followup_answers(followup, b), code=code,
            subject_kind=SubjectKind.MODULE)
        if index < n_day90:
            add(followup, Moment.DAY_90, followup_answers(followup, b), code=code,
                subject_kind=SubjectKind.MODULE)
    return followup


def test_follow_up_section_by_hand_four_hidden_five_shown(version):
    followup = _followup_case(version, n_day90=4)
    found = results.compute(version)
    [section] = found.followups
    assert section.version == followup
    assert section.counts == {Moment.DAY_30: 5, Moment.DAY_90: None}
    # Share right per person at 30 days: mean of .5, 1, .5, 0, 1 = .6.
    assert section.score.means[Moment.DAY_30] == pytest.approx(0.6)
    assert section.score.counts[Moment.DAY_30] == 5
    assert section.score.means[Moment.DAY_90] is None
    # Item by item: 3 of 5 right for each.
    assert [row.means[Moment.DAY_30] for row in section.items] == [0.6, 0.6]
    # Paired (just after -> 30 days): differences −.5, 0, 0, −.5, 0 -> mean −0.2,
    # SD √0.075 = 0.27386, d = −0.7303.
    paired = section.paired[Moment.DAY_30]
    assert paired["n"] == 5
    assert paired["mean_diff"] == pytest.approx(-0.2)
    assert paired["sd_diff"] == pytest.approx(0.27386, abs=1e-5)
    assert paired["d"] == pytest.approx(-0.7303, abs=1e-4)
    assert section.paired[Moment.DAY_90] is None  # 4 pairs: hidden

    add(followup, Moment.DAY_90, followup_answers(followup, (True, True)), code="p4",
        subject_kind=SubjectKind.MODULE)
    [section] = results.compute(version).followups
    assert section.counts[Moment.DAY_90] == 5
    assert section.paired[Moment.DAY_90]["mean_diff"] == pytest.approx(-0.2)


def test_follow_ups_are_left_out_of_the_trainer_s_session_results(version):
    _followup_case(version, n_day90=5)
    Response.objects.filter(version=version).update(subject_id=77)

    class Session:
        pk = 77

    [found] = results.for_session(Session)
    assert not found.followups


def test_the_follow_up_version_on_its_own_has_its_two_moments(version):
    followup = _followup_case(version, n_day90=5)
    found = results.compute(followup)
    assert found.moments == [Moment.DAY_30, Moment.DAY_90]
    assert found.counts == {Moment.DAY_30: 5, Moment.DAY_90: 5}


def test_the_results_page_shows_the_section_with_bounded_queries(
        client, researcher, version, django_assert_max_num_queries):
    for slug in ("suivi-a", "suivi-b", "suivi-c"):
        followup = followup_for(version.questionnaire, slug)
        Response.objects.bulk_create([
            Response(version=followup, moment=moment, subject_kind="module",
                     pair_code_hash=f"p{n}", answered_on=timezone.localdate(),
                     answers=followup_answers(followup, (True, n % 2 == 0)))
            for n in range(20) for moment in (Moment.DAY_30, Moment.DAY_90)])
    Response.objects.bulk_create([
        Response(version=version, moment=moment, subject_kind="session", pair_code_hash=f"p{n}",
                 answered_on=timezone.localdate(), answers=answers_for(version))
        for n in range(20) for moment in (Moment.BEFORE, Moment.AFTER, Moment.DAY_90)])
    client.force_login(researcher)
    with django_assert_max_num_queries(27):
        page = client.get(reverse("evaluation:results"), {"version": version.pk})
    text = page.content.decode()
    assert page.status_code == 200
    assert "Cas de suivi" in text and text.count("Part de bonnes réponses, par personne") == 3
    assert "Apparié avant → 90 jours" in text
    # 10 of 20 people got both right: 75 % per person.
    assert "75 %" in text


# --- The anonymous CSV ----------------------------------------------------------------------

def test_the_csv_carries_follow_up_rows_with_the_same_short_code(version):
    organisation = Organisation.objects.create(name="Bailleur témoin")
    followup = followup_for(version.questionnaire)
    code = services.pair_code_hash(version.questionnaire_id, "M", 12, "PA")
    add(version, Moment.AFTER, answers_for(version), code=code)
    for index in range(5):
        add(followup, Moment.DAY_30, followup_answers(followup, (True, False)),
            code=code if index == 0 else f"other{index}", subject_kind=SubjectKind.MODULE,
            organisation=organisation if index < 4 else None)
    rows = list(exports.anonymous_rows(version, Response.objects.filter(version=version)))
    header, body = rows[0], rows[1:]
    width = len(header)
    assert all(len(row) == width for row in body)
    assert header[-2:] == ["suivi v1 Q1 Suivi 1", "suivi v1 Q2 Suivi 2"]
    knowledge_rows = [row for row in body if row[0] == "avant-apres"]
    followup_rows = [row for row in body if row[0] == "suivi"]
    assert len(knowledge_rows) == 1 and len(followup_rows) == 5
    short = code[:exports.PAIR_HASH_LENGTH]
    assert knowledge_rows[0][3] == short and knowledge_rows[0][-2:] == ["", ""]
    mine = next(row for row in followup_rows if row[3] == short)
    assert mine[2] == "À 30 jours" and mine[-2:] == [1, 0]
    # Four answers name the organisation: below the threshold, the cell stays empty.
    assert {row[6] for row in followup_rows} == {""}
    assert not any("@" in str(cell) for row in rows for cell in row)


def test_the_csv_names_the_organisation_from_five_answers(version):
    organisation = Organisation.objects.create(name="Bailleur témoin")
    followup = followup_for(version.questionnaire)
    for index in range(5):
        add(followup, Moment.DAY_90, followup_answers(followup, (True, True)),
            code=f"c{index}", subject_kind=SubjectKind.MODULE, organisation=organisation)
    rows = list(exports.anonymous_rows(version, Response.objects.filter(version=version)))
    assert {row[6] for row in rows[1:]} == {"Bailleur témoin"}


# --- The demo -------------------------------------------------------------------------------

def _load_programme_questionnaires(tmp_path):
    shutil.copytree(Path(settings.CONTENT_DIR) / "evaluation", tmp_path / "evaluation")
    run = ContentRun(tmp_path)
    content.load(run)
    assert not run.report.errors


def test_the_demo_has_ninety_days_and_a_follow_up_above_the_threshold_once(tmp_path):
    _load_programme_questionnaires(tmp_path)
    demo.load()
    counts = Response.objects.count()
    demo.load()
    assert Response.objects.count() == counts  # run twice: nothing added

    knowledge = Questionnaire.objects.get(slug=demo.KNOWLEDGE_SLUG)
    version = services.current_version(knowledge)
    large_title, small_title = (entry[0] for entry in demo.SESSIONS)
    large = AwarenessSession.objects.get(title=large_title)
    small = AwarenessSession.objects.get(title=small_title)

    found = results.compute(version, Response.objects.filter(
        subject_kind=SubjectKind.SESSION, subject_id=large.pk), followups=False)
    assert found.counts == {Moment.BEFORE: 12, Moment.AFTER: 11, Moment.DAY_90: 8}
    row = knowledge_row(found)
    assert row.retention is not None and row.retention["n"] == 8
    # 90 days: a little below just after, above before.
    assert row.means[Moment.BEFORE] < row.means[Moment.DAY_90] < row.means[Moment.AFTER]

    found = results.compute(version, Response.objects.filter(
        subject_kind=SubjectKind.SESSION, subject_id=small.pk), followups=False)
    assert not found.enough and found.retention is None
    assert all(r.paired is None and r.retention is None for r in found.dimensions)

    [section] = results.compute(version).followups
    assert section.version.questionnaire.slug == demo.FOLLOWUP_SLUG
    assert section.counts == {Moment.DAY_30: 8, Moment.DAY_90: 6}
    assert section.paired[Moment.DAY_30]["n"] == 8 and section.paired[Moment.DAY_90]["n"] == 6


def test_the_research_filters_apply_to_the_follow_ups_too(client, researcher, version):
    """A period that leaves out the follow-up answers leaves them out of the page and the
    CSV; a session filter keeps none (they follow modules)."""
    from datetime import timedelta

    followup = followup_for(version.questionnaire)
    long_ago = timezone.localdate() - timedelta(days=400)
    Response.objects.bulk_create([
        Response(version=followup, moment=Moment.DAY_30, subject_kind="module",
                 pair_code_hash=f"p{n}", answered_on=long_ago,
                 answers=followup_answers(followup, (True, True))) for n in range(6)])
    client.force_login(researcher)
    url = reverse("evaluation:results")
    everything = client.get(url, {"version": version.pk}).content.decode()
    recent = {"version": version.pk, "date_from": timezone.localdate().isoformat()}
    filtered = client.get(url, recent).content.decode()
    assert "Cas de suivi" in everything and "n = 6" in everything
    assert "n = 6" not in filtered
    csv = b"".join(client.get(reverse("evaluation:results_csv"), recent).streaming_content)
    assert b"suivi" not in csv.split(b"\n", 1)[1]
