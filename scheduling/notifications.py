"""Emails to registrants, written from `tasks.notify` (or the reminders command)."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.emails import queue_email
from core.links import absolute_url

from . import calendar


def _reachable(person):
    """Whether the person has an address to write to: not deleted, and not a walk-in whose
    address their HR have yet to enter (its placeholder names nobody)."""
    return bool(person.email) and not person.deleted_at and not person.email_to_complete


def _send(registration, *, subject, intro, attach=True, cancelled=False, **extra):
    session = registration.session
    person = registration.user
    if not _reachable(person):
        return None
    url = absolute_url(session.get_absolute_url())
    context = {
        "person": person, "session": session, "slots": list(session.slots.all()),
        "subject": subject, "intro": intro, "session_url": url,
        "cancelled": cancelled, **extra,
    }
    attachments = [calendar.for_email(session, cancelled=cancelled)] if attach else []
    return queue_email("scheduling/emails/session", [person.email], context,
                       attachments=attachments)


def _date(session):
    return timezone.localtime(session.starts_at).strftime("%d/%m/%Y") if session.starts_at else ""


def registered(registration):
    session = registration.session
    by = registration.registered_by
    intro = (_("%(name)s vous a inscrit·e à cette session de sensibilisation.")
             % {"name": by.get_full_name()} if by else
             _("Votre inscription à cette session de sensibilisation est confirmée."))
    return _send(registration, subject=_("Inscription confirmée : %(title)s, le %(date)s") % {
        "title": session.title, "date": _date(session)}, intro=intro)


def waitlisted(registration):
    from .services import waiting_position

    session = registration.session
    position = waiting_position(registration)
    if position is None:  # promoted meanwhile: the "place freed" email says it all
        return None
    return _send(registration, attach=False,
                 subject=_("Liste d'attente : %(title)s") % {"title": session.title},
                 intro=_("La session est complète : vous êtes en position %(position)s sur la "
                         "liste d'attente. Si une place se libère, vous serez inscrit·e "
                         "automatiquement et prévenu·e par e-mail.") % {"position": position})


def promoted(registration):
    session = registration.session
    return _send(registration,
                 subject=_("Une place s'est libérée : %(title)s, le %(date)s") % {
                     "title": session.title, "date": _date(session)},
                 intro=_("Une place s'est libérée : vous êtes maintenant inscrit·e à cette "
                         "session. Si vous ne pouvez plus venir, annulez pour laisser la "
                         "place à quelqu'un d'autre."))


def cancelled(registration, *, by=None):
    session = registration.session
    intro = (_("Votre inscription a été annulée par %(name)s.") % {"name": by.get_full_name()}
             if by and by.pk != registration.user_id else
             _("Votre annulation est bien prise en compte. Merci d'avoir libéré la place."))
    return _send(registration, cancelled=True, intro=intro,
                 subject=_("Inscription annulée : %(title)s") % {"title": session.title})


def session_cancelled(registration):
    session = registration.session
    return _send(registration, cancelled=True,
                 subject=_("Session annulée : %(title)s, le %(date)s") % {
                     "title": session.title, "date": _date(session)},
                 intro=_("Cette session de sensibilisation est annulée."),
                 reason=session.cancellation_reason)


def rescheduled(registration):
    session = registration.session
    return _send(registration,
                 subject=_("Session modifiée : %(title)s") % {"title": session.title},
                 intro=_("Les horaires ou le lieu de cette session ont changé. Voici les "
                         "nouvelles informations ; l'invitation jointe met votre agenda à "
                         "jour."))


def reminder(registration):
    session = registration.session
    return _send(registration,
                 subject=_("Rappel : %(title)s demain") % {"title": session.title},
                 intro=_("Pour rappel, vous êtes inscrit·e à cette session demain. Si vous ne "
                         "pouvez pas venir, prévenez votre responsable et annulez en ligne "
                         "pour libérer la place."))


def walk_in_account(registration):
    """To a walk-in whose account the trainer created: they attended, and how to get in."""
    person = registration.user
    if not _reachable(person):
        return None
    session = registration.session
    return queue_email("scheduling/emails/walk_in_account", [person.email], {
        "person": person, "session": session, "date": _date(session),
        "organisation": person.organisation.name if person.organisation_id else "",
        "login_code_url": absolute_url(reverse("account_request_login_code")),
        "home_url": absolute_url(reverse("accounts:dashboard")),
    })
