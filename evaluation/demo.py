"""A research account and two past demo sessions with fictional anonymous answers to the
questionnaires of content/evaluation/ (loaded before, by load_content through core.demo): one
above the threshold (before, just after, satisfaction and 90 days), one below. And, for one
module, before/after answers and its follow-up micro-case at 30 and 90 days, paired on the
same codes, above the threshold. Creates what is missing only: each block of answers is added
once, so running it twice adds nothing."""

import random
from datetime import datetime, time, timedelta

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts.demo import DEMO_PASSWORD, DEMO_TOTP_SECRET
from accounts.models import JobRole, Organisation
from accounts.roles import Role, set_roles
from courses.models import ModulePage, ModuleProgress
from scheduling.models import AwarenessSession, TimeSlot
from scheduling.services import update_span

from . import services
from .blocks import is_asked
from .models import Moment, Questionnaire, Response, SubjectKind

RESEARCH_ACCOUNT = ("recherche@reperes.example", "Inès", "Exemple")
KNOWLEDGE_SLUG, SATISFACTION_SLUG = "avant-apres-sante-mentale", "satisfaction-session"
# (title, days ago, people present, answers before/after/satisfaction/90 days)
SESSIONS = [
    ("Démonstration — Souffrance psychique et voisinage (résultats)", 100, 12, (12, 11, 11, 8)),
    ("Démonstration — Petite session (moins de 5 réponses)", 27, 8, (3, 3, 3, 0)),
]
# The module whose learners answer before/after, then its follow-up micro-case:
# (people before/after, at 30 days, at 90 days), the module done that many days ago.
FOLLOWUP_MODULE, FOLLOWUP_SLUG = "signaux-faibles-logement", "suivi-signaux-faibles-logement"
FOLLOWUP_ANSWERS, FOLLOWUP_DAYS_AGO = (9, 8, 6), 95
# At 90 days, and at the follow-up, the answers keep this share of the gain (a little less
# than just after, more than before).
KEPT = 0.7


def _research_account():
    email, first, last = RESEARCH_ACCOUNT
    user, created = get_user_model().objects.get_or_create(
        email=email, defaults={"first_name": first, "last_name": last,
                               "job_role": JobRole.OTHER})
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    set_roles(user, [Role.RESEARCH])
    EmailAddress.objects.update_or_create(user=user, email=email,
                                          defaults={"verified": True, "primary": True})
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, DEMO_TOTP_SECRET)


def _answers(rng, items, level):
    """Fictional answers; `level` (0 to 1) moves them towards the favourable end."""
    answers = {}
    for item in items:
        if item["kind"] == "knowledge":
            right = next(c["id"] for c in item["choices"] if c["correct"])
            wrong = [c["id"] for c in item["choices"] if not c["correct"]] + ["nsp"]
            answers[item["id"]] = right if rng.random() < 0.45 + 0.45 * level else \
                rng.choice(wrong)
        elif item["kind"] == "likert":
            value = min(5, max(1, round(rng.gauss(2.6 + 1.8 * level, 0.8))))
            answers[item["id"]] = 6 - value if item.get("reverse") else value
    return answers


def _session(title, days_ago, present, trainer):
    session = AwarenessSession.objects.filter(title=title).first()
    if session is not None:
        return session
    day = timezone.localdate() - timedelta(days=days_ago)
    session = AwarenessSession.objects.create(
        title=title, topic="Session fictive de démonstration des questionnaires",
        description="Session fictive : ses réponses anonymes sont générées pour la démonstration.",
        place_name="Salle de démonstration (fictive)", address="1 rue de l'Exemple, 75020 Paris",
        capacity=max(present, 5), status=AwarenessSession.Status.CLOSED)
    start = timezone.make_aware(datetime.combine(day, time(9, 30)))
    TimeSlot.objects.create(session=session, starts_at=start, ends_at=start + timedelta(hours=3))
    if trainer is not None:
        session.trainers.set([trainer])
        session.save()
    update_span(session)
    AwarenessSession.objects.filter(pk=session.pk).update(closed_at=start + timedelta(hours=3))
    return session


def _levels(seed, n):
    """Each fictional person's (level before, gain just after), the same at every run."""
    rng = random.Random(seed)
    return [(rng.uniform(0.0, 0.4), rng.uniform(0.25, 0.5)) for _ in range(n)]


def _day90(session, knowledge, version, title, n_before, n_day90):
    """The 90-day answers of a demo session, once: the same codes as before and after."""
    if not n_day90 or Response.objects.filter(
            subject_kind=SubjectKind.SESSION, subject_id=session.pk, version=version,
            moment=Moment.DAY_90).exists():
        return
    day = min(timezone.localdate(), session.starts_at.date() + timedelta(days=91))
    rng = random.Random(f"{title}:day90")
    rows = []
    for index, (base, gain) in enumerate(_levels(f"{title}:levels", n_before)[:n_day90]):
        rows.append(Response(
            version=version, moment=Moment.DAY_90, subject_kind=SubjectKind.SESSION,
            subject_id=session.pk, answered_on=services.week_of(day),
            pair_code_hash=services.pair_code_hash(knowledge.pk, "ABCDEFGHIJKLMN"[index],
                                                   index + 1, "PA"),
            answers=_answers(rng, version.items, base + KEPT * gain)))
    Response.objects.bulk_create(rows)


def _module_followup(knowledge, version):
    """Before/after answers for one module, then its follow-up micro-case at 30 and 90 days,
    each block once. The codes are other people's than the sessions'."""
    module = ModulePage.objects.filter(slug=FOLLOWUP_MODULE).first()
    followup = Questionnaire.objects.filter(slug=FOLLOWUP_SLUG, live=True).first()
    if module is None or followup is None:
        return
    followup_version = services.current_version(followup)
    learners = ModuleProgress.objects.filter(module=module).count()
    subject = {"subject_kind": SubjectKind.MODULE,
               "subject_id": module.pk if learners >= services.threshold() else None}
    n_people, n_day30, n_day90 = FOLLOWUP_ANSWERS
    levels = _levels(f"{FOLLOWUP_MODULE}:levels", n_people)
    codes = [services.pair_code_hash(knowledge.pk, "NOPQRSTUVW"[index], index + 1, "LY")
             for index in range(n_people)]
    done = timezone.localdate() - timedelta(days=FOLLOWUP_DAYS_AGO)
    blocks = [(version, Moment.BEFORE, n_people, 0, lambda base, gain: base),
              (version, Moment.AFTER, n_people, 0, lambda base, gain: base + gain),
              (followup_version, Moment.DAY_30, n_day30, 30,
               lambda base, gain: base + gain * (KEPT + 0.1)),
              (followup_version, Moment.DAY_90, n_day90, 90,
               lambda base, gain: base + gain * KEPT)]
    for block_version, moment, n, days, level in blocks:
        if Response.objects.filter(version=block_version, moment=moment,
                                   pair_code_hash__in=codes).exists():
            continue
        rng = random.Random(f"{FOLLOWUP_MODULE}:{moment}")
        week = services.week_of(min(timezone.localdate(), done + timedelta(days=days)))
        Response.objects.bulk_create(
            Response(version=block_version, moment=moment, pair_code_hash=code,
                     answered_on=week, answers=_answers(rng, block_version.items,
                                                        level(base, gain)), **subject)
            for code, (base, gain) in list(zip(codes, levels, strict=True))[:n])


def load(stdout=None):
    _research_account()
    questionnaires = Questionnaire.objects.filter(live=True).in_bulk(
        [KNOWLEDGE_SLUG, SATISFACTION_SLUG], field_name="slug")
    knowledge = questionnaires.get(KNOWLEDGE_SLUG)
    satisfaction = questionnaires.get(SATISFACTION_SLUG)
    if knowledge is None or satisfaction is None:
        return
    trainer = get_user_model().objects.filter(email="formatrice@equipe20.example").first()
    organisation = Organisation.objects.filter(name="Paris Habitat").first()
    knowledge_version = services.current_version(knowledge)
    satisfaction_version = services.current_version(satisfaction)
    rng = random.Random(17)
    for title, days_ago, present, (n_before, n_after, n_satisfaction, n_day90) in SESSIONS:
        session = _session(title, days_ago, present, trainer)
        _day90(session, knowledge, knowledge_version, title, n_before, n_day90)
        if Response.objects.filter(subject_kind=SubjectKind.SESSION, subject_id=session.pk,
                                   moment=Moment.BEFORE).exists():
            continue
        levels = _levels(f"{title}:levels", max(n_before, n_after))
        week = services.week_of(session.starts_at.date())
        large = n_before >= services.threshold()
        rows = []
        for index in range(max(n_before, n_after)):
            code = services.pair_code_hash(knowledge.pk, "ABCDEFGHIJKLMN"[index], index + 1,
                                           "PA")
            common = {"subject_kind": SubjectKind.SESSION, "subject_id": session.pk,
                      "organisation": organisation if large and index < 7 else None,
                      "job_role": JobRole.CARETAKER if large and index < 8 else ""}
            base, gain = levels[index]
            if index < n_before:
                rows.append(Response(version=knowledge_version, moment=Moment.BEFORE,
                                     pair_code_hash=code, answered_on=week,
                                     answers=_answers(rng, knowledge_version.items, base),
                                     **common))
            if index < n_after:
                rows.append(Response(version=knowledge_version, moment=Moment.AFTER,
                                     pair_code_hash=code, answered_on=week,
                                     answers=_answers(rng, knowledge_version.items,
                                                      base + gain), **common))
        # Satisfaction right after, and (fewer people) what they used since at 60 days: each
        # moment answers its own items (blocks.is_asked).
        for moment, count, when in ((Moment.SATISFACTION, n_satisfaction, week),
                                    (Moment.DAY_60, max(0, n_satisfaction - 4),
                                     services.week_of(min(timezone.localdate(),
                                                          session.starts_at.date()
                                                          + timedelta(days=60))))):
            asked = [item for item in satisfaction_version.items
                     if is_asked(item, moment, services.SATISFACTION_MOMENTS)]
            for index in range(count):
                rows.append(Response(
                    version=satisfaction_version, moment=moment,
                    subject_kind=SubjectKind.SESSION, subject_id=session.pk,
                    organisation=organisation if large and index < 6 else None,
                    answered_on=when, answers=_answers(rng, asked, 0.7)))
        Response.objects.bulk_create(rows)
    _module_followup(knowledge, knowledge_version)
    if stdout:
        stdout.write(f"Questionnaires : {Questionnaire.objects.count()} "
                     f"(réponses anonymes : {Response.objects.count()}).")


def describe():
    email = RESEARCH_ACCOUNT[0]
    return [f"  {'Recherche':<28} {email:<36} (résultats : /recherche/resultats/)"
            "  [double authentification : code via `make otp`]",
            "Questionnaires : résultats d'une session de démonstration dans /formateur/ "
            "(formatrice) et /recherche/resultats/ (recherche, coordination) : avant, juste "
            "après et à 90 jours, et le cas de suivi du module « signaux faibles » à 30 et "
            "90 jours (questionnaire « Avant / après : santé mentale et logement »)."]
