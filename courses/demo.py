"""Demo modules, quizzes and learning paths (French content to be reviewed by the clinicians).
Creates what is missing only."""

import json
import uuid

from core.models import HomePage
from guide.models import Contact, GuideChapterPage
from quizzes.models import Quiz

from .models import CourseIndexPage, LearningPathPage, ModulePage, PathModule

INTRO = (
    "<p>Des modules courts, construits à partir de situations réelles dans les immeubles : "
    "un récit, vos décisions et leurs conséquences, l'essentiel à retenir, puis un quiz. "
    "Votre progression est enregistrée à chaque étape.</p>"
)


def _id():
    return str(uuid.uuid4())


def _items(values):
    return [{"type": "item", "id": _id(), "value": value} for value in values]


def quiz_questions(questions):
    raw = []
    for question in questions:
        kind = question["kind"]
        value = {"text": question["text"], "explanation": question.get("explanation", ""),
                 "step": question.get("step")}
        if kind in ("single", "multiple", "scenario"):
            value["choices"] = _items([
                {"text": c["text"], "correct": bool(c.get("correct")),
                 "feedback": c.get("feedback", "")} for c in question["choices"]])
        elif kind == "true_false":
            value["answer"] = bool(question["answer"])
        elif kind == "ordering":
            value["items"] = _items(question["items"])
        raw.append({"type": kind, "id": _id(), "value": value})
    return json.dumps(raw)


def module_steps(steps, chapters, contacts):
    raw = []
    for step in steps:
        kind = step["type"]
        value = {"title": step["title"]}
        if kind == "narrative":
            value.update(text=step["text"], image=None)
        elif kind == "decision":
            value.update(question=step.get("question", "Que faites-vous ?"), choices=_items([
                {"text": c["text"], "feedback": c["feedback"], "quality": c["quality"]}
                for c in step["choices"]]))
        elif kind == "lesson":
            value.update(text=step["text"], guide_links=_items(
                [chapters[s].pk for s in step.get("guide_links", []) if s in chapters]))
        elif kind == "debrief":
            value.update(text=step["text"], contacts=_items(
                [contacts[s].pk for s in step.get("contacts", []) if s in contacts]),
                include_organisation_referent=step.get("include_organisation_referent", True))
        raw.append({"type": kind, "id": _id(), "value": value})
    return json.dumps(raw)


def load(stdout=None):
    try:
        from .demo_content.modules import LEARNING_PATHS, MODULES
    except ImportError:
        return
    home = HomePage.objects.first()
    if home is None:
        return
    index = CourseIndexPage.objects.first()
    if index is None:
        index = CourseIndexPage(title="Formations", slug="formations", intro=INTRO,
                                show_in_menus=True)
        home.add_child(instance=index)
        index.save_revision().publish()
    chapters = {p.slug: p for p in GuideChapterPage.objects.all()}
    contacts = {c.slug: c for c in Contact.objects.all()}

    modules = {}
    for data in MODULES:
        module = ModulePage.objects.child_of(index).filter(slug=data["slug"]).first()
        if module is None:
            quiz_data = data["quiz"]
            quiz = Quiz.objects.create(
                title=quiz_data["title"], questions=quiz_questions(quiz_data["questions"]),
                pass_mark=quiz_data.get("pass_mark", 70),
                max_attempts=quiz_data.get("max_attempts", 3),
                wait_minutes=quiz_data.get("wait_minutes", 0),
                draw_count=quiz_data.get("draw"),
                shuffle_questions=quiz_data.get("shuffle_questions", True),
                shuffle_choices=quiz_data.get("shuffle_choices", True))
            module = ModulePage(
                title=data["title"], slug=data["slug"], summary=data["summary"],
                duration_minutes=data["duration_minutes"], audience=data["audience"],
                objectives="\n".join(data.get("objectives", [])),
                review_note=data.get("review_note", ""),
                steps=module_steps(data["steps"], chapters, contacts), quiz=quiz)
            index.add_child(instance=module)
            module.save_revision().publish()
        modules[data["slug"]] = module
    for data in MODULES:
        module = modules[data["slug"]]
        if data.get("requires") and not module.requires.exists():
            module.requires.set([modules[s] for s in data["requires"] if s in modules])
            module.save_revision().publish()

    for data in LEARNING_PATHS:
        path = LearningPathPage.objects.child_of(index).filter(slug=data["slug"]).first()
        if path is None:
            path = LearningPathPage(title=data["title"], slug=data["slug"],
                                    summary=data["summary"], audience=data["audience"])
            index.add_child(instance=path)
            for order, slug in enumerate(data["modules"]):
                PathModule.objects.create(path=path, module=modules[slug], sort_order=order)
            path.save_revision().publish()
