"""The printable guide: whole guide or one chapter, cached by published revision."""

import hashlib

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone, translation

from core.pdf import render_pdf

PDF_FOLDER = "guide-pdf"
TEMPLATE = "guide/pdf/guide.html"


def _key(pages):
    revisions = ",".join(f"{p.pk}:{p.live_revision_id}" for p in pages)
    digest = hashlib.sha256(f"{translation.get_language()}|{revisions}".encode()).hexdigest()[:20]
    return f"{PDF_FOLDER}/{digest}.pdf"


def directory_of(chapters):
    """The contacts the chapters' "who to call" boxes name, each once, in directory order: on
    paper the boxes list names and numbers, and this last section says when to call each."""
    from .models import Contact

    pks = {item["value"] if isinstance(item, dict) else item
           for chapter in chapters for block in chapter.body.raw_data
           if block["type"] == "who_to_call" for item in block["value"].get("contacts", [])}
    return list(Contact.objects.filter(pk__in=pks).order_by("sort_order", "name"))


def pdf_context(guide, chapters, *, base_url, whole_guide):
    return {"guide": guide, "chapters": chapters, "base_url": base_url.rstrip("/"),
            "generated_on": timezone.localdate(), "whole_guide": whole_guide,
            "directory": directory_of(chapters)}


def guide_pdf(guide, *, base_url):
    chapters = list(guide.chapters())
    return _cached(_key([guide, *chapters]), TEMPLATE, pdf_context(
        guide, chapters, base_url=base_url, whole_guide=True), base_url)


def chapter_pdf(chapter, *, base_url):
    guide = chapter.guide
    return _cached(_key([guide, chapter]), TEMPLATE, pdf_context(
        guide, [chapter], base_url=base_url, whole_guide=False), base_url)


def _cached(name, template, context, base_url):
    """PDF bytes from storage, rendering and storing them when this revision is new."""
    if default_storage.exists(name):
        with default_storage.open(name, "rb") as handle:
            return handle.read()
    data = render_pdf(template, context, base_url=base_url)
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(data))
    return data
