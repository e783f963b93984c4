"""Quizzes in content/courses/quizzes/<slug>.yaml (one per module, named by its slug)."""

from core.content_blocks import clean_stream, from_raw, to_raw, update_fields
from core.content_files import write_yaml

from .blocks import QuestionStreamBlock
from .models import Quiz

FOLDER = "courses/quizzes"
SETTINGS = {"pass_mark": 70, "max_attempts": 3, "wait_minutes": 0, "draw": None,
            "shuffle_questions": True, "shuffle_choices": True, "review": Quiz.Review.FINAL}
questions_block = QuestionStreamBlock()


def read(run, path):
    """(fields, errors) of a quiz file: what Quiz needs, questions as raw stream data."""
    data = run.yaml(path)
    errors = []
    if not isinstance(data, dict):
        return None, [("", "un quiz est une suite de champs (title, questions…)")]
    for key in sorted(set(data) - {"title", "questions", *SETTINGS}):
        errors.append((key, "champ inconnu"))
    if not data.get("title"):
        errors.append(("title", "requis"))
    raw = []
    for index, question in enumerate(data.get("questions") or []):
        where = f"questions[{index + 1}]"
        if not isinstance(question, dict):
            errors.append((where, "une question est une suite de champs"))
            continue
        question = dict(question)
        kind = question.pop("kind", None)
        block = questions_block.child_blocks.get(kind)
        if block is None:
            errors.append((f"{where}.kind", f"« {kind} » : types possibles "
                                            f"{', '.join(questions_block.child_blocks)}"))
            continue
        question_id = str(question.pop("id", None) or f"q{index + 1}")
        raw.append({"type": kind, "id": question_id,
                    "value": to_raw(block, question, where, run.refs, errors)})
    if not raw:
        errors.append(("questions", "au moins une question"))
    if not errors:
        clean_stream(questions_block, raw, "questions", errors)
    fields = {name if name != "draw" else "draw_count": data.get(name, default)
              for name, default in SETTINGS.items()}
    fields.update(title=data.get("title") or "", questions=raw)
    return fields, errors


def load_quiz(run, path, slug):
    """Create or update the quiz of ``path``; None after an error (reported)."""
    fields, errors = read(run, path)
    if run.errors(path, errors):
        return None
    quiz = Quiz.objects.filter(slug=slug).first()
    if quiz is None:
        quiz = Quiz.objects.create(slug=slug, **fields)
        quiz.save_revision().publish()
        run.report.changed(f"créé : {run.name(path)}")
    elif update_fields(quiz, fields):
        quiz.save_revision().publish()
        run.report.changed(f"mis à jour : {run.name(path)}")
    return quiz


def export_quiz(run, quiz, slug):
    data = {"title": quiz.title}
    for name, default in SETTINGS.items():
        value = getattr(quiz, "draw_count" if name == "draw" else name)
        if value != default:
            data[name] = value
    questions = []
    for index, block in enumerate(quiz.questions.raw_data):
        child = questions_block.child_blocks[block["type"]]
        item = {"kind": block["type"]}
        if block.get("id") != f"q{index + 1}":
            item["id"] = block["id"]
        item.update(from_raw(child, block["value"], run.refs))
        questions.append(item)
    data["questions"] = questions
    write_yaml(run.path(f"{FOLDER}/{slug}.yaml"), data)
