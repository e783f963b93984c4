"""Render an email from `<prefix>_subject.txt`, `<prefix>.txt` and `<prefix>.html`, and
queue it, sealed (see `envelopes`): the task table never holds an address, a body or a link.

Some accounts hold an address that names nobody, in the `.invalid` top-level domain that
RFC 2606 reserves for that: a deleted account's, or a walk-in's whose HR have not entered
the real one yet (User.email_to_complete). Nothing is ever queued to such an address."""

import secrets

from django.template.loader import render_to_string
from django.utils import translation

from .envelopes import seal
from .tasks import send_email


def render_email(prefix, context):
    subject = " ".join(render_to_string(f"{prefix}_subject.txt", context).split())
    text_body = render_to_string(f"{prefix}.txt", context)
    html_body = render_to_string(f"{prefix}.html", context)
    return subject, text_body, html_body


UNDELIVERABLE_DOMAIN = "invalid"


def placeholder_address(prefix):
    """A unique address that names nobody: `<prefix>-<random>@invalid`."""
    return f"{prefix}-{secrets.token_hex(8)}@{UNDELIVERABLE_DOMAIN}"


def deliverable(address):
    """Whether mail may be sent to `address` (not a placeholder of the `.invalid` domain)."""
    domain = (address or "").rsplit("@", 1)[-1].strip().lower().rstrip(".")
    return bool(domain) and "@" in (address or "") and not (
        domain == UNDELIVERABLE_DOMAIN or domain.endswith(f".{UNDELIVERABLE_DOMAIN}"))


def enqueue_email(*, subject, to, text_body, html_body="", from_email=None, reply_to=None,
                  attachments=()):
    """Queue an email already written. `attachments`: (file name, text content, MIME type).
    Placeholder addresses are dropped; None when no recipient is left."""
    to = [address for address in to if deliverable(address)]
    if not to:
        return None
    return send_email.enqueue(envelope=seal({
        "subject": subject, "to": list(to), "text_body": text_body, "html_body": html_body,
        "from_email": from_email, "reply_to": list(reply_to or []),
        "attachments": [list(attachment) for attachment in attachments],
    }))


def queue_email(prefix, to, context, *, language="fr", reply_to=None, attachments=()):
    with translation.override(language):
        subject, text_body, html_body = render_email(prefix, context)
    return enqueue_email(subject=subject, to=to, text_body=text_body, html_body=html_body,
                         reply_to=reply_to, attachments=attachments)
