"""content/evaluation/: questionnaires are loaded from their files and written back; loading
a file again keeps the item ids, so no new version is made unless the items changed."""

import shutil
from pathlib import Path

import pytest
import yaml
from django.conf import settings

from core.content_files import ContentRun
from evaluation import content, services
from evaluation.models import Questionnaire

SATISFACTION = Path(settings.CONTENT_DIR) / "evaluation" / "satisfaction-session.yaml"


@pytest.fixture
def root(tmp_path):
    (tmp_path / "evaluation").mkdir()
    shutil.copy(SATISFACTION, tmp_path / "evaluation" / SATISFACTION.name)
    return tmp_path


def _load(root):
    run = ContentRun(root)
    content.load(run)
    return run


def _edit(root, change):
    path = root / "evaluation" / SATISFACTION.name
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")


@pytest.mark.django_db
def test_loading_again_keeps_ids_and_version_and_export_gives_the_file(root, tmp_path):
    run = _load(root)
    assert not run.report.errors and len(run.report.changes) == 1
    questionnaire = Questionnaire.objects.get(slug="satisfaction-session")
    assert questionnaire.references.startswith("Satisfaction juste après une session")
    first = services.current_version(questionnaire)

    again = _load(root)
    assert not again.report.errors and again.report.changes == []
    questionnaire.refresh_from_db()
    assert services.current_version(questionnaire) == first

    out = tmp_path / "out"
    content.export(ContentRun(out))
    assert (out / "evaluation" / SATISFACTION.name).read_text(encoding="utf-8") == \
        SATISFACTION.read_text(encoding="utf-8")


@pytest.mark.django_db
def test_a_changed_item_makes_a_new_version_and_the_others_keep_their_ids(root):
    _load(root)
    questionnaire = Questionnaire.objects.get(slug="satisfaction-session")
    first = services.current_version(questionnaire)

    _edit(root, lambda data: data["items"][1].update(text="Les formateurs étaient clairs."))
    run = _load(root)
    assert not run.report.errors and len(run.report.changes) == 1
    questionnaire.refresh_from_db()
    second = services.current_version(questionnaire)
    assert second.number == first.number + 1
    old, new = [item["id"] for item in first.items], [item["id"] for item in second.items]
    assert new[0] == old[0] and new[2:] == old[2:] and new[1] != old[1]


@pytest.mark.django_db
def test_a_bad_file_is_refused_naming_file_and_field(root):
    def change(data):
        data["kind"] = "opinion"
        data["colour"] = "rouge"
        data["items"][0]["scale"] = "bonheur"
        data["items"].insert(0, {"type": "knowledge", "text": "Vrai ?", "choices": [
            {"text": "Oui", "correct": True}, {"text": "Aussi", "correct": True}]})

    _edit(root, change)
    run = _load(root)
    messages = [str(error) for error in run.report.errors]
    name = f"{root.name}/evaluation/{SATISFACTION.name}"
    assert f"{name} : colour : champ inconnu" in messages
    assert any(m.startswith(f"{name} : kind : « opinion »") for m in messages)
    assert any(m.startswith(f"{name} : items[2].scale : « bonheur »") for m in messages)
    assert f"{name} : items[1].choices : une seule bonne réponse (correct: true)" in messages
    assert not Questionnaire.objects.exists()
