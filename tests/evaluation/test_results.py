"""Results: thresholds (4 hidden, 5 shown), versions never mixed, values by hand."""

import pytest
from django.utils import timezone

from evaluation import results, services
from evaluation.models import Moment, Response

from .conftest import answers_for

pytestmark = pytest.mark.django_db


def add(version, moment, answers, code="", **fields):
    fields.setdefault("subject_kind", "session")
    return Response.objects.create(version=version, moment=moment, answers=answers,
                                   pair_code_hash=code, answered_on=timezone.localdate(),
                                   **fields)


def row(found, label):
    return next(r for r in [*found.items, *found.dimensions] if r.label == label)


def test_four_answers_are_hidden_five_are_shown(version):
    for index in range(4):
        add(version, Moment.BEFORE, answers_for(version, confidence=2), code=f"c{index}")
    found = results.compute(version)
    assert found.counts[Moment.BEFORE] is None and not found.enough
    assert row(found, "Je me sens capable").means[Moment.BEFORE] is None
    add(version, Moment.BEFORE, answers_for(version, confidence=2), code="c4")
    found = results.compute(version)
    assert found.counts[Moment.BEFORE] == 5
    assert row(found, "Je me sens capable").means[Moment.BEFORE] == 2
    # After: still none, so no shift nor pairs.
    assert row(found, "Je me sens capable").shift is None
    assert row(found, "Je me sens capable").paired is None


def test_means_shift_and_paired_statistics_by_hand(version):
    # Confidence before 1,2,3,3,1 and after 3,3,4,5,3 for the same five codes:
    # differences 2,1,1,2,2 -> mean 1.6, SD √(0.3) = 0.5477, d = 2.9212,
    # margin t(4) 2.7764 × 0.5477 / √5 = 0.6801.
    before, after = [1, 2, 3, 3, 1], [3, 3, 4, 5, 3]
    for index, (a, b) in enumerate(zip(before, after, strict=True)):
        add(version, Moment.BEFORE, answers_for(version, confidence=a, right=(False, True),
                                                attitude=4), code=f"p{index}")
        add(version, Moment.AFTER, answers_for(version, confidence=b, right=(True, True),
                                               attitude=2), code=f"p{index}")
    found = results.compute(version)
    confidence = row(found, "Je me sens capable")
    assert confidence.means == {Moment.BEFORE: 2.0, Moment.AFTER: 3.6}
    assert confidence.shift == pytest.approx(1.6)
    assert confidence.paired["n"] == 5
    assert confidence.paired["d"] == pytest.approx(2.9212, abs=1e-4)
    assert confidence.paired["ci_low"] == pytest.approx(1.6 - 0.6801, abs=1e-3)
    # Knowledge as a share of right answers: 50 % before, 100 % after.
    knowledge = next(r for r in found.dimensions if r.kind == "knowledge")
    assert knowledge.means == {Moment.BEFORE: 0.5, Moment.AFTER: 1.0}
    # The reversed attitude item is scored 6 − x: 4 -> 2 before, 2 -> 4 after.
    attitude = row(found, "Un danger")
    assert attitude.means == {Moment.BEFORE: 2.0, Moment.AFTER: 4.0} and attitude.reverse


def test_a_code_answered_twice_in_a_moment_is_left_out_of_the_pairs(version):
    for index in range(5):
        add(version, Moment.BEFORE, answers_for(version), code=f"p{index}")
        add(version, Moment.AFTER, answers_for(version), code=f"p{index}")
    add(version, Moment.AFTER, answers_for(version), code="p0")
    found = results.compute(version)
    assert found.counts[Moment.AFTER] == 6
    assert row(found, "Je me sens capable").paired is None  # 4 clean pairs: below 5


def test_a_published_change_makes_a_new_version_and_results_never_mix(questionnaire):
    v1 = services.current_version(questionnaire)
    assert services.current_version(questionnaire) == v1  # unchanged: the same version
    for index in range(5):
        add(v1, Moment.BEFORE, answers_for(v1, confidence=1), code=f"a{index}")
    items = list(questionnaire.items.raw_data)
    items[2]["value"] = {**items[2]["value"], "text": "Je me sens capable (reformulé)"}
    questionnaire.items = items
    questionnaire.save_revision().publish()
    questionnaire.refresh_from_db()
    v2 = services.current_version(questionnaire)
    assert v2.number == 2 and v2 != v1
    assert v1.items[2]["text"] == "Je me sens capable"  # frozen
    for index in range(5):
        add(v2, Moment.BEFORE, answers_for(v2, confidence=5), code=f"b{index}")
    assert row(results.compute(v1), "Je me sens capable").means[Moment.BEFORE] == 1
    assert row(results.compute(v2),
               "Je me sens capable (reformulé)").means[Moment.BEFORE] == 5
    # Even given the other version's rows, a computation reads its own only.
    assert results.compute(v1, Response.objects.all()).counts[Moment.BEFORE] == 5


def test_satisfaction_means(satisfaction):
    version = services.current_version(satisfaction)
    item = version.items[0]["id"]
    for value in (5, 4, 4, 3, 5):
        add(version, Moment.SATISFACTION, {item: value})
    found = results.compute(version)
    assert found.comparison is None
    assert found.items[0].means[Moment.SATISFACTION] == pytest.approx(4.2)


def test_session_results_for_the_trainer(version):
    for index in range(5):
        add(version, Moment.BEFORE, answers_for(version), code=f"x{index}", subject_id=77)
    add(version, Moment.BEFORE, answers_for(version), subject_id=78)

    class Session:
        pk = 77

    assert results.for_session(Session)[0].counts[Moment.BEFORE] == 5
    Session.pk = 78
    assert not results.for_session(Session)[0].enough
