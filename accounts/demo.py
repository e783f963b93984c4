"""Demo organisations and accounts, one per role. Every name here is fictitious."""

import base64

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.contrib.auth import get_user_model
from django.utils.text import slugify

from .models import EscalationContact, JobRole, Organisation, OrganisationEmailDomain
from .roles import Role, set_roles

DEMO_PASSWORD = "reperes-demo-2026"  # noqa: S105 (printed by `make run`, demo only)
# One shared TOTP secret for the demo staff accounts, so that `manage.py demo_otp` can print
# the current code. Never use a known secret outside the demo.
DEMO_TOTP_SECRET = base64.b32encode(b"reperes-demo-totp-key").decode()

# The twelve social landlords of the 2017 convention (see shared/seeds).
LANDLORDS = [
    "Adoma", "Batigere", "Domaxis", "Efidis", "Elogie Siemp", "France Habitation",
    "Habitat Social Français", "I3F", "Logis Transports", "Paris Habitat",
    "La Résidence Immobilière de la Ville de Paris", "Résidence Le Logement des Fonctionnaires",
]
CARE_TEAMS = [
    "Équipe dédiée bailleurs sociaux / psychiatrie – Paris 13e",
    "Équipe dédiée bailleurs sociaux / psychiatrie – Paris 20e",
]
PUBLIC_BODIES = ["Ville de Paris"]

ESCALATION = [
    ("Gardien·ne principal·e ou responsable de site", "Gestion de proximité", "01 99 00 10 {n:02d}",
     "En premier, pour toute situation qui vous inquiète dans la résidence."),
    ("Responsable de secteur", "Agence de gestion locative", "01 99 00 20 {n:02d}",
     "Si la situation dure, se répète ou dépasse votre rôle."),
    ("Chargé·e de mission sociale", "Service social du bailleur", "01 99 00 30 {n:02d}",
     "Pour décider d'un signalement à l'équipe dédiée."),
]

# (email, first name, last name, organisation, job role, roles, needs TOTP)
ACCOUNTS = [
    ("coordination@reperes.example", "Claude", "Exemple", "Ville de Paris", JobRole.OTHER,
     [Role.COORDINATOR, Role.LEARNER], True),
    ("redaction@reperes.example", "Dominique", "Démo", "Ville de Paris", JobRole.OTHER,
     [Role.EDITOR, Role.LEARNER], True),
    ("relecture@equipe20.example", "Camille", "Relectrice", CARE_TEAMS[1], JobRole.OTHER,
     [Role.REVIEWER, Role.LEARNER], True),
    ("formatrice@equipe20.example", "Sacha", "Fictif", CARE_TEAMS[1], JobRole.OTHER,
     [Role.TRAINER, Role.LEARNER], True),
    ("rh@paris-habitat.example", "Morgane", "Essai", "Paris Habitat", JobRole.MANAGER,
     [Role.HR, Role.LEARNER], True),
    ("rh@elogie-siemp.example", "Yannick", "Modèle", "Elogie Siemp", JobRole.MANAGER,
     [Role.HR, Role.LEARNER], True),
    ("encadrant@paris-habitat.example", "Jordan", "Fictif", "Paris Habitat", JobRole.MANAGER,
     [Role.MANAGER, Role.LEARNER], True),
    ("gardien@paris-habitat.example", "Karim", "Exemple", "Paris Habitat", JobRole.CARETAKER,
     [Role.LEARNER], False),
    ("mediatrice@paris-habitat.example", "Inès", "Démo", "Paris Habitat", JobRole.MEDIATOR,
     [Role.LEARNER], False),
    ("gardienne@elogie-siemp.example", "Françoise", "Fictive", "Elogie Siemp", JobRole.CARETAKER,
     [Role.LEARNER], False),
]

# The team leader's team (their manager set once: HR may change it afterwards).
TEAMS = {
    "encadrant@paris-habitat.example": ["gardien@paris-habitat.example",
                                        "mediatrice@paris-habitat.example"],
}


def signup_code_for(name):
    letters = "".join(ch for ch in slugify(name).upper() if ch.isalnum())
    return (letters[:8] + "26").replace("O", "Q").replace("I", "J").replace("0", "Q").replace("1", "J")


def load(stdout=None):
    organisations = {}
    for index, name in enumerate(LANDLORDS, start=1):
        org, created = Organisation.objects.get_or_create(
            name=name,
            defaults={"slug": slugify(name)[:100], "kind": Organisation.Kind.LANDLORD,
                      "signup_code": signup_code_for(name)},
        )
        if created:
            OrganisationEmailDomain.objects.create(organisation=org,
                                                   domain=f"{slugify(name)}.example")
            for order, (role, service, phone, when) in enumerate(ESCALATION):
                EscalationContact.objects.create(
                    organisation=org, sort_order=order, role=role, service=service,
                    phone=phone.format(n=index), when=when,
                )
        organisations[name] = org
    for name in CARE_TEAMS:
        organisations[name], _ = Organisation.objects.get_or_create(
            name=name, defaults={"slug": slugify(name)[:100], "kind": Organisation.Kind.CARE_TEAM})
    for name in PUBLIC_BODIES:
        organisations[name], _ = Organisation.objects.get_or_create(
            name=name, defaults={"slug": slugify(name)[:100], "kind": Organisation.Kind.PUBLIC_BODY})

    User = get_user_model()
    for email, first, last, org_name, job_role, roles, needs_totp in ACCOUNTS:
        user, created = User.objects.get_or_create(
            email=email,
            defaults={"first_name": first, "last_name": last, "job_role": job_role,
                      "organisation": organisations[org_name], "site": "Paris 20e"},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        set_roles(user, roles)
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True})
        if needs_totp and not Authenticator.objects.filter(
                user=user, type=Authenticator.Type.TOTP).exists():
            TOTP.activate(user, DEMO_TOTP_SECRET)
    for manager_email, members in TEAMS.items():
        manager = User.objects.get(email=manager_email)
        User.objects.filter(email__in=members, organisation=manager.organisation,
                            manager__isnull=True).update(manager=manager)
    return organisations


def describe():
    """Lines printed by `make run` so that a newcomer can log in at once."""
    lines = [f"Mot de passe de tous les comptes de démonstration : {DEMO_PASSWORD}"]
    for email, first, last, org_name, _job, roles, needs_totp in ACCOUNTS:
        role_names = ", ".join(str(Role(r).label) for r in roles if r != Role.LEARNER) or str(
            Role.LEARNER.label)
        mfa = "  [double authentification : code via `make otp`]" if needs_totp else ""
        lines.append(f"  {role_names:<28} {email:<36} ({first} {last}, {org_name}){mfa}")
    for manager_email, members in TEAMS.items():
        lines.append(f"  Équipe encadrée par {manager_email} : {', '.join(members)} (voir /espace-rh/mon-equipe/)")
    paris = Organisation.objects.filter(name="Paris Habitat").first()
    if paris and paris.signup_code:
        lines.append(f"Code d'inscription de démonstration (Paris Habitat) : {paris.signup_code}")
    return lines
