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

from dataclasses import dataclass, field

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


def dimension_scores(items, answers):
    """The respondent's mean per dimension (knowledge: share right, 0 to 1)."""
    found = {}
    for item in items:
        value = score(item, answers.get(item["id"]))
        if value is not None:
            found.setdefault(dimension_of(item), []).append(value)
    return {dimension: stats.mean(values) for dimension, values in found.items()}


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


def _by_code(rows):
    """Rows by pairing code, leaving out a code found twice (it cannot be paired surely)."""
    codes = {}
    for row in rows:
        if row.pair_code_hash:
            codes.setdefault(row.pair_code_hash, []).append(row)
    return {code: found[0] for code, found in codes.items() if len(found) == 1}


def _pair_rows(first_rows, second_rows, first_value, second_value):
    """(first, second) values per pairing code present once on each side."""
    first, second = _by_code(first_rows), _by_code(second_rows)
    pairs = []
    for code in sorted(first.keys() & second.keys()):
        a, b = first_value(first[code]), second_value(second[code])
        if a is not None and b is not None:
            pairs.append((a, b))
    return pairs


def _pairs(rows_by_moment, first, second, value_of):
    """(before, after) per pairing code present once in each moment."""
    return _pair_rows(rows_by_moment.get(first, []), rows_by_moment.get(second, []),
                      value_of, value_of)


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
    rows = list(responses.filter(version=version).only("moment", "pair_code_hash", "answers"))
    moments = list(version_moments(version.kind))
    by_moment = {}
    for row in rows:
        by_moment.setdefault(row.moment, []).append(row)
    counts = {m: (len(by_moment.get(m, [])) if len(by_moment.get(m, [])) >= k else None)
              for m in moments}
    moments = [m for m in moments if by_moment.get(m)] or moments[:1]
    comparison = retention = None
    if version.kind == Questionnaire.Kind.KNOWLEDGE:
        comparison = (Moment.BEFORE, Moment.AFTER)
        if by_moment.get(Moment.DAY_90):
            retention = (Moment.BEFORE, Moment.DAY_90)
    items = [item for item in version.items if item["kind"] in (KNOWLEDGE, LIKERT)]

    def build(label, kind, percent, value_of, reverse=False):
        row = Row(label=label, kind=kind, percent=percent, reverse=reverse)
        for moment in moments:
            values = [v for r in by_moment.get(moment, []) if (v := value_of(r)) is not None]
            row.means[moment], row.counts[moment] = _cell(values, k)
        if comparison:
            first, second = comparison
            if row.means.get(first) is not None and row.means.get(second) is not None:
                row.shift = row.means[second] - row.means[first]
            pairs = _pairs(by_moment, first, second, value_of)
            if len(pairs) >= k:
                row.paired = stats.paired(pairs)
        if retention:
            first, second = retention
            if row.means.get(first) is not None and row.means.get(second) is not None:
                row.retention_shift = row.means[second] - row.means[first]
            pairs = _pairs(by_moment, first, second, value_of)
            if len(pairs) >= k:
                row.retention = stats.paired(pairs)
        return row

    item_rows = [build(item["text"], item["kind"], item["kind"] == KNOWLEDGE,
                       lambda r, item=item: score(item, r.answers.get(item["id"])),
                       reverse=bool(item.get("reverse")))
                 for item in items]
    all_moments = version_moments(version.kind)
    for item, row in zip(items, item_rows, strict=True):
        row.not_asked = tuple(m for m in moments if not is_asked(item, m, all_moments))
    present = []
    for item in items:
        if (dimension := dimension_of(item)) not in present:
            present.append(dimension)
    cache = {}

    def dimension_value(row, dimension):
        if row.pk not in cache:
            cache[row.pk] = dimension_scores(items, row.answers)
        return cache[row.pk].get(dimension)

    dimension_rows = [build(DIMENSIONS.get(d, d), d, d == KNOWLEDGE,
                            lambda r, d=d: dimension_value(r, d)) for d in present]
    found = None
    if version.kind == Questionnaire.Kind.KNOWLEDGE and followups is not False:
        found = _followups(version, None if followups is True else followups,
                           by_moment.get(Moment.AFTER, []),
                           lambda r: dimension_value(r, KNOWLEDGE), k)
    return Results(version=version, moments=moments, counts=counts, items=item_rows,
                   dimensions=dimension_rows, threshold=k, comparison=comparison,
                   retention=retention, followups=found)


def followup_versions(version):
    """The versions of the follow-up micro-cases paired with a before/after `version`."""
    return (QuestionnaireVersion.objects
            .filter(questionnaire__pairs_with_id=version.questionnaire_id,
                    kind=Questionnaire.Kind.FOLLOWUP)
            .select_related("questionnaire").order_by("questionnaire__slug", "number"))


def _share_row(label, by_moment, value_of, k):
    row = Row(label=label, kind=KNOWLEDGE, percent=True)
    for moment in FOLLOWUP_MOMENTS:
        values = [v for r in by_moment.get(moment, []) if (v := value_of(r)) is not None]
        row.means[moment], row.counts[moment] = _cell(values, k)
    return row


def _followups(version, responses, after_rows, after_score, k):
    """The follow-up section of a before/after version: one Followup per answered version."""
    versions = list(followup_versions(version))
    if not versions:
        return []
    if responses is None:
        responses = Response.objects.all()
    rows = list(responses.filter(version__in=versions, moment__in=FOLLOWUP_MOMENTS)
                .only("version_id", "moment", "pair_code_hash", "answers"))
    grouped = {}
    for row in rows:
        grouped.setdefault(row.version_id, {}).setdefault(row.moment, []).append(row)
    found = []
    for followup in versions:
        by_moment = grouped.get(followup.pk)
        if not by_moment:
            continue
        items = [item for item in followup.items if item["kind"] == KNOWLEDGE]
        cache = {}

        def own_score(row, items=items, cache=cache):
            if row.pk not in cache:
                cache[row.pk] = dimension_scores(items, row.answers).get(KNOWLEDGE)
            return cache[row.pk]

        paired = {}
        for moment in FOLLOWUP_MOMENTS:
            pairs = _pair_rows(after_rows, by_moment.get(moment, []), after_score, own_score)
            paired[moment] = stats.paired(pairs) if len(pairs) >= k else None
        found.append(Followup(
            version=followup,
            counts={m: (len(by_moment.get(m, [])) if len(by_moment.get(m, [])) >= k else None)
                    for m in FOLLOWUP_MOMENTS},
            items=[_share_row(item["text"], by_moment, lambda r, item=item: score(
                item, r.answers.get(item["id"])), k) for item in items],
            score=_share_row(_("Part de bonnes réponses, par personne"), by_moment, own_score,
                             k),
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
