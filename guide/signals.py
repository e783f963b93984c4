"""Regenerate the printable guide when a chapter or the guide itself is published.

Publishing ten chapters in one transaction queues one rendering, after the commit.
"""

import threading

from django.conf import settings
from django.db import transaction

from .tasks import refresh_guide_pdf

_pending = threading.local()


def on_guide_published(sender, instance, **kwargs):
    from .models import GuideIndexPage

    if not settings.REPERES_PREBUILD_GUIDE_PDF:
        return
    guide = instance if isinstance(instance, GuideIndexPage) else (
        GuideIndexPage.objects.ancestor_of(instance).first())
    if guide is None:
        return
    pending = getattr(_pending, "ids", None)
    if pending is None:
        pending = _pending.ids = set()
    if guide.pk in pending:
        return
    pending.add(guide.pk)

    def enqueue():
        pending.discard(guide.pk)
        refresh_guide_pdf.enqueue(guide_id=guide.pk)

    transaction.on_commit(enqueue)
