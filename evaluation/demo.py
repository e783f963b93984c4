"""A research account and two past demo sessions with fictional anonymous answers to the
questionnaires of content/evaluation/ (loaded before, by load_content through core.demo): one
above the threshold, one below. Creates what is missing only."""

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
from scheduling.models import AwarenessSession, TimeSlot
from scheduling.services import update_span

from . import services
from .models import Moment, Questionnaire, Response, SubjectKind

RESEARCH_ACCOUNT = ("recherche@reperes.example", "Inès", "Exemple")
KNOWLEDGE_SLUG, SATISFACTION_SLUG = "avant-apres-sante-mentale", "satisfaction-session"
# (title, days ago, people present, answers before/after/satisfaction)
SESSIONS = [
    ("Démonstration — Souffrance psychique et voisinage (résultats)", 20, 12, (12, 11, 11)),
    ("Démonstration — Petite session (moins de 5 réponses)", 27, 8, (3, 3, 3)),
]


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
    for title, days_ago, present, (n_before, n_after, n_satisfaction) in SESSIONS:
        session = _session(title, days_ago, present, trainer)
        if Response.objects.filter(subject_kind=SubjectKind.SESSION,
                                   subject_id=session.pk).exists():
            continue
        week = services.week_of(session.starts_at.date())
        large = n_before >= services.threshold()
        rows = []
        for index in range(max(n_before, n_after)):
            code = services.pair_code_hash(knowledge.pk, "ABCDEFGHIJKLMN"[index], index + 1,
                                           "PA")
            common = {"subject_kind": SubjectKind.SESSION, "subject_id": session.pk,
                      "organisation": organisation if large and index < 7 else None,
                      "job_role": JobRole.CARETAKER if large and index < 8 else ""}
            gain = rng.uniform(0.15, 0.5)
            base = rng.uniform(0.0, 0.4)
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
        for index in range(n_satisfaction):
            rows.append(Response(version=satisfaction_version, moment=Moment.SATISFACTION,
                                 subject_kind=SubjectKind.SESSION, subject_id=session.pk,
                                 organisation=organisation if large and index < 6 else None,
                                 answered_on=week,
                                 answers=_answers(rng, satisfaction_version.items, 0.7)))
        Response.objects.bulk_create(rows)
    if stdout:
        stdout.write(f"Questionnaires : {Questionnaire.objects.count()} "
                     f"(réponses anonymes : {Response.objects.count()}).")


def describe():
    email = RESEARCH_ACCOUNT[0]
    return [f"  {'Recherche':<28} {email:<36} (résultats : /recherche/resultats/)"
            "  [double authentification : code via `make otp`]",
            "Questionnaires : résultats d'une session de démonstration dans /formateur/ "
            "(formatrice) et /recherche/resultats/ (recherche, coordination)."]
