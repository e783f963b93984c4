"""Roles are Django groups. This module names them and answers "what is this user?"."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    LEARNER = "learner", _("Apprenant·e")
    TRAINER = "trainer", _("Formateur·rice")
    HR = "hr", _("RH / responsable formation")
    COORDINATOR = "coordinator", _("Coordination du programme")
    EDITOR = "editor", _("Rédaction")
    REVIEWER = "reviewer", _("Relecture clinique")
    RESEARCH = "research", _("Recherche")
    MANAGER = "manager", _("Encadrant·e")


# The group that carries each role. Group names are data: keep them stable.
GROUP_NAMES = {
    Role.LEARNER: "Apprenants",
    Role.TRAINER: "Formateurs",
    Role.HR: "RH",
    Role.COORDINATOR: "Coordination",
    Role.EDITOR: "Rédaction",
    Role.REVIEWER: "Relecture clinique",
    Role.RESEARCH: "Recherche",
    Role.MANAGER: "Encadrants",
}
ROLE_BY_GROUP = {name: role for role, name in GROUP_NAMES.items()}

# Staff roles must set up two-factor authentication before reaching their spaces. A team
# leader sees colleagues' training records, as HR do: the same rule.
MFA_REQUIRED_ROLES = frozenset({Role.TRAINER, Role.HR, Role.COORDINATOR, Role.EDITOR,
                                Role.REVIEWER, Role.MANAGER, Role.RESEARCH})

# The accounts the programme manages, not the landlords' HR: an import never changes them
# and HR never deactivate them (a team leader is the landlord's own staff: not one of them).
PROGRAMME_ROLES = frozenset({Role.HR, Role.TRAINER, Role.COORDINATOR, Role.EDITOR,
                             Role.REVIEWER})

# Roles allowed into the Wagtail admin (research: to approve questionnaires).
ADMIN_ROLES = frozenset({Role.TRAINER, Role.COORDINATOR, Role.EDITOR, Role.REVIEWER,
                         Role.RESEARCH})


def assigned_roles(user):
    """The roles given to a user (their groups; a superuser coordinates), cached on the
    instance for the request."""
    if not user or not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_reperes_assigned_roles", None)
    if cached is None:
        names = user.groups.values_list("name", flat=True)
        cached = frozenset(ROLE_BY_GROUP[n] for n in names if n in ROLE_BY_GROUP)
        if user.is_superuser:
            cached = cached | {Role.COORDINATOR}
        user._reperes_assigned_roles = cached
    return cached


def has_second_factor(user):
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def roles_of(user):
    """The roles a user acts with. A staff role counts only once the person has set up their
    second factor: until then they act as a learner everywhere (their own training and
    certificates), whatever the URL, and RequireMFAMiddleware sends them to set it up."""
    cached = getattr(user, "_reperes_roles", None)
    if cached is None:
        cached = assigned_roles(user)
        if cached & MFA_REQUIRED_ROLES and not has_second_factor(user):
            cached = cached - MFA_REQUIRED_ROLES
        if user is not None and user.is_authenticated:
            user._reperes_roles = cached
    return cached


def has_role(user, *roles):
    return bool(roles_of(user) & set(roles))


def requires_mfa(user):
    return bool(assigned_roles(user) & MFA_REQUIRED_ROLES)


def waits_for_second_factor(user):
    """A staff role is given, but the second factor is not set up yet."""
    return bool(assigned_roles(user) - roles_of(user))


def set_roles(user, roles):
    """Make `roles` exactly the user's roles (groups are created on migrate)."""
    from django.contrib.auth.models import Group

    wanted = {GROUP_NAMES[Role(r)] for r in roles}
    current = set(user.groups.filter(name__in=GROUP_NAMES.values()).values_list("name", flat=True))
    if remove := current - wanted:
        user.groups.remove(*Group.objects.filter(name__in=remove))
    if add := wanted - current:
        user.groups.add(*Group.objects.filter(name__in=add))
    user._reperes_roles = user._reperes_assigned_roles = None
