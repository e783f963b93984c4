"""The printable guide: whole guide or one chapter, cached by published revision."""

import hashlib

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone, translation

from core.links import absolute_url
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


def pdf_context(guide, chapters, *, whole_guide):
    """The links printed in the PDF lead to the site's public address (core.links)."""
    return {"guide": guide, "chapters": chapters, "base_url": absolute_url("/").rstrip("/"),
            "generated_on": timezone.localdate(), "whole_guide": whole_guide,
            "directory": directory_of(chapters)}


def guide_pdf(guide):
    chapters = list(guide.chapters())
    return _cached(_key([guide, *chapters]), TEMPLATE, pdf_context(
        guide, chapters, whole_guide=True))


def chapter_pdf(chapter):
    guide = chapter.guide
    return _cached(_key([guide, chapter]), TEMPLATE, pdf_context(
        guide, [chapter], whole_guide=False))


def _cached(name, template, context):
    """PDF bytes from storage, rendering and storing them when this revision is new."""
    if default_storage.exists(name):
        with default_storage.open(name, "rb") as handle:
            return handle.read()
    data = render_pdf(template, context, base_url=absolute_url())
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(data))
    return data
