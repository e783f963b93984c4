"""Search the guide in French, and show the passage that matched.

PostgreSQL does the matching and ranking (Wagtail's database backend with a French,
accent-insensitive text search configuration). SQLite has neither French stemming nor
ranking, so there the same light French matching as the excerpts is used in Python; the
guide has tens of chapters, not thousands.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.db import connection
from django.utils.html import escape
from django.utils.safestring import mark_safe

MAX_QUERY_LENGTH = 100
EXCERPT_RADIUS = 110
_WORD = re.compile(r"\w+", re.UNICODE)
STOP_WORDS = frozenset({
    "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "ou", "a", "au", "aux",
    "en", "dans", "par", "pour", "sur", "avec", "sans", "ne", "pas", "qui", "que", "quoi", "est",
    "son", "sa", "ses", "ce", "cet", "cette", "il", "elle", "on", "se", "s", "y", "je", "tu",
    "nous", "vous", "ils", "elles",
})


def fold(text):
    """Lower case without accents: "Décompensation" -> "decompensation"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def stem(word):
    """A light French stem: enough for plurals and close forms (agressif, agressivité)."""
    word = fold(word)
    if len(word) > 3 and word[-1] in "sx":
        word = word[:-1]
    if len(word) <= 4:
        return word
    return word[: max(4, round(len(word) * 0.7))]


def query_stems(query):
    words = _WORD.findall(fold(query[:MAX_QUERY_LENGTH]))
    return [stem(w) for w in words if w not in STOP_WORDS and len(w) > 1]


def _match_spans(text, stems):
    """(start, end) of each word of `text` that begins with one of `stems`."""
    folded = fold(text)  # same length as `text` for the Latin alphabet
    if len(folded) != len(text):
        folded = text.lower()
    return [
        (m.start(), m.end())
        for m in _WORD.finditer(folded)
        if any(m.group().startswith(s) for s in stems)
    ]


def count_matches(text, stems):
    return len(_match_spans(text, stems)) if stems else 0


def excerpt(text, query, radius=EXCERPT_RADIUS):
    """The passage around the first match, HTML-escaped, matches wrapped in <mark>."""
    stems = query_stems(query)
    spans = _match_spans(text, stems) if stems else []
    if not spans:
        snippet = " ".join(text[: 2 * radius].split())
        return escape(snippet + ("…" if len(text) > 2 * radius else ""))
    first = spans[0][0]
    start = max(0, first - radius // 2)
    end = min(len(text), first + radius * 3 // 2)
    # Widen to whole words.
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    pieces, cursor = [], start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        pieces.append(escape(text[cursor:span_start]))
        pieces.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    pieces.append(escape(text[cursor:end]))
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    passage = " ".join("".join(pieces).split())
    return mark_safe(prefix + passage + suffix)  # noqa: S308 (every piece is escaped)


@dataclass
class Result:
    page: object
    excerpt: str


def search_chapters(chapters, query, limit=30):
    """Chapters matching `query`, best first, each with its highlighted passage."""
    query = " ".join(query.split())[:MAX_QUERY_LENGTH]
    stems = query_stems(query)
    if not stems:
        return []
    if connection.vendor == "postgresql":
        pages = list(chapters.search(query, operator="or")[:limit])
    else:
        scored = []
        for page in chapters:
            score = (
                5 * count_matches(page.title, stems)
                + 2 * count_matches(page.summary, stems)
                + count_matches(page.search_text, stems)
            )
            if score:
                scored.append((score, page))
        scored.sort(key=lambda pair: -pair[0])
        pages = [page for _score, page in scored[:limit]]
    results = []
    for page in pages:
        text = page.search_text if count_matches(page.search_text, stems) else page.summary
        results.append(Result(page=page, excerpt=excerpt(text, query)))
    return results


def search_other_pages(query, limit=10):
    """Live pages of the models in REPERES_SEARCHABLE_PAGE_MODELS (modules, …) that match.

    Named in settings so that the guide never imports the apps that build on it.
    """
    stems = query_stems(query)
    if not stems:
        return []
    results = []
    for label in getattr(settings, "REPERES_SEARCHABLE_PAGE_MODELS", []):
        model = apps.get_model(label)
        pages = model.objects.live().public()
        if connection.vendor == "postgresql":
            results += list(pages.search(query, operator="or")[:limit])
        else:
            for page in pages:
                text = f"{page.title} {getattr(page, 'summary', '')}"
                if count_matches(text, stems):
                    results.append(page)
    return results[:limit]


def search_glossary(terms, query):
    stems = query_stems(query)
    if not stems:
        return []
    return [term for term in terms if count_matches(term.term, stems)]
