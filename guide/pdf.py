"""The printable guide: whole guide or one chapter, cached by published revision."""

import hashlib

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone, translation

from core.pdf import render_pdf

PDF_FOLDER = "guide-pdf"


def _key(pages):
    revisions = ",".join(f"{p.pk}:{p.live_revision_id}" for p in pages)
    digest = hashlib.sha256(f"{translation.get_language()}|{revisions}".encode()).hexdigest()[:20]
    return f"{PDF_FOLDER}/{digest}.pdf"


def guide_pdf(guide, *, base_url):
    chapters = list(guide.chapters())
    return _cached(_key([guide, *chapters]), "guide/pdf/guide.html", {
        "guide": guide, "chapters": chapters, "base_url": base_url.rstrip("/"),
        "generated_on": timezone.localdate(), "whole_guide": True,
    }, base_url)


def chapter_pdf(chapter, *, base_url):
    guide = chapter.guide
    return _cached(_key([guide, chapter]), "guide/pdf/guide.html", {
        "guide": guide, "chapters": [chapter], "base_url": base_url.rstrip("/"),
        "generated_on": timezone.localdate(), "whole_guide": False,
    }, base_url)


def _cached(name, template, context, base_url):
    """PDF bytes from storage, rendering and storing them when this revision is new."""
    if default_storage.exists(name):
        with default_storage.open(name, "rb") as handle:
            return handle.read()
    data = render_pdf(template, context, base_url=base_url)
    if not default_storage.exists(name):
        default_storage.save(name, ContentFile(data))
    return data
