"""Items asked only the first time or only later: a satisfaction questionnaire asks its
"right after" items right after and its "what have you used since" items at 60 days."""

import pytest
from django.urls import reverse

from evaluation import content, results, services
from evaluation.forms import QuestionnaireForm
from evaluation.models import Moment, Questionnaire, Response

from .conftest import make_questionnaire
from .test_content import _edit, _load, root  # noqa: F401 (the fixture)

pytestmark = pytest.mark.django_db

ITEMS = [
    {"type": "likert", "value": {"text": "Utile juste après", "scale": "satisfaction",
                                 "low_label": "Non", "high_label": "Oui", "reverse": False,
                                 "source": "", "asked": "first"}},
    {"type": "likert", "value": {"text": "Mis en pratique depuis", "scale": "use",
                                 "low_label": "Non", "high_label": "Oui", "reverse": False,
                                 "source": "", "asked": "later"}},
    {"type": "likert", "value": {"text": "Recommanderait", "scale": "satisfaction",
                                 "low_label": "Non", "high_label": "Oui", "reverse": False,
                                 "source": "", "asked": "always"}},
]


@pytest.fixture
def version():
    questionnaire = make_questionnaire("avis", Questionnaire.Kind.SATISFACTION, items=ITEMS)
    return services.current_version(questionnaire)


def labels(form):
    return [entry["item"]["text"] for entry in form.item_fields]


def test_each_moment_asks_its_own_items(version):
    assert labels(QuestionnaireForm(version, moment=Moment.SATISFACTION)) == [
        "Utile juste après", "Recommanderait"]
    assert labels(QuestionnaireForm(version, moment=Moment.DAY_60)) == [
        "Mis en pratique depuis", "Recommanderait"]


def test_an_item_not_asked_is_not_required(version):
    first, later, always = (item["id"] for item in version.items)
    form = QuestionnaireForm(version, {f"item-{later}": "4", f"item-{always}": "5"},
                             moment=Moment.DAY_60)
    assert form.is_valid(), form.errors
    assert form.answers() == {later: 4, always: 5}


def test_every_time_items_freeze_as_before(version):
    """Versions frozen before the key existed stay equal: no new version for nothing."""
    assert "asked" not in version.items[2]
    assert [item.get("asked") for item in version.items[:2]] == ["first", "later"]
    assert services.current_version(version.questionnaire) == version


def test_the_results_say_not_asked_rather_than_hidden(version, client, researcher):
    first, later, always = (item["id"] for item in version.items)
    for _n in range(5):
        Response.objects.create(version=version, moment=Moment.SATISFACTION,
                                subject_kind="session", answered_on="2026-11-02",
                                answers={first: 4, always: 5})
        Response.objects.create(version=version, moment=Moment.DAY_60, subject_kind="session",
                                answered_on="2026-11-30", answers={later: 3, always: 4})
    found = results.compute(version)
    rows = {row.label: row for row in found.items}
    assert rows["Utile juste après"].not_asked == (Moment.DAY_60,)
    assert rows["Mis en pratique depuis"].not_asked == (Moment.SATISFACTION,)
    assert rows["Mis en pratique depuis"].means[Moment.DAY_60] == 3
    assert rows["Recommanderait"].not_asked == ()
    client.force_login(researcher)
    page = client.get(reverse("evaluation:results"), {"version": version.pk}).content.decode()
    assert page.count("non posée") == 2
    assert "Mise en pratique depuis la formation" in page


def test_the_content_file_says_when_an_item_is_asked(root, tmp_path):  # noqa: F811
    _load(root)
    questionnaire = Questionnaire.objects.get(slug="satisfaction-session")
    items = services.current_version(questionnaire).items
    assert {item.get("asked") for item in items} == {"first", "later"}
    out = tmp_path / "out"
    (out / "evaluation").mkdir(parents=True)
    from core.content_files import ContentRun

    content.export(ContentRun(out))
    written = (out / "evaluation" / "satisfaction-session.yaml").read_text(encoding="utf-8")
    assert "asked: later" in written and "asked: first" in written


def test_a_wrong_asked_value_is_reported(root):  # noqa: F811
    _edit(root, lambda data: data["items"][0].update(asked="parfois"))
    run = _load(root)
    messages = [str(error) for error in run.report.errors]
    assert any("items[1].asked : « parfois »" in m for m in messages), messages
    assert not Questionnaire.objects.exists()
