"""The guide in content/guide/: index, chapters, glossary and directory (decision rules are
read straight from their file by guide.decision)."""

import json
import re

from core.content_blocks import (
    clean_stream,
    header_errors,
    order_children,
    resolve_slugs,
    stream_from_raw,
    stream_to_raw,
    update_fields,
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

from .blocks import GuideStreamBlock
from .models import (
    Contact,
    GlossaryTerm,
    GuideChapterPage,
    GuideIndexPage,
    RelatedChapter,
    Situation,
)
from .review import require_clinical_review

INDEX = "guide/index.md"
CHAPTERS = "guide/chapters"
GLOSSARY = "guide/glossary.yaml"
DIRECTORY = "guide/directory.yaml"
CONTACT_FIELDS = ("name", "category", "arrondissement", "when_to_call", "hours", "phone",
                  "address", "website", "is_example", "check_locally")
CHAPTER_FIELDS = ("title", "summary", "reading_minutes", "review_note", "seo_title",
                  "search_description")
body_block = GuideStreamBlock()


def _glossary_url(guide, home):
    return f"{guide.url_path[len(home.url_path) - 1:]}glossaire/"


def _register_links(run, guide, home):
    glossary_url = _glossary_url(guide, home)
    refs = run.refs
    refs.links["glossaire"] = lambda slug: (
        f'href="{glossary_url}#{slug}"' if slug in run.state["glossary_slugs"] else
        refs.pk(GlossaryTerm, slug))
    refs.links["guide"] = lambda slug: f'id="{refs.pk(GuideChapterPage, slug)}" linktype="page"'
    pattern = re.compile(rf"^{re.escape(glossary_url)}#([a-z0-9-]+)$")

    def unlink(attrs):
        match = pattern.match(attrs.get("href") or "")
        if match:
            return f"glossaire:{match.group(1)}"
        if attrs.get("linktype") == "page":
            slug = refs.slug(GuideChapterPage, int(attrs.get("id", 0)))
            return f"guide:{slug}" if isinstance(slug, str) else f"/page/{attrs.get('id')}/"
        return None

    refs.unlinks.append(unlink)


# --- load -----------------------------------------------------------------------------------

def load(run):
    home = run.state.get("home")
    if home is None:
        return
    _load_directory(run)
    glossary = run.yaml(run.path(GLOSSARY)) or []
    run.state["glossary_slugs"] = {item.get("slug") for item in glossary if isinstance(item, dict)}
    guide = _load_index(run, home)
    if guide is None:
        return
    _register_links(run, guide, home)
    _load_glossary(run, glossary)
    _load_chapters(run, guide)


def _load_directory(run):
    path = run.path(DIRECTORY)
    data = run.yaml(path) or {}
    situations = {}
    for index, item in enumerate(data.get("situations") or []):
        slug = item.get("slug")
        if not slug or not item.get("label"):
            run.error(path, f"situations[{index + 1}]", "« slug » et « label » sont requis")
            continue
        situation, _ = Situation.objects.get_or_create(slug=slug, defaults={
            "label": item["label"], "sort_order": index})
        if update_fields(situation, {"label": item["label"], "sort_order": index}):
            situation.save()
        situations[slug] = situation
    contacts = {}
    valid = {field.name for field in Contact._meta.get_fields()} | {"slug", "situations"}
    categories = set(Contact.Category.values)
    for index, item in enumerate(data.get("contacts") or []):
        where = f"contacts[{index + 1}]"
        slug = item.get("slug")
        for key in sorted(set(item) - valid):
            run.error(path, f"{where}.{key}", "champ inconnu")
        if not slug:
            run.error(path, where, "« slug » est requis")
            continue
        where = f"contacts[{slug}]"
        if item.get("category") not in categories:
            run.error(path, f"{where}.category",
                      f"« {item.get('category')} » : catégories possibles {sorted(categories)}")
            continue
        if resolve_slugs(run, path, f"{where}.situations", item.get("situations"), situations,
                         "situations inconnues") is None:
            continue
        fields = {name: item.get(name, Contact._meta.get_field(name).get_default())
                  for name in CONTACT_FIELDS}
        for name in ("hours", "phone", "address", "website"):
            fields[name] = fields[name] or ""
        fields["sort_order"] = index
        contact = Contact.objects.filter(slug=slug).first() or Contact(slug=slug)
        changed = update_fields(contact, fields) if contact.pk else ["created"]
        if contact.pk is None:
            for name, value in fields.items():
                setattr(contact, name, value)
        wanted = [situations[s] for s in item.get("situations") or []]
        if contact.pk is None or [s.pk for s in contact.situations.all()] != \
                [s.pk for s in wanted]:
            contact.situations = wanted
            changed.append("situations")
        if changed:
            try:
                contact.full_clean(exclude=["situations"])
            except Exception as error:  # a ValidationError, reported by field
                for name, messages in getattr(error, "message_dict", {}).items():
                    for message in messages:
                        run.error(path, f"{where}.{name}", message)
                continue
            contact.save()
        contacts[slug] = contact.pk
    run.refs.add(Contact, contacts)


def _load_index(run, home):
    path = run.path(INDEX)
    if not path.exists():
        run.error(path, "", "fichier manquant")
        return None
    header, body = run.document(path)
    if header is None:
        return None
    fields = {
        "title": header.get("title", ""),
        "seo_title": header.get("seo_title", ""),
        "search_description": header.get("search_description", ""),
        "show_in_menus": True,
        "intro": markdown_to_html(body),
        "disclaimer": markdown_to_html(header.get("disclaimer", "")),
    }
    guide = upsert_page(run, path, home, GuideIndexPage, header.get("slug", "guide"), fields)
    if guide is not None:
        first = home.get_first_child()
        if first and first.pk != guide.pk:  # the guide comes first in the menu
            guide.move(first, pos="left")
            guide.refresh_from_db()
        run.state["guide"] = guide
        require_clinical_review(guide)
    return guide


def _load_glossary(run, items):
    path = run.path(GLOSSARY)
    terms = {}
    for index, item in enumerate(items):
        slug = item.get("slug") if isinstance(item, dict) else None
        if not slug or not item.get("term") or not item.get("definition"):
            run.error(path, f"[{index + 1}]", "« slug », « term » et « definition » sont requis")
            continue
        for key in sorted(set(item) - {"slug", "term", "definition", "see_also"}):
            run.error(path, f"{slug}.{key}", "champ inconnu")
        try:
            definition = markdown_to_html(item["definition"], run.refs.link_attrs)
        except ValueError as error:
            run.error(path, f"{slug}.definition", str(error))
            continue
        term = GlossaryTerm.objects.filter(slug=slug).first() or GlossaryTerm(slug=slug)
        fields = {"term": item["term"], "definition": definition}
        if term.pk is None:
            term.term, term.definition = fields["term"], fields["definition"]
            term.save()
        elif update_fields(term, fields):
            term.save()
        terms[slug] = term
    for item in items:
        if not isinstance(item, dict) or item.get("slug") not in terms:
            continue
        term = terms[item["slug"]]
        see_also = resolve_slugs(run, path, f"{item['slug']}.see_also", item.get("see_also"),
                                 terms, "termes inconnus")
        if see_also is None:
            continue
        wanted = [other.pk for other in see_also]
        if sorted(term.see_also.values_list("pk", flat=True)) != sorted(wanted):
            term.see_also.set(wanted)
    run.refs.add(GlossaryTerm, {slug: term.pk for slug, term in terms.items()})


def _load_chapters(run, guide):
    documents = run.documents(CHAPTERS)
    slugs = [header["slug"] for _, header, _ in documents]
    # Chapters link to each other: every slug resolves before any body is built.
    existing = dict(GuideChapterPage.objects.child_of(guide).values_list("slug", "pk"))
    run.refs.add(GuideChapterPage, {slug: existing.get(slug, -1) for slug in slugs})

    pages = {}
    for path, header, body in documents:
        known = {*CHAPTER_FIELDS, "slug", "related"}
        for key in sorted(set(header) - known):
            run.error(path, key, "champ inconnu")
        errors = header_errors(header, [f for f in CHAPTER_FIELDS if f != "reading_minutes"],
                               ["reading_minutes"])
        raw = stream_to_raw(body_block, parse_blocks(body, path, run.report), "corps",
                            run.refs, errors)
        if not errors:
            clean_stream(body_block, raw, "corps", errors)
        if run.errors(path, errors):
            continue
        fields = {name: header.get(name) or "" for name in CHAPTER_FIELDS
                  if name != "reading_minutes"}
        fields["reading_minutes"] = header.get("reading_minutes") or 5
        fields["body"] = raw
        page = upsert_page(run, path, guide, GuideChapterPage, header["slug"], fields)
        if page is not None:
            pages[header["slug"]] = page
            run.refs.add(GuideChapterPage, {page.slug: page.pk})
    # A chapter created in this run: links written before it existed point to -1.
    for path, header, body in documents:
        page = pages.get(header["slug"])
        if page is None or '\\"-1\\"' not in json.dumps(list(page.body.raw_data)):
            continue
        errors = []
        page.body = stream_to_raw(body_block, parse_blocks(body, path, run.report), "corps",
                                  run.refs, errors)
        page.save_revision().publish()
    for path, header, _ in documents:
        page = pages.get(header["slug"])
        if page is None:
            continue
        related = resolve_slugs(run, path, "related", header.get("related"), pages,
                                "chapitres inconnus")
        if related is None:
            continue
        wanted = [chapter.pk for chapter in related]
        if list(page.related_links.order_by("sort_order")
                .values_list("chapter_id", flat=True)) != wanted:
            page.related_links.all().delete()
            for order, pk in enumerate(wanted):
                RelatedChapter.objects.create(page=page, chapter_id=pk, sort_order=order)
    if pages and not run.report.errors:
        order_children(guide, [pages[slug] for slug in slugs if slug in pages])
    run.state["chapters"] = pages


# --- export ---------------------------------------------------------------------------------

def export(run):
    home = run.state.get("home")
    guide = GuideIndexPage.objects.first()
    if home is None or guide is None:
        return
    chapters = list(GuideChapterPage.objects.live().child_of(guide).order_by("path"))
    run.refs.add(GuideChapterPage, {page.slug: page.pk for page in chapters})
    run.refs.add(Contact, dict(Contact.objects.values_list("slug", "pk")))
    run.refs.add(GlossaryTerm, dict(GlossaryTerm.objects.values_list("slug", "pk")))
    run.state["glossary_slugs"] = set(run.refs.slugs["guide.glossaryterm"])
    _register_links(run, guide, home)
    link = run.refs.link_target

    write_document(run.path(INDEX), _clean({
        "slug": guide.slug, "title": guide.title, "seo_title": guide.seo_title,
        "search_description": guide.search_description,
        "disclaimer": html_to_markdown(guide.disclaimer, link),
    }), html_to_markdown(guide.intro, link))

    situations = [{"slug": s.slug, "label": s.label} for s in Situation.objects.order_by(
        "sort_order", "pk")]
    contacts = []
    for contact in Contact.objects.prefetch_related("situations").order_by("sort_order", "pk"):
        item = {"slug": contact.slug}
        for name in CONTACT_FIELDS:
            value = getattr(contact, name)
            if value not in (None, "", False):
                item[name] = value
        item["situations"] = [s.slug for s in contact.situations.all()]
        contacts.append(item)
    write_yaml(run.path(DIRECTORY), {"situations": situations, "contacts": contacts})

    glossary = []
    for term in GlossaryTerm.objects.prefetch_related("see_also").order_by("term"):
        item = {"slug": term.slug, "term": term.term,
                "definition": html_to_markdown(term.definition, link)}
        see_also = [t.slug for t in term.see_also.all()]
        if see_also:
            item["see_also"] = see_also
        glossary.append(item)
    write_yaml(run.path(GLOSSARY), glossary)

    files = {}
    for path in run.files(CHAPTERS, "*.md"):
        header, _ = run.document(path)
        if header and header.get("slug"):
            files[header["slug"]] = path
    for number, page in enumerate(chapters, start=1):
        path = files.get(page.slug) or run.path(f"{CHAPTERS}/{number:02d}-{page.slug}.md")
        header = {"slug": page.slug}
        header.update(_clean({name: getattr(page, name) for name in CHAPTER_FIELDS}))
        related = [link.chapter.slug for link in page.related_links.select_related("chapter")]
        if related:
            header["related"] = related
        blocks = stream_from_raw(body_block, list(page.body.raw_data), run.refs)
        write_document(path, header, write_blocks(blocks))


def _clean(mapping):
    return {key: value for key, value in mapping.items() if value not in (None, "", [])}
