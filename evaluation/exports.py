"""The anonymous rows for analysis (CSV). No account, ever; the pairing hash shortened; a
session or module, an organisation, a job role written only when at least the threshold of
answers of the same moment share it (otherwise the cell is empty); free text only once the
research team has published it (evaluation.review: it can say who wrote it), empty while it
waits or when it was set aside.

A before/after version's file goes on with the rows of its follow-up micro-cases (30 and 90
days), each in its own columns, with the same shortened pairing code so that they join; the
`questionnaire` column tells them apart."""

from django.db.models import Count
from django.utils.translation import gettext as _

from accounts.models import Organisation

from .blocks import FREE_TEXT, KNOWLEDGE
from .forms import DONT_KNOW
from .models import FreeTextState, Moment, Questionnaire, Response
from .results import followup_versions
from .services import threshold

PAIR_HASH_LENGTH = 16


def _large(responses, field):
    """{(moment, value)} whose count reaches the threshold."""
    k = threshold()
    counts = responses.exclude(**{f"{field}__isnull": True}).values("moment", field).annotate(
        n=Count("pk"))
    return {(row["moment"], row[field]) for row in counts if row["n"] >= k}


def _split(version):
    return ([item for item in version.items if item["kind"] != FREE_TEXT],
            [item for item in version.items if item["kind"] == FREE_TEXT])


def _columns(version, prefix=""):
    items, texts = _split(version)
    return [*[f"{prefix}Q{n} {item['text'][:80]}"
              f"{' (' + _('inversé') + ')' if item.get('reverse') else ''}"
              for n, item in enumerate(items, 1)],
            *[f"{prefix}T{n} {item['text'][:80]}" for n, item in enumerate(texts, 1)]]


def anonymous_rows(version, responses, followups=None):
    """The header, then one row per response (streamed); then, for a before/after version,
    the rows of its follow-up micro-cases (`followups`: the same filters' rows, all of them
    by default) in columns of their own, empty on the other rows."""
    versions = [version]
    if version.kind == Questionnaire.Kind.KNOWLEDGE:
        versions += list(followup_versions(version))
    columns = [_columns(found, "" if found == version else
                        f"{found.questionnaire.slug} v{found.number} ") for found in versions]
    yield [_("questionnaire"), _("version"), _("moment"), _("code de paire"), _("objet"),
           _("numéro de l'objet"), _("organisation"), _("métier"), _("semaine"),
           *[name for names in columns for name in names]]
    widths = [len(names) for names in columns]
    for index, found in enumerate(versions):
        yield from _rows(found, responses if index == 0 else
                         (followups if followups is not None else Response.objects.all()),
                         sum(widths[:index]), sum(widths[index + 1:]))


def _rows(version, responses, before, after):
    """One row per response of `version`, its answers after `before` empty cells and before
    `after` empty ones."""
    items, texts = _split(version)
    responses = responses.filter(version=version)
    subjects = _large(responses, "subject_id")
    organisations = _large(responses, "organisation")
    jobs = _large(responses.exclude(job_role=""), "job_role")
    names = dict(Organisation.objects.filter(pk__in={o for _m, o in organisations})
                 .values_list("pk", "name"))
    moments = dict(Moment.choices)
    for row in responses.order_by("moment", "pair_code_hash", "pk").iterator(chunk_size=2000):
        values = []
        for item in items:
            value = row.answers.get(item["id"])
            if item["kind"] == KNOWLEDGE and value:
                value = "NSP" if value == DONT_KNOW else int(any(
                    c["id"] == value and c["correct"] for c in item["choices"]))
            values.append(value)
        yield [version.questionnaire.slug, version.number, str(moments.get(row.moment)),
               row.pair_code_hash[:PAIR_HASH_LENGTH],
               row.subject_kind if (row.moment, row.subject_id) in subjects else "",
               row.subject_id if (row.moment, row.subject_id) in subjects else "",
               names.get(row.organisation_id, "")
               if (row.moment, row.organisation_id) in organisations else "",
               row.job_role if (row.moment, row.job_role) in jobs else "",
               row.answered_on, *[""] * before, *values,
               *[(row.answers.get(item["id"]) or "")
                 if row.free_text_state == FreeTextState.PUBLISHED else "" for item in texts],
               *[""] * after]
