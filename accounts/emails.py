"""Render an email from `<prefix>_subject.txt`, `<prefix>.txt` and `<prefix>.html`, and
queue it."""

from django.template.loader import render_to_string
from django.utils import translation

from .tasks import send_email


def render_email(prefix, context):
    subject = " ".join(render_to_string(f"{prefix}_subject.txt", context).split())
    text_body = render_to_string(f"{prefix}.txt", context)
    html_body = render_to_string(f"{prefix}.html", context)
    return subject, text_body, html_body


def queue_email(prefix, to, context, *, language="fr", reply_to=None, attachments=()):
    with translation.override(language):
        subject, text_body, html_body = render_email(prefix, context)
    return send_email.enqueue(subject=subject, to=list(to), text_body=text_body,
                              html_body=html_body, reply_to=reply_to,
                              attachments=[list(a) for a in attachments])
