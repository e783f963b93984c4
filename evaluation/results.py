"""Results of one questionnaire version: per item and per dimension, the mean before and
after, the shift, the paired differences (by pairing code) with Cohen's d and its confidence
interval, and satisfaction means. Every cell with fewer answers than the threshold is hidden
(None), never computed on the page.

Items are scored so that higher is better: a knowledge item 1 (right) or 0 (wrong or "I do
not know"); a 1–5 statement its value, or 6 − value when the item is reversed.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from . import stats
from .blocks import ATTITUDE, CONFIDENCE, KNOWLEDGE, LIKERT, SATISFACTION
from .models import Moment, Questionnaire, Response
from .services import moments_of, threshold

DIMENSIONS = {
    KNOWLEDGE: _("Connaissances (part de bonnes réponses)"),
    CONFIDENCE: _("Confiance (moyenne sur 5)"),
    ATTITUDE: _("Attitudes (sur 5, plus haut = moins stigmatisant)"),
    SATISFACTION: _("Satisfaction (moyenne sur 5)"),
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


@dataclass
class Results:
    version: object
    moments: list
    counts: dict  # moment -> number of responses, None when below the threshold
    items: list
    dimensions: list
    threshold: int
    comparison: tuple | None  # (before, after) moments compared

    @property
    def enough(self):
        return any(n is not None for n in self.counts.values())


def _cell(values, k):
    return (stats.mean(values), len(values)) if len(values) >= k else (None, None)


def _pairs(rows_by_moment, first, second, value_of):
    """(before, after) per pairing code present once in each moment."""
    def by_code(rows):
        codes = {}
        for row in rows:
            if row.pair_code_hash:
                codes.setdefault(row.pair_code_hash, []).append(row)
        return {code: found[0] for code, found in codes.items() if len(found) == 1}

    before, after = by_code(rows_by_moment.get(first, [])), by_code(rows_by_moment.get(second,
                                                                                       []))
    pairs = []
    for code in before.keys() & after.keys():
        a, b = value_of(before[code]), value_of(after[code])
        if a is not None and b is not None:
            pairs.append((a, b))
    return pairs


def compute(version, responses=None):
    """Results of `version` over `responses` (a queryset of its Response rows; all of them by
    default). Reads only the columns it needs, once."""
    k = threshold()
    if responses is None:
        responses = Response.objects.filter(version=version)
    rows = list(responses.filter(version=version).only("moment", "pair_code_hash", "answers"))
    moments = [m for m in moments_of(version.kind)]
    by_moment = {}
    for row in rows:
        by_moment.setdefault(row.moment, []).append(row)
    counts = {m: (len(by_moment.get(m, [])) if len(by_moment.get(m, [])) >= k else None)
              for m in moments}
    moments = [m for m in moments if by_moment.get(m)] or moments[:1]
    comparison = None
    if version.kind == Questionnaire.Kind.KNOWLEDGE:
        comparison = (Moment.BEFORE, Moment.AFTER)
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
        return row

    item_rows = [build(item["text"], item["kind"], item["kind"] == KNOWLEDGE,
                       lambda r, item=item: score(item, r.answers.get(item["id"])),
                       reverse=bool(item.get("reverse")))
                 for item in items]
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
    return Results(version=version, moments=moments, counts=counts, items=item_rows,
                   dimensions=dimension_rows, threshold=k, comparison=comparison)


def for_session(session):
    """The results of each questionnaire version answered for one session (trainer's page).
    Rows of a session closed with fewer people than the threshold were pooled: none left."""
    from .models import QuestionnaireVersion, SubjectKind

    responses = Response.objects.filter(subject_kind=SubjectKind.SESSION, subject_id=session.pk)
    versions = QuestionnaireVersion.objects.filter(
        pk__in=responses.values("version_id")).order_by("kind", "title", "number")
    return [compute(version, responses) for version in versions]


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
