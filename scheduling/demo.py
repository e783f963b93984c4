"""Demo awareness sessions in the 13th and 20th arrondissements, past and upcoming, with
registrations and attendance. Dates are set relative to the day of the first load; places,
people and phone numbers are fictitious. Creates what is missing only."""

from contextlib import suppress
from datetime import datetime, time, timedelta

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone

from accounts.demo import DEMO_PASSWORD
from accounts.models import JobRole, Organisation
from accounts.roles import Role, set_roles
from courses.models import ModulePage

from . import services
from .models import Attendance, AwarenessSession, Registration, TimeSlot

TEAM_13 = "Équipe dédiée bailleurs sociaux / psychiatrie – Paris 13e"
TEAM_20 = "Équipe dédiée bailleurs sociaux / psychiatrie – Paris 20e"

# Extra fictitious staff so that sessions have people in them (email, first, last, org, job).
STAFF = [
    ("gardien2@paris-habitat.example", "Lucas", "Exemple", "Paris Habitat", JobRole.CARETAKER),
    ("gardienne3@paris-habitat.example", "Nadia", "Fictive", "Paris Habitat", JobRole.CARETAKER),
    ("conseiller@paris-habitat.example", "Hugo", "Démo", "Paris Habitat",
     JobRole.SOCIAL_ADVISER),
    ("gardien4@paris-habitat.example", "Mamadou", "Essai", "Paris Habitat", JobRole.CARETAKER),
    ("gardien2@elogie-siemp.example", "Paul", "Modèle", "Elogie Siemp", JobRole.CARETAKER),
    ("mediateur@elogie-siemp.example", "Sofia", "Exemple", "Elogie Siemp", JobRole.MEDIATOR),
    ("gardienne@i3f.example", "Aïcha", "Démo", "I3F", JobRole.CARETAKER),
    ("gardien@rivp.example", "Thomas", "Fictif", "La Résidence Immobilière de la Ville de Paris",
     JobRole.CARETAKER),
]
TRAINER_13 = ("formateur@equipe13.example", "Camille", "Témoin", TEAM_13)

PLACE_13 = {
    "place_name": "Salle de réunion de l'agence (exemple)",
    "address": "12 rue de l'Exemple, 75013 Paris",
    "room": "Salle 2, rez-de-chaussée",
    "access_notes": ("Métro ligne 7, station de l'exemple. Entrée par la cour, accessible en "
                     "fauteuil roulant. Adresse fictive de démonstration."),
}
PLACE_20 = {
    "place_name": "Local associatif de la résidence (exemple)",
    "address": "48 avenue Fictive, 75020 Paris",
    "room": "Grande salle",
    "access_notes": ("Bus 26, arrêt de l'exemple. Sonner à l'interphone « Réunion ». Adresse "
                     "fictive de démonstration."),
}

# (key title, days from today, slots as (start, end) times, place, team, capacity, details)
SESSIONS = [
    {
        "title": "Repérer la souffrance psychique dans le logement",
        "topic": "Signaux faibles, incurie, encombrement : observer sans juger et alerter",
        "description": (
            "Une matinée pour partir de vos situations : le logement qui se dégrade, le "
            "locataire qu'on ne voit plus, les odeurs ou le courrier qui s'entasse. Avec "
            "l'équipe de psychiatrie du secteur, nous verrons ce qui peut inquiéter, ce que "
            "vous pouvez dire, et à qui transmettre : votre encadrement, l'équipe dédiée, le "
            "CMP ou les services sociaux. Venez avec une situation vécue (sans nom de "
            "locataire)."),
        "days": -21, "slots": [(time(9, 30), time(12, 30))], "place": PLACE_13,
        "team": TEAM_13, "capacity": 12, "module": "signaux-faibles-logement",
        "close": True,
    },
    {
        "title": "Agressivité et conflits de voisinage : se protéger, apaiser, orienter",
        "topic": "Garder la bonne distance face à un locataire agressif ou en crise",
        "description": (
            "Deux demi-journées pour comprendre ce qui se joue dans l'agressivité, repérer "
            "les signes qui précèdent la crise, se mettre en sécurité et savoir quand appeler "
            "le 17 ou le 15. Mises en situation à partir de cas rencontrés dans les loges."),
        "days": -45, "slots": [(time(9, 30), time(12, 30)), (time(14, 0), time(16, 30))],
        "place": PLACE_20, "team": TEAM_20, "capacity": 14, "module": "agressivite-loge",
        "close": True,
    },
    {
        "title": "Session du jour : le locataire confus ou qui entend des voix",
        "topic": "Reconnaître un trouble psychique sans poser de diagnostic",
        "description": (
            "Comment parler à une personne qui semble confuse, méfiante ou qui entend des "
            "voix ; ce qui relève de l'urgence ; comment transmettre à l'équipe dédiée."),
        "days": 0, "now": True, "place": PLACE_20, "team": TEAM_20, "capacity": 12,
        "module": "locataire-confus",
    },
    {
        "title": "Parler du suicide sans crainte : repérer et orienter vers le 3114",
        "topic": "Risque suicidaire : oser poser la question, savoir qui appeler",
        "description": (
            "En visioconférence, 2 heures. Parler du suicide ne pousse pas à l'acte : cela "
            "soulage souvent. Nous verrons les mots pour le demander, les signes d'urgence, "
            "le 3114 (numéro national de prévention du suicide, 24 h/24) et le 15."),
        "days": 1, "slots": [(time(14, 0), time(16, 0))],
        "place": {"video_url": "https://visio.example.org/reperes-3114"},
        "team": TEAM_13, "capacity": 20, "module": "risque-suicidaire",
    },
    {
        "title": "Repérer la souffrance psychique dans le logement",
        "topic": "Signaux faibles, incurie, encombrement : observer sans juger et alerter",
        "description": (
            "La même matinée que la précédente, pour celles et ceux qui n'ont pas pu venir. "
            "Le module en ligne « les signaux faibles » est à terminer avant."),
        "days": 10, "slots": [(time(9, 30), time(12, 30))], "place": PLACE_13,
        "team": TEAM_13, "capacity": 4, "module": "signaux-faibles-logement",
        "prerequisite": False, "key": "repérer-2",
    },
    {
        "title": "Signaler une situation à l'équipe dédiée : ce qui se passe ensuite",
        "topic": "La fiche de signalement, le consentement, le retour vers le bailleur",
        "description": (
            "Ce que l'équipe dédiée fait d'un signalement, combien de temps cela prend, ce "
            "qu'elle peut et ne peut pas vous dire, et comment rester en lien avec le "
            "locataire pendant ce temps."),
        "days": 24, "slots": [(time(14, 0), time(17, 0))], "place": PLACE_20,
        "team": TEAM_20, "capacity": 15, "module": "signaler-equipe-dediee",
    },
    {
        "title": "Prendre soin de soi quand les situations pèsent",
        "topic": "Épuisement, colère, impuissance : en parler et se faire aider",
        "description": (
            "Deux matinées pour les gardien·nes, médiateur·rices et conseiller·ères sociaux : "
            "reconnaître l'usure, partager entre pairs, connaître les appuis (encadrement, "
            "médecine du travail, soutien psychologique)."),
        "days": 35, "slots": [(time(9, 30), time(12, 0))], "second_day": 7,
        "place": PLACE_13, "team": TEAM_13, "capacity": 10,
    },
]


def _people(organisations):
    User = get_user_model()
    people = []
    for email, first, last, org_name, job_role in STAFF:
        person, created = User.objects.get_or_create(
            email=email, defaults={"first_name": first, "last_name": last, "job_role": job_role,
                                   "organisation": organisations[org_name],
                                   "site": "Paris 13e" if "13" in email else "Paris 20e"})
        if created:
            person.set_password(DEMO_PASSWORD)
            person.save()
            set_roles(person, [Role.LEARNER])
            EmailAddress.objects.update_or_create(user=person, email=email,
                                                  defaults={"verified": True, "primary": True})
        people.append(person)
    return people


def _trainer_13(organisations):
    email, first, last, org_name = TRAINER_13
    trainer, created = get_user_model().objects.get_or_create(
        email=email, defaults={"first_name": first, "last_name": last,
                               "organisation": organisations[org_name]})
    if created:
        trainer.set_unusable_password()
        trainer.save()
        set_roles(trainer, [Role.TRAINER])
    return trainer


def _at(day, moment):
    return timezone.make_aware(datetime.combine(day, moment))


def _create(spec, trainers, today):
    day = today + timedelta(days=spec["days"])
    session = AwarenessSession(
        title=spec["title"], topic=spec["topic"], description=spec["description"],
        capacity=spec["capacity"], **spec["place"])
    module = ModulePage.objects.filter(slug=spec.get("module", "")).first()
    if module:
        session.module = module
        session.prerequisite_required = spec.get("prerequisite", False)
    session.save()
    if spec.get("now"):
        now = timezone.localtime()
        start = now.replace(minute=0, second=0, microsecond=0) - timedelta(hours=1)
        slots = [(start, start + timedelta(hours=3))]
    else:
        slots = [(_at(day, start), _at(day, end)) for start, end in spec["slots"]]
        if spec.get("second_day"):
            other = day + timedelta(days=spec["second_day"])
            slots += [(_at(other, start), _at(other, end)) for start, end in spec["slots"]]
    for order, (start, end) in enumerate(slots):
        TimeSlot.objects.create(session=session, starts_at=start, ends_at=end, sort_order=order)
    session.trainers.set(trainers[spec["team"]])
    session.save()  # parental many-to-many: written on save
    services.update_span(session)
    if spec["days"] > 2:
        session.registration_deadline = session.starts_at - timedelta(days=2)
        session.save(update_fields=["registration_deadline"])
    return session


def _seat(session, person, status=Registration.Status.REGISTERED, minutes_ago=0):
    """Registrations made 'earlier', without emails (the demo sends none)."""
    registration, _ = Registration.objects.get_or_create(
        session=session, user=person,
        defaults={"status": status,
                  "waiting_since": (timezone.now() - timedelta(minutes=minutes_ago)
                                    if status == Registration.Status.WAITING else None)})
    return registration


def load(stdout=None):
    User = get_user_model()
    organisations = {o.name: o for o in Organisation.objects.all()}
    if TEAM_13 not in organisations or TEAM_20 not in organisations:
        return
    staff = _people(organisations)
    demo_trainer = User.objects.filter(email="formatrice@equipe20.example").first()
    trainers = {TEAM_13: [_trainer_13(organisations)], TEAM_20: [demo_trainer]}
    trainers[TEAM_13].append(demo_trainer)  # the demo trainer also runs the 13th's sessions
    learners = {u.email: u for u in User.objects.filter(email__in=[
        "gardien@paris-habitat.example", "mediatrice@paris-habitat.example",
        "gardienne@elogie-siemp.example"])}
    everyone = [*learners.values(), *staff]
    today = timezone.localdate()

    for spec in SESSIONS:
        if AwarenessSession.objects.filter(title=spec["title"],
                                           description=spec["description"]).exists():
            continue
        session = _create(spec, trainers, today)
        slots = list(session.slots.all())
        if spec["days"] < 0:  # past: everyone came to the first slot, some missed others
            for index, person in enumerate(everyone[:9]):
                registration = _seat(session, person)
                for number, slot in enumerate(slots):
                    status = (Attendance.Status.ABSENT if index == 8 else
                              Attendance.Status.EXCUSED if (index == 7 and number) else
                              Attendance.Status.PRESENT)
                    services.mark(registration, slot, status, by=demo_trainer)
            if spec.get("close"):
                services.close_session(session, by=demo_trainer)
        elif spec.get("now"):
            for person in everyone[:7]:
                _seat(session, person)
            services.mark(session.registrations.get(user=everyone[1]), slots[0],
                          Attendance.Status.PRESENT, by=demo_trainer)
            # Someone who came without an email address: Paris Habitat's HR complete it.
            landlord = organisations.get("Paris Habitat")
            # (Refused when the slot is not today's: the demo loaded around midnight.)
            if landlord is not None and demo_trainer is not None:
                with suppress(ValidationError):
                    services.add_walk_in(session, slots[0], first_name="Rachid",
                                         last_name="Benali", organisation=landlord,
                                         job_role=JobRole.CARETAKER, by=demo_trainer)
        elif spec["capacity"] <= 4:  # full, with a waiting list
            for person in staff[:4]:
                _seat(session, person)
            _seat(session, learners["mediatrice@paris-habitat.example"],
                  Registration.Status.WAITING, minutes_ago=60)
            _seat(session, staff[4], Registration.Status.WAITING, minutes_ago=30)
        else:
            for person in everyone[1:5]:
                _seat(session, person)
    if stdout:
        stdout.write(f"Sessions : {AwarenessSession.objects.count()} "
                     f"(inscriptions : {Registration.objects.count()}).")


def describe():
    return ["Sessions : la formatrice de démonstration anime la « session du jour » "
            "(/formateur/) ; le gardien de Paris Habitat voit les sessions à venir (/sessions/)."]
