"""The questionnaires sent by email at 30, 60 and 90 days, and the opt-out.

- 90 days after a session closed, its attendees are invited to the before/after (KNOWLEDGE)
  questionnaires of the session (or of every session); 60 days after, to its satisfaction
  questionnaires;
- 30 and 90 days after a module was completed, its learners are invited to its follow-up
  micro-cases (FOLLOWUP), and at 90 days to its before/after questionnaires;
- 90 days after a path was completed, to the path's before/after questionnaires.

Each invitation is a QuestionnaireEmail row (unique: sent once, however many runs) made in
its own transaction, the email being queued to the task worker once it commits. Nobody is
written to who opted out, answered or skipped that questionnaire at that moment, or whose
account is inactive, deleted or a placeholder. The email says what the questionnaire is and
how to stop them: a signed link, usable without logging in (`optout_token`).
"""

from django.contrib.auth import get_user_model
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone

from accounts.emails import queue_email
from core.links import absolute_url
from courses.models import ModuleProgress, PathCompletion
from scheduling.models import AwarenessSession, Registration

from . import services
from .models import (
    Completion,
    Moment,
    Questionnaire,
    QuestionnaireEmail,
    QuestionnaireOptOut,
    SubjectKind,
)

OPT_OUT_SALT = "evaluation.questionnaire-emails.opt-out"
CHUNK = 500
EMAIL_TEMPLATE = "evaluation/emails/questionnaire"

# Which questionnaires are emailed at which moment, for which kind of subject.
EMAILED = {
    Questionnaire.Kind.KNOWLEDGE: {SubjectKind.SESSION: (Moment.DAY_90,),
                                   SubjectKind.MODULE: (Moment.DAY_90,),
                                   SubjectKind.PATH: (Moment.DAY_90,)},
    Questionnaire.Kind.SATISFACTION: {SubjectKind.SESSION: (Moment.DAY_60,)},
    Questionnaire.Kind.FOLLOWUP: {SubjectKind.MODULE: (Moment.DAY_30, Moment.DAY_90)},
}


# --- The opt-out ----------------------------------------------------------------------------

def optout_token(user):
    """A token naming `user`, signed with the site's key: whoever holds it may stop that
    person's questionnaire emails (and only theirs), without logging in."""
    return signing.dumps({"u": user.pk}, salt=OPT_OUT_SALT, compress=True)


def user_from_token(token):
    """The active account a token names, or None if it was altered, made up or the account
    is gone."""
    try:
        data = signing.loads(str(token)[:500], salt=OPT_OUT_SALT)
        pk = int(data["u"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
    return get_user_model().objects.filter(pk=pk, deleted_at__isnull=True).first()


def optout_url(user):
    return absolute_url(reverse("evaluation:optout", args=[optout_token(user)]))


def has_opted_out(user):
    return QuestionnaireOptOut.objects.filter(user=user).exists()


def opt_out(user):
    """Stop the emails (twice is the same as once)."""
    try:
        with transaction.atomic():
            QuestionnaireOptOut.objects.get_or_create(user=user)
    except IntegrityError:  # two clicks at once
        pass


def opt_in(user):
    """Receive the emails again."""
    QuestionnaireOptOut.objects.filter(user=user).delete()


# --- Who is due -----------------------------------------------------------------------------

def _questionnaires():
    return list(Questionnaire.objects.filter(live=True, kind__in=list(EMAILED))
                .prefetch_related("targets").order_by("pk"))


def _subjects(questionnaire, subject_kind):
    """The pks of the subjects of this kind the questionnaire is attached to; None for every
    session."""
    if subject_kind == SubjectKind.SESSION and questionnaire.all_sessions:
        return None
    field = {SubjectKind.SESSION: "session_id", SubjectKind.MODULE: "module_id",
             SubjectKind.PATH: "learning_path_id"}[subject_kind]
    return [getattr(t, field) for t in questionnaire.targets.all() if getattr(t, field)]


def _rows(questionnaire, subject_kind, subjects, moment, today):
    """Rows (Registration, ModuleProgress or PathCompletion), each with its user and
    subject, of the people due an email: within the moment's window, reachable, not opted
    out, not yet emailed, not having answered or skipped the questionnaire at that moment."""
    first, last = services.later_window_bounds(moment, today)
    if subject_kind == SubjectKind.SESSION:
        rows = Registration.objects.filter(
            status=Registration.Status.ATTENDED, session__status=AwarenessSession.Status.CLOSED,
            session__closed_at__gte=first, session__closed_at__lt=last)
        subject_field, related = "session_id", "session"
    elif subject_kind == SubjectKind.MODULE:
        rows = ModuleProgress.objects.filter(completed_at__gte=first, completed_at__lt=last,
                                             module__live=True)
        subject_field, related = "module_id", "module"
    else:
        rows = PathCompletion.objects.filter(completed_at__gte=first, completed_at__lt=last,
                                             path__live=True)
        subject_field, related = "path_id", "path"
    if subjects is not None:
        rows = rows.filter(**{f"{subject_field}__in": subjects})
    person = OuterRef("user_id")
    emailed = QuestionnaireEmail.objects.filter(
        user=person, questionnaire=questionnaire, subject_kind=subject_kind,
        subject_id=OuterRef(subject_field), moment=moment)
    completed = Completion.objects.filter(user=person, moment=moment,
                                          version__questionnaire=questionnaire)
    opted_out = QuestionnaireOptOut.objects.filter(user=person)
    return (rows.filter(user__is_active=True, user__deleted_at__isnull=True,
                        user__email_to_complete=False)
            .exclude(Q(Exists(emailed)) | Q(Exists(completed)) | Q(Exists(opted_out)))
            .select_related("user", related).order_by("pk"))


def _subject_of(row, subject_kind):
    return {SubjectKind.SESSION: getattr(row, "session", None),
            SubjectKind.MODULE: getattr(row, "module", None),
            SubjectKind.PATH: getattr(row, "path", None)}[subject_kind]


def answer_path(questionnaire, subject_kind, subject_pk, moment):
    from .views import SLUG_OF_MOMENT, SLUG_OF_SUBJECT

    return reverse("evaluation:answer", args=[questionnaire.pk, SLUG_OF_SUBJECT[subject_kind],
                                              subject_pk, SLUG_OF_MOMENT[moment]])


def _record_and_queue(questionnaire, subject_kind, subject, moment, person):
    """The row that says "sent", then the email once it commits; False if another run sent
    it meanwhile."""
    try:
        with transaction.atomic():
            QuestionnaireEmail.objects.create(user=person, questionnaire=questionnaire,
                                              subject_kind=subject_kind, subject_id=subject.pk,
                                              moment=moment)
            context = {
                "person": person, "questionnaire": questionnaire, "subject": subject,
                "subject_kind": subject_kind, "moment": moment,
                "days": services.LATER_MOMENT_DAYS[moment],
                "url": absolute_url(answer_path(questionnaire, subject_kind, subject.pk,
                                                moment)),
                "optout_url": optout_url(person),
                "threshold": services.threshold(),
            }
            transaction.on_commit(lambda: queue_email(EMAIL_TEMPLATE, [person.email], context))
    except IntegrityError:
        return False
    return True


def send_questionnaire_emails(today=None):
    """Invite everyone due (see the module's docstring), once. Safe to run from cron as
    often as wanted, even twice at the same time. Returns the number of emails queued."""
    today = today or timezone.localdate()
    sent = 0
    for questionnaire in _questionnaires():
        for subject_kind, moments in EMAILED[questionnaire.kind].items():
            subjects = _subjects(questionnaire, subject_kind)
            if subjects == []:  # attached to no subject of this kind
                continue
            for moment in moments:
                rows = _rows(questionnaire, subject_kind, subjects, moment, today)
                for row in rows.iterator(chunk_size=CHUNK):
                    subject = _subject_of(row, subject_kind)
                    if _record_and_queue(questionnaire, subject_kind, subject, moment,
                                         row.user):
                        sent += 1
    return sent


# --- Personal data --------------------------------------------------------------------------

def emails_export(user):
    """The invitations sent to the person: when, which questionnaire, which moment."""
    return [{"questionnaire": e.questionnaire.title, "moment": str(Moment(e.moment).label),
             "envoye_le": e.sent_on.isoformat()}
            for e in QuestionnaireEmail.objects.filter(user=user).select_related("questionnaire")
            .order_by("sent_on", "pk")]


def optout_export(user):
    found = QuestionnaireOptOut.objects.filter(user=user).first()
    return found.opted_out_on.isoformat() if found else None


def erase(user):
    QuestionnaireEmail.objects.filter(user=user).delete()
    QuestionnaireOptOut.objects.filter(user=user).delete()
