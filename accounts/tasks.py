"""Emails leave through a task so that production sends them from the worker."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django_tasks import task


@task()
def send_email(subject, to, text_body, html_body="", from_email=None, reply_to=None,
               attachments=()):
    """`attachments`: (file name, text content, MIME type) triples, JSON-serialisable."""
    message = EmailMultiAlternatives(
        subject=subject,
        body=text_body,
        from_email=from_email or settings.DEFAULT_FROM_EMAIL,
        to=list(to),
        reply_to=list(reply_to or []),
    )
    if html_body:
        message.attach_alternative(html_body, "text/html")
    for name, content, mimetype in attachments:
        message.attach(name, content, mimetype)
    message.send()
    return len(to)


@task()
def send_invitations(invitation_ids, base_url=""):
    """Send the invitations of an import; those accepted or cancelled meanwhile are skipped."""
    from .models import Invitation
    from .services import send_invitation

    sent = 0
    for start in range(0, len(invitation_ids), 500):
        with transaction.atomic():  # one commit per 500 emails queued, not one per email
            for invitation in Invitation.objects.pending().filter(
                    pk__in=invitation_ids[start:start + 500]).select_related("organisation",
                                                                             "invited_by"):
                send_invitation(invitation, base_url=base_url)
                sent += 1
    return sent


@task()
def apply_import(batch_id, base_url=""):
    """Apply a staff import HR confirmed, in one transaction (see accounts.imports)."""
    from .imports import run_batch

    result = run_batch(batch_id, base_url=base_url)
    return result and result["counts"]
