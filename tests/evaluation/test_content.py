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


# --- Follow-up micro-cases ------------------------------------------------------------------

FOLDER = Path(settings.CONTENT_DIR) / "evaluation"
FOLLOWUPS = {"suivi-signaux-faibles-logement": "signaux-faibles-logement",
             "suivi-risque-suicidaire": "risque-suicidaire",
             "suivi-troubles-voisinage": "troubles-voisinage"}


@pytest.fixture
def programme(tmp_path):
    """content/evaluation/ as it is, in a folder the tests may change."""
    shutil.copytree(FOLDER, tmp_path / "evaluation")
    return tmp_path


@pytest.mark.django_db
def test_the_follow_up_micro_cases_load_with_their_pairing_and_modules(programme, tmp_path):
    run = _load(programme)
    assert not run.report.errors
    knowledge = Questionnaire.objects.get(slug="avant-apres-sante-mentale")
    # The before/after questionnaire is asked by the modules its follow-ups come after.
    assert set(knowledge.targets.values_list("module__slug", flat=True)) >= set(
        FOLLOWUPS.values())
    for slug, module in FOLLOWUPS.items():
        followup = Questionnaire.objects.get(slug=slug)
        assert followup.kind == Questionnaire.Kind.FOLLOWUP
        assert followup.pairs_with == knowledge
        assert list(followup.targets.values_list("module__slug", flat=True)) == [module]
        assert not followup.all_sessions
        items = services.current_version(followup).items
        assert 2 <= len(items) <= 3 and {item["kind"] for item in items} == {"knowledge"}
        assert all(sum(c["correct"] for c in item["choices"]) == 1 for item in items)
        assert "équipe clinique et l'équipe de recherche" in followup.review_note
        assert "ÉQUIPE CLINIQUE ET L'ÉQUIPE DE RECHERCHE" in followup.references
    assert set(knowledge.followups.values_list("slug", flat=True)) == set(FOLLOWUPS)

    assert _load(programme).report.changes == []  # loaded again: nothing changes
    out = tmp_path / "out"
    content.export(ContentRun(out))
    for path in FOLDER.glob("*.yaml"):
        assert (out / "evaluation" / path.name).read_text(encoding="utf-8") == \
            path.read_text(encoding="utf-8"), path.name


def _edit_file(root, slug, change):
    path = root / "evaluation" / f"{slug}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")


@pytest.mark.django_db
@pytest.mark.parametrize("pairs_with, message", [
    ("avant-apres-inconnu", "« avant-apres-inconnu » : questionnaire inconnu"),
    ("satisfaction-session", "« satisfaction-session » n'est pas un questionnaire avant / après"),
    (None, "requis : le slug du questionnaire avant / après"),
])
def test_a_bad_pairs_with_is_reported_and_nothing_is_loaded(programme, pairs_with, message):
    slug = "suivi-risque-suicidaire"
    _edit_file(programme, slug, lambda data: data.update(pairs_with=pairs_with))
    run = _load(programme)
    messages = [str(error) for error in run.report.errors]
    name = f"{programme.name}/evaluation/{slug}.yaml"
    assert any(m.startswith(f"{name} : pairs_with : {message}") for m in messages), messages
    assert not Questionnaire.objects.filter(slug=slug).exists()
    assert Questionnaire.objects.filter(slug="suivi-troubles-voisinage").exists()


@pytest.mark.django_db
def test_follow_up_rules_items_modules_and_pairs_with_on_another_kind(programme):
    def change(data):
        data["items"].append({"type": "likert", "scale": "confidence", "text": "Je saurais."})
        data["modules"] = []
        data["all_sessions"] = True

    _edit_file(programme, "suivi-troubles-voisinage", change)
    _edit_file(programme, "satisfaction-session",
               lambda data: data.update(pairs_with="avant-apres-sante-mentale"))
    run = _load(programme)
    messages = [str(error) for error in run.report.errors]
    followup = f"{programme.name}/evaluation/suivi-troubles-voisinage.yaml"
    satisfaction = f"{programme.name}/evaluation/satisfaction-session.yaml"
    assert f"{followup} : items : un cas de suivi a de 2 à 3 questions de connaissance " \
           "(type: knowledge)" in messages
    assert any(m.startswith(f"{followup} : modules : un cas de suivi est envoyé après un "
                            "module") for m in messages)
    assert f"{satisfaction} : pairs_with : seulement pour un cas de suivi (kind: followup)" \
        in messages
    assert not Questionnaire.objects.filter(
        slug__in=["suivi-troubles-voisinage", "satisfaction-session"]).exists()
