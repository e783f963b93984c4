"""content/: the whole folder validates, a fresh database built from it exports the same files,
a bad file is refused with its file and field and writes nothing, and check_content catches
quizzes that can be passed without judgement."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from django.conf import settings
from django.core.management import CommandError, call_command

from core.content_files import ContentRun
from courses.lint import lint

BASE = Path(settings.BASE_DIR)
CONTENT = Path(settings.CONTENT_DIR)


@pytest.fixture
def content_copy(tmp_path):
    target = tmp_path / "content"
    shutil.copytree(CONTENT, target)
    return target


def _files(root):
    return {str(path.relative_to(root)): path.read_text(encoding="utf-8")
            for path in sorted(root.rglob("*")) if path.is_file()
            and path.name != "README.md" and path.name != "decision.yaml"}


def test_no_content_is_left_in_python_files():
    for app in ("core", "guide", "courses", "quizzes"):
        assert not (BASE / app / "demo_content").exists()


@pytest.mark.django_db
def test_the_whole_content_folder_validates():
    call_command("load_content", "--check", verbosity=0)


def test_a_fresh_database_built_from_content_exports_the_same_files(tmp_path):
    """load_content on an empty database, twice (the second run changes nothing), then
    export_content: the files come back identical, so the site is what the files say."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev",
           "DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite3'}",
           "MEDIA_ROOT": str(tmp_path / "media")}

    def manage(*args):
        result = subprocess.run([sys.executable, "manage.py", *args], cwd=BASE, env=env,
                                capture_output=True, text=True, timeout=600)
        assert result.returncode == 0, result.stderr[-3000:]
        return result.stdout

    manage("migrate", "--verbosity", "0")
    first = manage("load_content")
    assert "créé(s) ou mis à jour" in first
    assert "Contenu chargé : 0 élément" in manage("load_content")
    manage("export_content", "--path", str(tmp_path / "out"))
    exported = _files(tmp_path / "out")
    assert exported == _files(CONTENT)


def _load_error(content_dir):
    with pytest.raises(CommandError) as error:
        call_command("load_content", "--path", str(content_dir), verbosity=0)
    return str(error.value)


@pytest.mark.django_db
@pytest.mark.parametrize("change, expected", [
    ("::: nonsense\ntitle: x\n:::", "bloc « nonsense » inconnu"),
    ("::: who_to_call\ntitle: Qui ?\ncontacts: [pas-un-contact]\n:::",
     "« pas-un-contact » : aucun contact"),
    ("Un [lien](glossaire:terme-inexistant).", "glossaire:terme-inexistant"),
    ("Un [lien](guide:chapitre-inexistant).", "guide:chapitre-inexistant"),
    ("::: vignette\ntitle: Cas\ntext: Texte\ncolour: rouge\n:::", "colour : champ inconnu"),
    ("::: vignette\ntext: Texte\n:::", "title"),
    ("::: vignette\ntitle: [pas fermé\n:::", "YAML illisible"),
    ("::: urgent\ntitle: Sans fin\ntext: Texte", "n'est pas fermé"),
    ("::: do_dont\ndo:\n- Appeler: le 15\ndont:\n- Attendre\n:::", "entre guillemets"),
])
def test_a_bad_chapter_is_refused_naming_file_and_field_and_nothing_is_written(
        content_copy, change, expected):
    from guide.models import GuideChapterPage

    chapter = sorted((content_copy / "guide/chapters").glob("*.md"))[0]
    chapter.write_text(chapter.read_text(encoding="utf-8") + "\n\n" + change + "\n",
                       encoding="utf-8")
    before = GuideChapterPage.objects.count()
    message = _load_error(content_copy)
    assert expected in message
    assert f"guide/chapters/{chapter.name}" in message
    assert GuideChapterPage.objects.count() == before


@pytest.mark.django_db
def test_an_unknown_field_in_a_header_a_quiz_or_a_contact_is_refused(content_copy):
    module = sorted((content_copy / "courses/modules").glob("*.md"))[0]
    module.write_text(module.read_text(encoding="utf-8").replace(
        "---\n", "---\ndurée: 12\n", 1), encoding="utf-8")
    quiz = sorted((content_copy / "courses/quizzes").glob("*.yaml"))[0]
    data = yaml.safe_load(quiz.read_text(encoding="utf-8"))
    data["questions"][0]["kind"] = "essay"
    quiz.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    directory = content_copy / "guide/directory.yaml"
    data = yaml.safe_load(directory.read_text(encoding="utf-8"))
    data["contacts"][0]["fax"] = "01 99 00 00 00"
    directory.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    message = _load_error(content_copy)
    assert f"courses/modules/{module.name} : durée : champ inconnu" in message
    assert "« essay » : types possibles" in message
    assert ".fax : champ inconnu" in message


@pytest.mark.django_db
def test_content_loads_pages_under_the_clinical_review_workflow(content_copy):
    from wagtail.models import WorkflowPage

    from courses.models import CourseIndexPage
    from guide.models import GuideIndexPage
    from guide.review import WORKFLOW_NAME

    call_command("load_content", "--path", str(content_copy), verbosity=0)
    for index in (GuideIndexPage.objects.get(), CourseIndexPage.objects.get()):
        assert WorkflowPage.objects.get(page=index).workflow.name == WORKFLOW_NAME


def test_check_content_passes_on_the_programme_content():
    call_command("check_content", verbosity=0)


def _plant_bad_quiz(content_dir):
    questions = [{"kind": "multiple", "text": f"Question {n} ?", "choices": [
        {"text": "Oui", "correct": True}, {"text": "Aussi", "correct": True},
        {"text": "Non"}, {"text": "Jamais"}]} for n in range(4)]
    (content_dir / "courses/quizzes/mauvais.yaml").write_text(yaml.safe_dump(
        {"title": "Quiz trop facile", "draw": 4, "questions": questions}, allow_unicode=True),
        encoding="utf-8")


def test_check_content_fails_on_a_planted_bad_quiz(content_copy):
    _plant_bad_quiz(content_copy)
    with pytest.raises(CommandError) as error:
        call_command("check_content", "--path", str(content_copy), verbosity=0)
    message = str(error.value)
    assert "mauvais.yaml : le quiz tire 4 questions sur un pool de 4" in message


def test_lint_names_each_pattern_that_lets_a_learner_pass_without_judgement(tmp_path):
    root = tmp_path / "content"
    (root / "courses/modules").mkdir(parents=True)
    (root / "courses/quizzes").mkdir(parents=True)
    decision = ("::: decision\ntitle: D\nchoices:\n"
                "- text: La meilleure réaction, décrite longuement et avec soin\n  quality: best\n"
                "  feedback: Oui\n- text: Une erreur\n  quality: poor\n  feedback: Non\n:::\n")
    (root / "courses/modules/01-m.md").write_text(
        "---\nslug: m\ntitle: M\n---\n\n" + "\n".join([decision] * 3), encoding="utf-8")
    _plant_bad_quiz(root)
    problems = " | ".join(message for _, message in lint(ContentRun(root)))
    assert "toujours en position 1" in problems
    assert "la plus longue dans 3 décisions sur 3" in problems
    assert "les 4 questions à choix multiple ont toutes 2 bonnes réponses" in problems
    assert "pool de 4" in problems


@pytest.mark.django_db
def test_two_files_with_one_slug_are_refused(content_copy):
    module = sorted((content_copy / "courses/modules").glob("*.md"))[0]
    shutil.copy(module, module.with_name("99-copie.md"))
    assert "est le slug de plusieurs fichiers" in _load_error(content_copy)
