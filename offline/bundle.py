"""What the phone keeps of the public site, and since when: the offline copy.

The list names the guide's pages (table of contents, each chapter, glossary, directory,
decision aid), the offline page, the decision rules and the static files those pages load.
None of them belongs to a person: the service worker fetches them without cookies, so it
stores the pages as an anonymous visitor sees them. The copy is versioned by the content
version (core.cache), which every publish bumps: the service worker compares it with the
`X-Reperes-Content-Version` header of the pages it loads online and fetches the new copy
when it changed.
"""

from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from core.cache import content_version, versioned
from guide.models import GuideIndexPage

# The static files every page of the copy loads.
ASSETS = [
    "css/reperes.css",
    "css/print.css",
    "js/reperes.js",
    "images/favicon.svg",
    "offline/store.js",
    "offline/decision.js",
    "offline/offline.js",
    "offline/icons/icon-192.png",
]


def guide_pages():
    """(url, last published) of the guide's pages and routes, table of contents first."""
    guide = GuideIndexPage.objects.live().public().first()
    if guide is None:
        return None, []
    chapters = list(guide.toc_chapters())
    base = guide.url
    pages = [(base, guide.last_published_at)]
    pages += [(base + route, guide.last_published_at)
              for route in ("glossaire/", "contacts/", "signaux-faibles/")]
    pages += [(chapter.url, chapter.last_published_at) for chapter in chapters]
    return guide, pages


def build():
    guide, pages = guide_pages()
    dates = [published for _url, published in pages if published]
    updated = max(dates) if dates else None
    return {
        "version": str(content_version()),
        "updated": updated.isoformat() if updated else "",
        "pages": [reverse("offline:page"), *(url for url, _published in pages)],
        "data": [reverse("offline:rules")],
        "assets": [static(path) for path in ASSETS],
        "guide": guide.url if guide else "",
    }


def bundle():
    """The copy's list, kept in this process until the content version changes."""
    return versioned("offline-bundle", build)


def updated_label(data):
    """"12 mars 2026": the date of the copy, for the offline page."""
    if not data["updated"]:
        return ""
    moment = timezone.localtime(timezone.datetime.fromisoformat(data["updated"]))
    return date_format(moment, "j F Y")
