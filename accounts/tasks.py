"""Emails leave through a task so that production sends them from the worker."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django_tasks import task

from .envelopes import open_envelope


class EmailNotSent(Exception):
    """Why an email failed, without the addresses that the original error may quote."""


@task()
def send_email(envelope):
    """Send an email sealed by `emails.enqueue_email` (`envelopes` says why it is sealed).

    What the task table keeps is as bare: the number of recipients, or on failure the kind
    of error and its SMTP code, never the error's text (an SMTP refusal names the address).
    """
    email = open_envelope(envelope)
    message = EmailMultiAlternatives(
        subject=email["subject"],
        body=email["text_body"],
        from_email=email["from_email"] or settings.DEFAULT_FROM_EMAIL,
        to=email["to"],
        reply_to=email["reply_to"],
    )
    if email["html_body"]:
        message.attach_alternative(email["html_body"], "text/html")
    for name, content, mimetype in email["attachments"]:
        message.attach(name, content, mimetype)
    try:
        message.send()
    except Exception as error:
        code = getattr(error, "smtp_code", None)
        raise EmailNotSent(" ".join(str(part) for part in (type(error).__name__, code) if part)
                           ) from None
    return len(email["to"])


@task()
def send_invitations(invitation_ids):
    """Send the invitations of an import; those accepted or cancelled meanwhile are skipped."""
    from .models import Invitation
    from .services import send_invitation

    sent = 0
    for start in range(0, len(invitation_ids), 500):
        with transaction.atomic():  # one commit per 500 emails queued, not one per email
            for invitation in Invitation.objects.pending().filter(
                    pk__in=invitation_ids[start:start + 500]).select_related("organisation",
                                                                             "invited_by"):
                send_invitation(invitation)
                sent += 1
    return sent


@task()
def apply_import(batch_id):
    """Apply a staff import HR confirmed, in one transaction (see accounts.imports)."""
    from .imports import run_batch

    result = run_batch(batch_id)
    return result and result["counts"]
