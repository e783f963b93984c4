"""The research results are kept ten minutes for the same question and the same answers: a
new answer, or other filters, give fresh figures."""

import pytest
from django.urls import reverse
from django.utils import timezone

from evaluation.models import Moment, Response

from .conftest import answers_for

pytestmark = pytest.mark.django_db


def add(version, n, **fields):
    Response.objects.bulk_create([
        Response(version=version, moment=Moment.BEFORE, subject_kind="session",
                 pair_code_hash=f"c{n}-{i}", answered_on=timezone.localdate(),
                 answers=answers_for(version), **fields) for i in range(n)])


def test_the_same_question_is_answered_from_the_cache_until_an_answer_comes(
        client, researcher, version, org_a, django_assert_max_num_queries):
    add(version, 6)
    client.force_login(researcher)
    url = reverse("evaluation:results")
    assert "n = 6" in client.get(url, {"version": version.pk}).content.decode()
    # Same question, same answers: the responses are not read again (only counted).
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(url, {"version": version.pk})
    assert not any('"answers"' in q["sql"] and "COUNT" not in q["sql"].upper()
                   for q in queries.captured_queries)
    add(version, 1)
    assert "n = 7" in client.get(url, {"version": version.pk}).content.decode()
    # Other filters: another question.
    add(version, 5, organisation=org_a)
    page = client.get(url, {"version": version.pk, "organisation": org_a.pk}).content.decode()
    assert "n = 5" in page and "n = 12" not in page
