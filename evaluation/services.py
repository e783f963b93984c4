"""The rules of the questionnaires: which one a learner is offered, versions, the pairing
code, recording an answer once, and the generalisation that keeps every stored group at or
above the threshold (see models.Response)."""

import hashlib
import hmac
import unicodedata
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.db.models import Exists, Max, OuterRef, Q
from django.utils import timezone

from courses.models import (
    LearningPathPage,
    ModulePage,
    ModuleProgress,
    PathCompletion,
    PathModule,
)
from scheduling.models import AwarenessSession, Registration

from .blocks import ALWAYS, FREE_TEXT, KNOWLEDGE, LIKERT
from .models import (
    Completion,
    FreeTextState,
    Moment,
    Questionnaire,
    QuestionnaireVersion,
    Response,
    SubjectKind,
)

# How long after a session or a module the "right after" questionnaires are still offered.
AFTER_DAYS = 30
# Sessions whose "before" questionnaire Mon espace offers: those starting within this.
BEFORE_DAYS = 60

KNOWLEDGE_MOMENTS = (Moment.BEFORE, Moment.AFTER, Moment.DAY_90)
SATISFACTION_MOMENTS = (Moment.SATISFACTION, Moment.DAY_60)
FOLLOWUP_MOMENTS = (Moment.DAY_30, Moment.DAY_90)
# The moments of 30, 60 and 90 days: how many days after the session closed (or the module or
# path was completed) each opens, and for how many days it stays open. The email inviting to
# it is sent once within that window (followups.py), the site offers it all along.
DAY_30_FROM, DAY_60_FROM, DAY_90_FROM = 30, 60, 90
LATER_WINDOW_DAYS = 30
LATER_MOMENT_DAYS = {Moment.DAY_30: DAY_30_FROM, Moment.DAY_60: DAY_60_FROM,
                     Moment.DAY_90: DAY_90_FROM}
# A moment is answered with the version answered at an earlier one, the first found, so that
# the same person's answers pair (version_for).
EARLIER_MOMENTS = {Moment.AFTER: (Moment.BEFORE,), Moment.DAY_90: (Moment.BEFORE, Moment.DAY_30),
                   Moment.DAY_60: (Moment.SATISFACTION,)}
# The moments a learner is offered on the site (those of 30, 60 and 90 days also by email).
OFFERED_MOMENTS = (Moment.BEFORE, Moment.AFTER, Moment.SATISFACTION, Moment.DAY_30,
                   Moment.DAY_60, Moment.DAY_90)


def threshold():
    return settings.REPERES_EVALUATION_MIN_RESPONSES


# --- Versions -------------------------------------------------------------------------------

def snapshot(questionnaire):
    """The items as plain dicts: what a version freezes, what the form and the results read."""
    items = []
    for block in questionnaire.items:
        value = block.value
        item = {"id": block.id, "kind": block.block_type, "text": value["text"]}
        if block.block_type == KNOWLEDGE:
            item["choices"] = [{"id": choice.id, "text": choice.value["text"],
                                "correct": bool(choice.value["correct"])}
                               for choice in value["choices"].bound_blocks]
        elif block.block_type == LIKERT:
            item.update(scale=value["scale"], low=value["low_label"], high=value["high_label"],
                        reverse=bool(value["reverse"]))
        if block.block_type != FREE_TEXT:
            item["source"] = value.get("source") or ""
        # Only when not "every time": the versions frozen before this key stay equal.
        if value.get("asked") and value["asked"] != ALWAYS:
            item["asked"] = value["asked"]
        items.append(item)
    return items


def current_version(questionnaire):
    """The version of the published items, made when they changed since the last one."""
    items = snapshot(questionnaire)
    latest = questionnaire.versions.order_by("-number").first()
    if latest is not None and latest.items == items:
        return latest
    number = (latest.number if latest else 0) + 1
    try:
        with transaction.atomic():
            return QuestionnaireVersion.objects.create(
                questionnaire=questionnaire, number=number, title=questionnaire.title,
                kind=questionnaire.kind, items=items)
    except IntegrityError:  # made at the same moment by another request
        return questionnaire.versions.get(number=number)


def moments_of(kind):
    return {Questionnaire.Kind.KNOWLEDGE: KNOWLEDGE_MOMENTS,
            Questionnaire.Kind.FOLLOWUP: FOLLOWUP_MOMENTS}.get(kind, SATISFACTION_MOMENTS)


# --- The pairing code -----------------------------------------------------------------------

def _pepper():
    return settings.REPERES_EVALUATION_PEPPER or hmac.new(
        settings.SECRET_KEY.encode(), b"reperes.evaluation.pepper", hashlib.sha256).hexdigest()


def normalise(text):
    text = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c)).upper()


def pair_code_hash(questionnaire_id, initial, day, place):
    """The learner's code (first letter of their mother's first name, their day of birth,
    the first two letters of their birthplace), keyed by the programme's pepper and the
    questionnaire: the same person gets the same hash before and after, and two
    questionnaires' hashes cannot be matched."""
    code = f"{normalise(initial)[:1]}{int(day):02d}{normalise(place)[:2]}"
    message = f"{questionnaire_id}:{code}".encode()
    return hmac.new(_pepper().encode(), message, hashlib.sha256).hexdigest()


# --- Subjects and offers --------------------------------------------------------------------

@dataclass
class Offer:
    questionnaire: Questionnaire
    version: QuestionnaireVersion
    subject_kind: str
    subject: object
    moment: str
    completion: Completion | None = None

    @property
    def done(self):
        return self.completion is not None and self.completion.done

    @property
    def skipped(self):
        return self.completion is not None and not self.completion.done


def get_subject(subject_kind, pk):
    model = {SubjectKind.SESSION: AwarenessSession, SubjectKind.MODULE: ModulePage,
             SubjectKind.PATH: LearningPathPage}.get(subject_kind)
    if model is None:
        return None
    queryset = model.objects.all()
    if model is not AwarenessSession:
        queryset = queryset.live()
    return queryset.filter(pk=pk).first()


def questionnaires_for(subject_kind, subject):
    """The live questionnaires proposed with a subject."""
    live = Questionnaire.objects.filter(live=True)
    if subject_kind == SubjectKind.SESSION:
        return list(live.filter(targets__session=subject) | live.filter(all_sessions=True))
    field = "targets__module" if subject_kind == SubjectKind.MODULE else "targets__learning_path"
    return list(live.filter(**{field: subject}).distinct())


_UNKNOWN = object()


def days_since(when, today=None):
    """Whole days between `when` (a datetime) and `today`, in local dates."""
    return ((today or timezone.localdate()) - timezone.localdate(when)).days


def in_later_window(when, moment, today=None):
    """Whether `when` (a session's closing, a module's or a path's completion) puts
    `moment` (30, 60 or 90 days) open `today`: from day N to day N + LATER_WINDOW_DAYS - 1."""
    if when is None or moment not in LATER_MOMENT_DAYS:
        return False
    start = LATER_MOMENT_DAYS[moment]
    return start <= days_since(when, today) < start + LATER_WINDOW_DAYS


def later_window_bounds(moment, today=None):
    """(first, last) datetimes, both aware, between which a closing or a completion puts
    `moment` open `today` (the same window as in_later_window, for a query)."""
    today = today or timezone.localdate()
    start = LATER_MOMENT_DAYS[moment]
    oldest = today - timedelta(days=start + LATER_WINDOW_DAYS - 1)
    newest = today - timedelta(days=start - 1)  # exclusive: the day after day N
    as_time = lambda day: timezone.make_aware(datetime.combine(day, time.min))  # noqa: E731
    return as_time(oldest), as_time(newest)


def _recent(when, now):
    return when is not None and when >= now - timedelta(days=AFTER_DAYS)


def moment_is_open(user, subject_kind, subject, moment, *, registration=_UNKNOWN,
                   progress=_UNKNOWN):
    """May `user` answer `moment` for this subject now? `progress` is the person's
    ModuleProgress for a module, their PathCompletion for a path (None if none)."""
    now = timezone.now()
    if subject_kind == SubjectKind.SESSION:
        if registration is _UNKNOWN:
            registration = Registration.objects.filter(session=subject, user=user).first()
        if registration is None or registration.status not in Registration.SEATED:
            return False
        if moment == Moment.BEFORE:
            return (subject.status == AwarenessSession.Status.SCHEDULED
                    and (subject.starts_at is None or subject.starts_at > now))
        attended = (subject.status == AwarenessSession.Status.CLOSED
                    and registration.status == Registration.Status.ATTENDED)
        if moment in (Moment.AFTER, Moment.SATISFACTION):
            return attended and _recent(subject.closed_at, now)
        if moment in (Moment.DAY_60, Moment.DAY_90):
            return attended and in_later_window(subject.closed_at, moment)
        return False
    if subject_kind == SubjectKind.MODULE:
        if progress is _UNKNOWN:
            progress = ModuleProgress.objects.filter(module=subject, user=user).first()
        return _open_after_completion(progress, moment, now, (Moment.DAY_30, Moment.DAY_90))
    if subject_kind == SubjectKind.PATH:
        if progress is _UNKNOWN:
            progress = PathCompletion.objects.filter(path=subject, user=user).first()
        return _open_after_completion(progress, moment, now, (Moment.DAY_90,))
    return False


def _open_after_completion(progress, moment, now, later):
    """A module's or a path's moments: before until completed, right after, then `later`."""
    completed_at = progress.completed_at if progress is not None else None
    if moment == Moment.BEFORE:
        return completed_at is None
    if moment == Moment.AFTER:
        return _recent(completed_at, now)
    return moment in later and in_later_window(completed_at, moment)


def version_for(user, questionnaire, moment):
    """The version a learner answers: for a moment that follows another (after and 90 days
    follow "before", 60 days follows satisfaction, 90 days of a follow-up its 30 days) the
    version they answered then, if any, so that their answers pair; else the current one."""
    for earlier in EARLIER_MOMENTS.get(moment, ()):
        answered = (Completion.objects.filter(user=user, moment=earlier, done=True,
                                              version__questionnaire=questionnaire)
                    .select_related("version").order_by("-version__number").first())
        if answered is not None:
            return answered.version
    return current_version(questionnaire)


def pairing_questionnaire_id(questionnaire):
    """The questionnaire whose pairing code the answers carry: a follow-up's is the
    before/after questionnaire it completes, so that the same person's answers join."""
    if questionnaire.kind == Questionnaire.Kind.FOLLOWUP and questionnaire.pairs_with_id:
        return questionnaire.pairs_with_id
    return questionnaire.pk


def offer(user, questionnaire_pk, subject_kind, subject_pk, moment):
    """The questionnaire a learner may open, or None (the view answers 404)."""
    if moment not in OFFERED_MOMENTS:
        return None
    subject = get_subject(subject_kind, subject_pk)
    if subject is None:
        return None
    questionnaire = next((q for q in questionnaires_for(subject_kind, subject)
                          if q.pk == questionnaire_pk), None)
    if questionnaire is None or moment not in moments_of(questionnaire.kind):
        return None
    if not moment_is_open(user, subject_kind, subject, moment):
        return None
    version = version_for(user, questionnaire, moment)
    completion = Completion.objects.filter(user=user, version=version, moment=moment).first()
    return Offer(questionnaire, version, subject_kind, subject, moment, completion)


def _targets(questionnaires):
    """{session pk: [questionnaires]}, [all sessions' questionnaires], {module pk: […]},
    {path pk: […]} from prefetched targets."""
    by_session, all_sessions, by_module, by_path = {}, [], {}, {}
    for questionnaire in questionnaires:
        if questionnaire.all_sessions:
            all_sessions.append(questionnaire)
        for target in questionnaire.targets.all():
            if target.session_id:
                by_session.setdefault(target.session_id, []).append(questionnaire)
            elif target.module_id:
                by_module.setdefault(target.module_id, []).append(questionnaire)
            elif target.learning_path_id:
                by_path.setdefault(target.learning_path_id, []).append(questionnaire)
    return by_session, all_sessions, by_module, by_path


def _later_start():
    """The oldest closing or completion for which a moment may still be open, with a day's
    margin (moment_is_open decides)."""
    return timezone.now() - timedelta(days=max(LATER_MOMENT_DAYS.values()) + LATER_WINDOW_DAYS
                                      + 1)


def pending(user, *, subject_kind=None, subject=None):
    """What Mon espace (or a subject's page) offers: the open questionnaires not yet answered
    nor skipped, the moments of 30, 60 and 90 days included while their window is open. A
    bounded number of queries whatever the person's history (one per kind of subject)."""
    if not user.is_authenticated:
        return []
    questionnaires = list(Questionnaire.objects.filter(live=True).prefetch_related("targets"))
    if not questionnaires:
        return []
    now = timezone.now()
    candidates = []  # (questionnaire, subject_kind, subject, moment, registration, progress)
    by_session, all_sessions, by_module, by_path = _targets(questionnaires)
    if subject_kind in (None, SubjectKind.SESSION) and (by_session or all_sessions):
        registrations = (Registration.objects
                         .filter(user=user, status__in=Registration.SEATED)
                         .filter(Q(session__starts_at__lte=now + timedelta(days=BEFORE_DAYS),
                                   session__starts_at__gte=now - timedelta(days=AFTER_DAYS + 7))
                                 | Q(status=Registration.Status.ATTENDED,
                                     session__status=AwarenessSession.Status.CLOSED,
                                     session__closed_at__gte=_later_start()))
                         .select_related("session"))
        if subject is not None and subject_kind == SubjectKind.SESSION:
            registrations = registrations.filter(session=subject)
        if not all_sessions:
            registrations = registrations.filter(session_id__in=list(by_session))
        for registration in registrations:
            targeted = by_session.get(registration.session_id, [])
            for questionnaire in targeted + [q for q in all_sessions if q not in targeted]:
                for moment in moments_of(questionnaire.kind):
                    candidates.append((questionnaire, SubjectKind.SESSION, registration.session,
                                       moment, registration, _UNKNOWN))
    if subject_kind in (None, SubjectKind.MODULE) and by_module:
        progress_rows = ModuleProgress.objects.filter(user=user, module_id__in=list(by_module))
        if subject is not None:
            progress_rows = progress_rows.filter(module=subject)
        progresses = {p.module_id: p for p in progress_rows.select_related("module")}
        if subject is not None:
            modules = {subject.pk: subject} if subject.pk in by_module else {}
        else:  # Mon espace: the modules the person has opened
            modules = {pk: p.module for pk, p in progresses.items() if p.module.live}
        for module_pk, module in modules.items():
            for questionnaire in by_module[module_pk]:
                for moment in moments_of(questionnaire.kind):
                    candidates.append((questionnaire, SubjectKind.MODULE, module, moment,
                                       _UNKNOWN, progresses.get(module_pk)))
    if subject_kind in (None, SubjectKind.PATH) and by_path:
        completions = PathCompletion.objects.filter(user=user, path_id__in=list(by_path))
        if subject is not None:
            completions = completions.filter(path=subject)
            paths = {subject.pk: subject} if subject.pk in by_path else {}
        else:  # Mon espace: the paths completed, or with a module opened
            started = PathModule.objects.filter(
                path_id__in=list(by_path), module__progress__user=user).values("path_id")
            paths = {p.pk: p for p in LearningPathPage.objects.live().filter(
                Q(pk__in=started) | Q(completions__user=user), pk__in=list(by_path)).distinct()}
        done = {c.path_id: c for c in completions}
        for path_pk, path in paths.items():
            for questionnaire in by_path[path_pk]:
                for moment in moments_of(questionnaire.kind):
                    candidates.append((questionnaire, SubjectKind.PATH, path, moment,
                                       _UNKNOWN, done.get(path_pk)))
    offers = []
    versions = {}
    for questionnaire, kind, item, moment, registration, progress in candidates:
        if moment not in OFFERED_MOMENTS:
            continue
        if not moment_is_open(user, kind, item, moment, registration=registration,
                              progress=progress):
            continue
        if questionnaire.pk not in versions:
            versions[questionnaire.pk] = current_version(questionnaire)
        offers.append(Offer(questionnaire, versions[questionnaire.pk], kind, item, moment))
    if not offers:
        return []
    # A moment that follows another is answered with the version answered then
    # (version_for): one query for the person's completions of these questionnaires.
    completions = list(Completion.objects.filter(
        user=user, version__questionnaire__in=[o.questionnaire for o in offers])
        .select_related("version"))
    answered = {(c.version.questionnaire_id, c.version_id, c.moment): c for c in completions}
    latest_done = {}  # (questionnaire pk, moment) -> the newest version answered then
    for c in completions:
        key = (c.version.questionnaire_id, c.moment)
        if c.done and (key not in latest_done or c.version.number > latest_done[key].number):
            latest_done[key] = c.version
    result = []
    for item in offers:
        for earlier in EARLIER_MOMENTS.get(item.moment, ()):
            if (item.questionnaire.pk, earlier) in latest_done:
                item.version = latest_done[(item.questionnaire.pk, earlier)]
                break
        item.completion = answered.get((item.questionnaire.pk, item.version.pk, item.moment))
        if item.completion is None:
            result.append(item)
    return result


# --- Recording ------------------------------------------------------------------------------

def week_of(day):
    return day - timedelta(days=day.weekday())


def path_people(path):
    """A path's people, for the threshold: those who completed it or opened one of its
    modules, whatever the moment (the widest group, as a module counts all its learners:
    answers before the path come from people who have not completed it)."""
    modules = PathModule.objects.filter(path=path).values("module_id")
    return get_user_model().objects.filter(
        Exists(PathCompletion.objects.filter(path=path, user=OuterRef("pk")))
        | Exists(ModuleProgress.objects.filter(module_id__in=modules, user=OuterRef("pk"))))


def generalise(user, subject_kind, subject, moment):
    """(subject_id, organisation_id, job_role) as stored: each kept only when its group,
    counted among the subject's people, is at least the threshold (models.Response)."""
    k = threshold()
    if subject_kind == SubjectKind.SESSION:
        statuses = ([Registration.Status.ATTENDED] if moment != Moment.BEFORE
                    else list(Registration.SEATED))
        people = Registration.objects.filter(session=subject, status__in=statuses)
        prefix = "user__"
    elif subject_kind == SubjectKind.MODULE:
        people = ModuleProgress.objects.filter(module=subject)
        prefix = "user__"
    elif subject_kind == SubjectKind.PATH:
        people = path_people(subject)
        prefix = ""
    else:
        return None, None, ""
    subject_id = subject.pk if people.count() >= k else None
    organisation_id, job_role = None, ""
    if subject_id is not None and user.organisation_id is not None:
        same_organisation = people.filter(**{f"{prefix}organisation_id": user.organisation_id})
        if same_organisation.count() >= k:
            organisation_id = user.organisation_id
    if subject_id is not None and user.job_role:
        scope = people.filter(**{f"{prefix}organisation_id": organisation_id}) \
            if organisation_id else people
        if scope.filter(**{f"{prefix}job_role": user.job_role}).count() >= k:
            job_role = user.job_role
    return subject_id, organisation_id, job_role


def record(offer_, user, answers, *, pair_hash=""):
    """Store the answers once: a second submission (a double click, a reload, another tab)
    records nothing and returns False. The Completion and the Response share no key. A
    non-empty free text waits for the research team's review (review.py) before anyone
    sees it."""
    free_ids = {item["id"] for item in offer_.version.items if item["kind"] == FREE_TEXT}
    has_text = any(str(answers.get(item_id) or "").strip() for item_id in free_ids)
    subject_id, organisation_id, job_role = generalise(user, offer_.subject_kind,
                                                       offer_.subject, offer_.moment)
    with transaction.atomic():
        completion, created = Completion.objects.get_or_create(
            user=user, version=offer_.version, moment=offer_.moment,
            defaults={"done": True})
        # A skip can be changed into an answer, once.
        if not created and not Completion.objects.filter(pk=completion.pk, done=False).update(
                done=True):
            return False
        Response.objects.create(
            version=offer_.version, moment=offer_.moment, pair_code_hash=pair_hash,
            subject_kind=offer_.subject_kind, subject_id=subject_id,
            organisation_id=organisation_id, job_role=job_role,
            answered_on=week_of(timezone.localdate()), answers=answers,
            free_text_state=FreeTextState.PENDING if has_text else FreeTextState.NONE)
    return True


def skip(offer_, user):
    Completion.objects.get_or_create(user=user, version=offer_.version, moment=offer_.moment,
                                     defaults={"done": False})


def pool_small_session(session):
    """A session closed with fewer people present than the threshold: its answers lose
    their session (they stay in the programme's totals). Returns the rows changed."""
    present = Registration.objects.filter(session=session,
                                          status=Registration.Status.ATTENDED).count()
    if present >= threshold():
        return 0
    return Response.objects.filter(subject_kind=SubjectKind.SESSION,
                                   subject_id=session.pk).update(subject_id=None,
                                                                 organisation=None,
                                                                 job_role="")


def on_attendance_confirmed(sender, session, registration, **kwargs):
    if session.status == AwarenessSession.Status.CLOSED:
        transaction.on_commit(lambda: pool_small_session(session))


def latest_versions():
    """Every version, newest questionnaire first (for the filters of the results)."""
    return QuestionnaireVersion.objects.select_related("questionnaire").order_by(
        "questionnaire__title", "-number")


def answered_versions():
    return latest_versions().annotate(last=Max("responses__answered_on")).filter(
        last__isnull=False)


# --- Personal data --------------------------------------------------------------------------

def completions_export(user):
    """What the account holds: which questionnaire, which moment, answered or skipped."""
    return [{"questionnaire": c.version.title, "version": c.version.number,
             "moment": str(Moment(c.moment).label),
             "etat": "répondu" if c.done else "passé"}
            for c in Completion.objects.filter(user=user).select_related("version")
            .order_by("version__title", "version__number", "moment")]


def erase_completions(user):
    Completion.objects.filter(user=user).delete()
