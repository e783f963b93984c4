"""The research team's review of free-text answers.

A free text can say who wrote it (a name, a place, a colleague): it is stored PENDING
(services.record) and shown to nobody (trainer, export) until the research team has read it.
Three outcomes: published as written, published after editing (the edited text replaces the
stored one), or set aside (WITHDRAWN: the text is erased, the scored answers stay). Each decision is written once
(a second submission changes nothing) and kept in Wagtail's log: who decided, not who wrote.
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db import transaction

from .blocks import FREE_TEXT
from .models import FreeTextState, Moment, Response

PAGE_SIZE = 20
LOG_PUBLISH = "reperes.free_text.publish"
LOG_EDIT = "reperes.free_text.edit"
LOG_WITHDRAW = "reperes.free_text.withdraw"


@dataclass
class Text:
    item_id: str
    question: str
    text: str


def free_texts(response):
    """The non-empty free-text answers of a response, in the questionnaire's order."""
    found = []
    for item in response.version.items:
        if item["kind"] != FREE_TEXT:
            continue
        text = str(response.answers.get(item["id"]) or "").strip()
        if text:
            found.append(Text(item["id"], item["text"], text))
    return found


def pending():
    """The responses waiting for review, oldest week first. No session, organisation or job
    role is read: the reviewer sees the text and the questionnaire only."""
    return (Response.objects.filter(free_text_state=FreeTextState.PENDING)
            .select_related("version").only("pk", "moment", "answers", "answered_on", "version",
                                            "free_text_state", "version__title",
                                            "version__number", "version__items")
            .order_by("answered_on", "pk"))


def pending_page(number):
    """One page of pending responses, each with its texts (two queries: count and rows)."""
    page = Paginator(pending(), PAGE_SIZE).get_page(number)
    moments = dict(Moment.choices)
    page.entries = [{"response": response, "moment": moments.get(response.moment, ""),
                     "texts": free_texts(response)} for response in page.object_list]
    return page


def get_pending(pk):
    """The pending response `pk`, or None (unknown, no free text, already reviewed)."""
    return pending().filter(pk=pk).first()


def _log(response, action, by, data=None):
    from wagtail.log_actions import log

    log(instance=response, action=action, user=by, data=data or {})


def _decide(pk, state, by, action, *, texts=None):
    """Move a pending response to `state`, once. `texts` (item id -> text) replace the
    stored free texts; an emptied one is removed. Returns False when the response was not
    pending (a double submit, another reviewer first): nothing changes then."""
    with transaction.atomic():
        response = (Response.objects.select_for_update()
                    .filter(pk=pk, free_text_state=FreeTextState.PENDING).first())
        if response is None:
            return False
        fields = ["free_text_state"]
        if texts is not None:
            answers = dict(response.answers)
            for item_id, text in texts.items():
                if text.strip():
                    answers[item_id] = text.strip()
                else:
                    answers.pop(item_id, None)
            response.answers = answers
            fields.append("answers")
        response.free_text_state = state
        response.save(update_fields=fields)
        # The log says who decided and what, never the text nor anything of its author.
        _log(response, action, by, {"edited": sorted(texts) if texts is not None else []})
    return True


def publish(pk, by):
    return _decide(pk, FreeTextState.PUBLISHED, by, LOG_PUBLISH)


def publish_edited(pk, by, texts):
    """Publish with the edited texts (item id -> text) replacing the stored ones."""
    return _decide(pk, FreeTextState.PUBLISHED, by, LOG_EDIT, texts=texts)


def withdraw(pk, by):
    """Set aside: the text is erased (it may say who wrote it), the other answers stay."""
    response = Response.objects.filter(pk=pk).select_related("version").only(
        "answers", "version__items").first()
    if response is None:
        return False
    erased = {text.item_id: "" for text in free_texts(response)}
    return _decide(pk, FreeTextState.WITHDRAWN, by, LOG_WITHDRAW, texts=erased)
