"""Results of one questionnaire version: per item and per dimension, the mean before and
after, the shift, the paired differences (by pairing code) with Cohen's d and its confidence
interval, and satisfaction means. Every cell with fewer answers than the threshold is hidden
(None), never computed on the page.

A before/after version also gets its retention (before → 90 days, paired like before → after)
and its follow-up micro-cases (`Followup`): the questionnaires that `pairs_with` it, their share
of right answers at 30 and 90 days, and each respondent's knowledge score just after the
training paired with their follow-up score, on the shared pairing code.

Items are scored so that higher is better: a knowledge item 1 (right) or 0 (wrong or "I do
not know"); a 1–5 statement its value, or 6 − value when the item is reversed.
"""

import hashlib
import math
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models.fields.json import KT
from django.utils.translation import gettext_lazy as _

from . import stats
from .blocks import ATTITUDE, CONFIDENCE, KNOWLEDGE, LIKERT, SATISFACTION, USE, is_asked
from .models import Moment, Questionnaire, QuestionnaireVersion, Response
from .services import moments_of, threshold

FOLLOWUP_MOMENTS = (Moment.DAY_30, Moment.DAY_90)

DIMENSIONS = {
    KNOWLEDGE: _("Connaissances (part de bonnes réponses)"),
    CONFIDENCE: _("Confiance (moyenne sur 5)"),
    ATTITUDE: _("Attitudes (sur 5, plus haut = moins stigmatisant)"),
    SATISFACTION: _("Satisfaction (moyenne sur 5)"),
    USE: _("Mise en pratique depuis la formation (moyenne sur 5)"),
}


def score(item, value):
    """An answer as a number (higher is better), or None when it is not a valid answer."""
    if item["kind"] == KNOWLEDGE:
        if not value:
            return None
        return 1.0 if any(c["id"] == value and c["correct"] for c in item["choices"]) else 0.0
    if item["kind"] == LIKERT:
        try:
            number = int(value)
        except (TypeError, ValueError):
            return None
        if not 1 <= number <= 5:
            return None
        return float(6 - number if item.get("reverse") else number)
    return None


def dimension_of(item):
    return KNOWLEDGE if item["kind"] == KNOWLEDGE else item.get("scale")


@dataclass
class Row:
    label: str
    kind: str  # knowledge, likert or a dimension
    percent: bool  # knowledge: shown as a percentage
    means: dict = field(default_factory=dict)  # moment -> mean or None (hidden)
    counts: dict = field(default_factory=dict)  # moment -> n or None (hidden)
    shift: float | None = None
    paired: dict | None = None
    reverse: bool = False
    retention_shift: float | None = None  # 90 days − before
    retention: dict | None = None  # paired before → 90 days
    not_asked: tuple = ()  # moments the item is not asked at (blocks.is_asked)


@dataclass
class Followup:
    """One follow-up micro-case version paired with a before/after version."""

    version: object
    counts: dict  # moment (30, 90 days) -> number of responses, None below the threshold
    items: list  # Row per item: share of right answers per moment
    score: Row  # each respondent's share of right answers, averaged, per moment
    paired: dict  # moment -> stats.paired((score just after, follow-up score)) or None
    moments: tuple = FOLLOWUP_MOMENTS

    @property
    def enough(self):
        return any(n is not None for n in self.counts.values())


@dataclass
class Results:
    version: object
    moments: list
    counts: dict  # moment -> number of responses, None when below the threshold
    items: list
    dimensions: list
    threshold: int
    comparison: tuple | None  # (before, after) moments compared
    retention: tuple | None = None  # (before, 90 days), when there are 90-day answers
    followups: list | None = None  # [Followup], for a before/after version

    @property
    def enough(self):
        return any(n is not None for n in self.counts.values())


def _cell(values, k):
    return (stats.mean(values), len(values)) if len(values) >= k else (None, None)


def _scorer(item):
    """score(item, ·) for one item, with its right answers looked up once."""
    if item["kind"] == KNOWLEDGE:
        right = {c["id"] for c in item["choices"] if c["correct"]}
        return lambda value: (None if not value else
                              1.0 if isinstance(value, str) and value in right else 0.0)
    return lambda value: score(item, value)


class Answers:
    """The responses of one moment, in columns: for each item id and each dimension, the
    list of the respondents' scores (None: no valid answer), aligned with their pairing
    codes. Each answer is scored once, whatever the number of table rows that read it."""

    def __init__(self, keys):
        self.codes = []
        self.columns = {key: [] for key in keys}
        self._positions = None

    def __len__(self):
        return len(self.codes)

    def values(self, key):
        return [value for value in self.columns.get(key, ()) if value is not None]

    def positions(self):
        """Pairing code -> position, for the codes found once (a code found twice cannot be
        paired surely)."""
        if self._positions is None:
            found, twice = {}, set()
            for position, code in enumerate(self.codes):
                if code:
                    if code in found:
                        twice.add(code)
                    found[code] = position
            for code in twice:
                del found[code]
            self._positions = found
        return self._positions


def answer_columns(items):
    """One expression per item reading only its answer (as text) instead of the whole JSON,
    whose keys are most of what a response weighs."""
    return {f"item_{number}": KT(f"answers__{item['id']}") for number, item in enumerate(items)}


def answer_rows(responses, items, *fields):
    """(*fields, one value per item) of each response, in chunks (see answer_columns)."""
    columns = answer_columns(items)
    return (responses.annotate(**columns).values_list(*fields, *columns)
            .iterator(chunk_size=5000))


def read_answers(items, rows):
    """{moment: Answers} of `rows` ((moment, pairing code, value per item) tuples, see
    answer_rows), scored on `items`; each dimension's column is the respondent's mean over
    its items."""
    scorers = [(item["id"], dimension_of(item), _scorer(item)) for item in items]
    dimensions = list(dict.fromkeys(dimension for _id, dimension, _s in scorers))
    keys = [item_id for item_id, _d, _s in scorers] + dimensions
    by_moment = {}
    for moment, code, *values in rows:
        found = by_moment.get(moment)
        if found is None:
            found = by_moment[moment] = Answers(keys)
        found.codes.append(code)
        columns = found.columns
        per_dimension = {}
        for (item_id, dimension, scorer), raw in zip(scorers, values, strict=True):
            value = scorer(raw)
            columns[item_id].append(value)
            if value is not None:
                per_dimension.setdefault(dimension, []).append(value)
        for dimension in dimensions:
            numbers = per_dimension.get(dimension)
            columns[dimension].append(math.fsum(numbers) / len(numbers) if numbers else None)
    return by_moment


class Pairing:
    """Pairs of values by pairing code: the positions two moments share are found once,
    however many items and dimensions are compared."""

    def __init__(self):
        self._shared = {}

    def pairs(self, first, second, first_key, second_key):
        """(first, second) values per pairing code present once on each side."""
        if first is None or second is None:
            return []
        cache_key = (id(first), id(second))
        if cache_key not in self._shared:
            a, b = first.positions(), second.positions()
            self._shared[cache_key] = (first, second, [(a[code], b[code])
                                                       for code in sorted(a.keys() & b.keys())])
        shared = self._shared[cache_key][2]
        first_column, second_column = first.columns[first_key], second.columns[second_key]
        return [(x, y) for i, j in shared
                if (x := first_column[i]) is not None and (y := second_column[j]) is not None]


def version_moments(kind):
    if kind == Questionnaire.Kind.FOLLOWUP:
        return FOLLOWUP_MOMENTS
    return moments_of(kind)


def compute(version, responses=None, *, followups=True):
    """Results of `version` over `responses` (a queryset of its Response rows; all of them by
    default). Reads only the columns it needs, once.

    For a before/after version, `followups` adds its follow-up micro-cases: True reads all
    their answers (two queries), a queryset of Response rows only those, False none."""
    k = threshold()
    if responses is None:
        responses = Response.objects.filter(version=version)
    items = [item for item in version.items if item["kind"] in (KNOWLEDGE, LIKERT)]
    by_moment = read_answers(items, answer_rows(responses.filter(version=version), items,
                                                "moment", "pair_code_hash"))
    moments = list(version_moments(version.kind))
    counts = {m: (len(by_moment[m]) if m in by_moment and len(by_moment[m]) >= k else None)
              for m in moments}
    moments = [m for m in moments if by_moment.get(m)] or moments[:1]
    comparison = retention = None
    if version.kind == Questionnaire.Kind.KNOWLEDGE:
        comparison = (Moment.BEFORE, Moment.AFTER)
        if by_moment.get(Moment.DAY_90):
            retention = (Moment.BEFORE, Moment.DAY_90)
    pairing = Pairing()

    def build(label, kind, percent, key, reverse=False):
        row = Row(label=label, kind=kind, percent=percent, reverse=reverse)
        for moment in moments:
            answers = by_moment.get(moment)
            row.means[moment], row.counts[moment] = _cell(
                answers.values(key) if answers else [], k)
        for compared, shift, paired in ((comparison, "shift", "paired"),
                                        (retention, "retention_shift", "retention")):
            if not compared:
                continue
            first, second = compared
            if row.means.get(first) is not None and row.means.get(second) is not None:
                setattr(row, shift, row.means[second] - row.means[first])
            pairs = pairing.pairs(by_moment.get(first), by_moment.get(second), key, key)
            if len(pairs) >= k:
                setattr(row, paired, stats.paired(pairs))
        return row

    item_rows = [build(item["text"], item["kind"], item["kind"] == KNOWLEDGE, item["id"],
                       reverse=bool(item.get("reverse")))
                 for item in items]
    all_moments = version_moments(version.kind)
    for item, row in zip(items, item_rows, strict=True):
        row.not_asked = tuple(m for m in moments if not is_asked(item, m, all_moments))
    present = []
    for item in items:
        if (dimension := dimension_of(item)) not in present:
            present.append(dimension)
    dimension_rows = [build(DIMENSIONS.get(d, d), d, d == KNOWLEDGE, d) for d in present]
    found = None
    if version.kind == Questionnaire.Kind.KNOWLEDGE and followups is not False:
        found = _followups(version, None if followups is True else followups,
                           by_moment.get(Moment.AFTER), k, pairing)
    return Results(version=version, moments=moments, counts=counts, items=item_rows,
                   dimensions=dimension_rows, threshold=k, comparison=comparison,
                   retention=retention, followups=found)


CACHE_SECONDS = 600


def cached_compute(version, responses, followups):
    """compute(), kept in the cache for ten minutes under the question asked (the filters'
    SQL) and the number of answers it covers: answers are only ever added, so a new answer
    (or a small session's answers pooled) asks again; reading them at national scale takes
    seconds, and the research team turns the filters back and forth."""
    question = f"{version.pk}|{responses.query}|{followups.query}"
    key = "evaluation:results:" + hashlib.sha256(question.encode()).hexdigest() + (
        f":{responses.filter(version=version).count()}:{followups.count()}")
    found = cache.get(key)
    if found is None:
        found = compute(version, responses, followups=followups)
        cache.set(key, found, CACHE_SECONDS)
    return found


def followup_versions(version):
    """The versions of the follow-up micro-cases paired with a before/after `version`."""
    return (QuestionnaireVersion.objects
            .filter(questionnaire__pairs_with_id=version.questionnaire_id,
                    kind=Questionnaire.Kind.FOLLOWUP)
            .select_related("questionnaire").order_by("questionnaire__slug", "number"))


def _share_row(label, by_moment, key, k):
    row = Row(label=label, kind=KNOWLEDGE, percent=True)
    for moment in FOLLOWUP_MOMENTS:
        answers = by_moment.get(moment)
        row.means[moment], row.counts[moment] = _cell(answers.values(key) if answers else [],
                                                      k)
    return row


def _followups(version, responses, after, k, pairing):
    """The follow-up section of a before/after version: one Followup per answered version.
    `after`: the before/after version's "right after" Answers, paired on each person's
    knowledge score."""
    versions = list(followup_versions(version))
    if not versions:
        return []
    if responses is None:
        responses = Response.objects.all()
    # One query for every micro-case (fewer answers than the before/after ones): the JSON.
    raw = {}
    for version_id, moment, code, answers in (
            responses.filter(version__in=versions, moment__in=FOLLOWUP_MOMENTS)
            .values_list("version_id", "moment", "pair_code_hash", "answers")
            .iterator(chunk_size=5000)):
        raw.setdefault(version_id, []).append((moment, code, answers))
    found = []
    for followup in versions:
        if followup.pk not in raw:
            continue
        items = [item for item in followup.items if item["kind"] == KNOWLEDGE]
        by_moment = read_answers(items, (
            (moment, code, *[answers.get(item["id"]) if isinstance(answers, dict) else None
                             for item in items])
            for moment, code, answers in raw[followup.pk]))
        paired = {}
        for moment in FOLLOWUP_MOMENTS:
            pairs = pairing.pairs(after, by_moment.get(moment), KNOWLEDGE, KNOWLEDGE)
            paired[moment] = stats.paired(pairs) if len(pairs) >= k else None
        found.append(Followup(
            version=followup,
            counts={m: (len(by_moment[m]) if m in by_moment and len(by_moment[m]) >= k
                        else None) for m in FOLLOWUP_MOMENTS},
            items=[_share_row(item["text"], by_moment, item["id"], k) for item in items],
            score=_share_row(_("Part de bonnes réponses, par personne"), by_moment,
                             KNOWLEDGE, k),
            paired=paired))
    return found


def for_session(session):
    """The results of each questionnaire version answered for one session (trainer's page).
    Rows of a session closed with fewer people than the threshold were pooled: none left."""
    from .models import QuestionnaireVersion, SubjectKind

    responses = Response.objects.filter(subject_kind=SubjectKind.SESSION, subject_id=session.pk)
    versions = QuestionnaireVersion.objects.filter(
        pk__in=responses.values("version_id")).order_by("kind", "title", "number")
    return [compute(version, responses, followups=False) for version in versions]


def organisation_summary(organisation, *, since=None):
    """HR's figures for their organisation: how many of its people answered each
    questionnaire version (participation) and the satisfaction means, each hidden below the
    threshold. Participation is answers over the people who could answer (attended a
    closed session, for "after" and satisfaction)."""
    from scheduling.models import AwarenessSession, Registration

    from .models import QuestionnaireVersion

    k = threshold()
    responses = Response.objects.filter(organisation=organisation)
    if since is not None:
        responses = responses.filter(answered_on__gte=since)
    attended = Registration.objects.filter(
        user__organisation=organisation, status=Registration.Status.ATTENDED,
        session__status=AwarenessSession.Status.CLOSED)
    if since is not None:
        attended = attended.filter(session__starts_at__date__gte=since)
    eligible = attended.count()
    satisfaction = []
    versions = QuestionnaireVersion.objects.filter(
        kind=Questionnaire.Kind.SATISFACTION, pk__in=responses.values("version_id"))
    for version in versions:
        found = compute(version, responses.filter(moment=Moment.SATISFACTION))
        satisfaction.append(found)
    answered = responses.filter(moment=Moment.SATISFACTION).count()
    return {"eligible": eligible if eligible >= k else None,
            "answered": answered if answered >= k else None,
            "rate": (round(100 * answered / eligible) if eligible >= k and answered >= k
                     else None),
            "satisfaction": satisfaction, "threshold": k}


def published_comments(responses):
    """The free texts the research team published (review.py), for the trainer's page of a
    session: per questionnaire, moment and question, the texts in alphabetical order (never
    the order of answering). Only for a (version, moment) with at least the threshold of
    responses; pending and withdrawn texts never. Two queries."""
    from django.db.models import Count

    from .blocks import FREE_TEXT
    from .models import FreeTextState

    k = threshold()
    large = {(row["version_id"], row["moment"])
             for row in responses.values("version_id", "moment").annotate(n=Count("pk"))
             if row["n"] >= k}
    if not large:
        return []
    moments = dict(Moment.choices)
    groups = {}
    for row in (responses.filter(free_text_state=FreeTextState.PUBLISHED)
                .select_related("version")
                .only("moment", "answers", "version", "version__title", "version__items")
                .order_by("version__title", "version_id")):
        if (row.version_id, row.moment) not in large:
            continue
        for item in row.version.items:
            text = str(row.answers.get(item["id"]) or "").strip() \
                if item["kind"] == FREE_TEXT else ""
            if text:
                groups.setdefault((row.version_id, row.moment, item["id"]), {
                    "title": row.version.title, "moment": moments.get(row.moment, ""),
                    "question": item["text"], "texts": []})["texts"].append(text)
    found = list(groups.values())
    for group in found:
        group["texts"].sort(key=str.casefold)
    return found
