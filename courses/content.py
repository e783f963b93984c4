"""Modules, their quizzes and the learning paths in content/courses/."""

from accounts.models import JobRole
from core.content_blocks import (
    QUOTE_HINT,
    clean_stream,
    header_errors,
    order_children,
    resolve_slugs,
    stream_from_raw,
    stream_to_raw,
    upsert_page,
)
from core.content_files import (
    html_to_markdown,
    markdown_to_html,
    parse_blocks,
    write_blocks,
    write_document,
    write_yaml,
)
from guide.models import GuideChapterPage
from guide.review import require_clinical_review, require_clinical_review_of
from quizzes.content import FOLDER as QUIZZES
from quizzes.content import export_quiz, load_quiz
from quizzes.models import Quiz

from .blocks import ModuleStepsBlock
from .models import CourseIndexPage, LearningPathPage, ModulePage, PathModule

INDEX = "courses/index.md"
MODULES = "courses/modules"
PATHS = "courses/paths.yaml"
MODULE_FIELDS = ("title", "summary", "duration_minutes", "content_note", "review_note",
                 "seo_title", "search_description")
steps_block = ModuleStepsBlock()


def _audience(run, path, value):
    value = value or []
    unknown = [code for code in value if code not in JobRole.values]
    if unknown:
        run.error(path, "audience", f"métiers inconnus : {unknown} (possibles : "
                                    f"{', '.join(JobRole.values)})")
    return [code for code in value if code in JobRole.values]


# --- load -----------------------------------------------------------------------------------

def load(run):
    home = run.state.get("home")
    if home is None:
        return
    path = run.path(INDEX)
    header, body = run.document(path) if path.exists() else ({}, "")
    if header is None:
        return
    index = upsert_page(run, path, home, CourseIndexPage, header.get("slug", "formations"), {
        "title": header.get("title") or "Formations", "intro": markdown_to_html(body),
        "show_in_menus": True})
    if index is None:
        return
    require_clinical_review(index)
    require_clinical_review_of(Quiz)
    run.refs.add(GuideChapterPage, dict(GuideChapterPage.objects.values_list("slug", "pk")))
    modules = _load_modules(run, index)
    paths = _load_paths(run, index, modules)
    if not run.report.errors:
        order_children(index, [*modules.values(), *paths])


def _load_modules(run, index):
    documents = run.documents(MODULES)
    modules = {}
    for path, header, body in documents:
        known = {*MODULE_FIELDS, "slug", "audience", "objectives", "requires", "quiz"}
        for key in sorted(set(header) - known):
            run.error(path, key, "champ inconnu")
        errors = header_errors(header, [f for f in MODULE_FIELDS if f != "duration_minutes"],
                               ["duration_minutes"])
        raw = stream_to_raw(steps_block, parse_blocks(body, path, run.report), "étapes",
                            run.refs, errors, id_prefix="s")
        if not errors:
            clean_stream(steps_block, raw, "étapes", errors)
        if run.errors(path, errors):
            continue
        quiz = None
        if header.get("quiz"):
            quiz_path = run.path(f"{QUIZZES}/{header['quiz']}.yaml")
            if not quiz_path.exists():
                run.error(path, "quiz", f"« {header['quiz']} » : {run.name(quiz_path)} manque")
                continue
            quiz = load_quiz(run, quiz_path, header["quiz"])
            if quiz is None:
                continue
        objectives = header.get("objectives") or []
        if not isinstance(objectives, list) or not all(isinstance(o, str) for o in objectives):
            run.error(path, "objectives", f"une liste de textes est attendue ; {QUOTE_HINT}")
            continue
        fields = {name: header.get(name) or "" for name in MODULE_FIELDS}
        fields.update(duration_minutes=header.get("duration_minutes") or 15,
                      audience=_audience(run, path, header.get("audience")),
                      objectives="\n".join(objectives), steps=raw, quiz=quiz)
        page = upsert_page(run, path, index, ModulePage, header["slug"], fields)
        if page is not None:
            modules[header["slug"]] = page
    for path, header, _ in documents:
        page = modules.get(header["slug"])
        if page is None:
            continue
        required = resolve_slugs(run, path, "requires", header.get("requires"), modules,
                                 "modules inconnus")
        if required is None:
            continue
        wanted = [module.pk for module in required]
        if sorted(page.requires.values_list("pk", flat=True)) != sorted(wanted):
            page.requires.set(wanted)
            page.save_revision().publish()
    return modules


def _load_paths(run, index, modules):
    path = run.path(PATHS)
    items = run.yaml(path) or []
    pages = []
    for number, item in enumerate(items, start=1):
        where = f"[{number}]"
        if not isinstance(item, dict) or not item.get("slug"):
            run.error(path, where, "un parcours a un « slug »")
            continue
        where = item["slug"]
        for key in sorted(set(item) - {"slug", "title", "summary", "audience", "modules"}):
            run.error(path, f"{where}.{key}", "champ inconnu")
        unknown = [slug for slug in item.get("modules") or [] if slug not in modules]
        if unknown or not item.get("modules"):
            run.error(path, f"{where}.modules", f"modules inconnus : {unknown}" if unknown
                      else "au moins un module")
            continue
        fields = {"title": item.get("title") or "", "summary": item.get("summary") or "",
                  "audience": _audience(run, path, item.get("audience"))}
        page = upsert_page(run, path, index, LearningPathPage, item["slug"], fields)
        if page is None:
            continue
        wanted = [modules[slug].pk for slug in item["modules"]]
        if list(page.path_modules.order_by("sort_order").values_list("module_id", flat=True)) \
                != wanted:
            page.path_modules.all().delete()
            for order, pk in enumerate(wanted):
                PathModule.objects.create(path=page, module_id=pk, sort_order=order)
            page.save_revision().publish()
        pages.append(page)
    return pages


# --- export ---------------------------------------------------------------------------------

def export(run):
    index = CourseIndexPage.objects.first()
    if index is None:
        return
    require_clinical_review(index)
    require_clinical_review_of(Quiz)
    run.refs.add(GuideChapterPage, dict(GuideChapterPage.objects.values_list("slug", "pk")))
    link = run.refs.link_target
    write_document(run.path(INDEX), {"slug": index.slug, "title": index.title},
                   html_to_markdown(index.intro, link))
    files = {}
    for path in run.files(MODULES, "*.md"):
        header, _ = run.document(path)
        if header and header.get("slug"):
            files[header["slug"]] = path
    modules = list(ModulePage.objects.live().child_of(index).order_by("path")
                   .select_related("quiz").prefetch_related("requires"))
    for number, page in enumerate(modules, start=1):
        path = files.get(page.slug) or run.path(f"{MODULES}/{number:02d}-{page.slug}.md")
        header = {"slug": page.slug, "title": page.title, "summary": page.summary,
                  "duration_minutes": page.duration_minutes, "audience": page.audience,
                  "objectives": page.objective_list(),
                  "requires": [m.slug for m in page.requires.all()]}
        if page.quiz:
            quiz_slug = page.quiz.slug or page.slug
            header["quiz"] = quiz_slug
            export_quiz(run, page.quiz, quiz_slug)
        for name in ("content_note", "review_note", "seo_title", "search_description"):
            if getattr(page, name):
                header[name] = getattr(page, name)
        blocks = stream_from_raw(steps_block, list(page.steps.raw_data), run.refs,
                                 id_prefix="s")
        write_document(path, header, write_blocks(blocks))
    paths = []
    for page in LearningPathPage.objects.live().child_of(index).order_by("path"):
        ids = list(page.path_modules.order_by("sort_order").values_list("module__slug",
                                                                        flat=True))
        paths.append({"slug": page.slug, "title": page.title, "summary": page.summary,
                      "audience": page.audience, "modules": ids})
    write_yaml(run.path(PATHS), paths)
