"""Business rules for accounts: who may sign up where, invitations, data export, deletion.

Views, commands and tasks call these functions; they hold no request-specific logic.
"""

import re
import uuid

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core.links import absolute_url

from . import privacy
from .emails import queue_email
from .models import (
    Invitation,
    Organisation,
    OrganisationEmailDomain,
    default_invitation_expiry,
)
from .roles import GROUP_NAMES, PROGRAMME_ROLES, Role, assigned_roles, set_roles
from .signals import invitation_accepted

INVITATION_SESSION_KEY = "reperes_invitation_token"
INVITATION_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,64}")  # what secrets.token_urlsafe gives


# --- Sign-up -------------------------------------------------------------------------------

def email_domain(email):
    return email.rsplit("@", 1)[-1].strip().lower() if "@" in email else ""


def find_invitation(token):
    """The invitation for `token`, whatever its state, or None (also for a token that cannot
    be one: a NUL byte would make PostgreSQL fail)."""
    if not token or not INVITATION_TOKEN.fullmatch(token):
        return None
    return Invitation.objects.select_related("organisation").filter(token=token).first()


def resolve_signup_organisation(email, *, signup_code="", invitation=None):
    """Decide which organisation a new account joins, or refuse the sign-up.

    Order: a usable invitation for this very email, then an organisation's sign-up code,
    then an email domain an organisation has declared.
    Returns `(organisation, invitation_or_None)`; raises ValidationError otherwise.
    """
    email = (email or "").strip().lower()
    if invitation is not None and invitation.is_usable and invitation.email.lower() == email:
        return invitation.organisation, invitation

    code = (signup_code or "").strip().upper().replace(" ", "").replace("-", "")
    if code:
        organisation = Organisation.objects.filter(signup_code__iexact=code, is_active=True).first()
        if organisation is None:
            raise ValidationError(
                _("Ce code d'inscription n'existe pas. Vérifiez-le auprès de votre service RH."),
                code="unknown_code",
            )
        return organisation, None

    domain = email_domain(email)
    declared = (
        OrganisationEmailDomain.objects.select_related("organisation")
        .filter(domain=domain, organisation__is_active=True)
        .first()
    )
    if declared:
        return declared.organisation, None

    raise ValidationError(
        _(
            "Pour créer un compte, il faut une invitation de votre employeur, le code "
            "d'inscription de votre organisation ou une adresse e-mail professionnelle d'un "
            "organisme partenaire. Demandez-les à votre service RH."
        ),
        code="no_organisation",
    )


@transaction.atomic
def complete_signup(user, *, organisation, invitation=None, job_role="", site=""):
    """Attach a freshly signed-up user to their organisation and give them their role."""
    user.organisation = organisation
    if job_role:
        user.job_role = job_role
    if site:
        user.site = site
    if invitation is not None:
        if not user.first_name and invitation.first_name:
            user.first_name = invitation.first_name
        if not user.last_name and invitation.last_name:
            user.last_name = invitation.last_name
        user.site = user.site or invitation.site
        user.employee_id = user.employee_id or invitation.employee_id
        user.start_date = user.start_date or invitation.start_date
    user.save()
    roles = {Role.LEARNER}
    if invitation is not None:
        roles.add(Role(invitation.role))
        Invitation.objects.filter(pk=invitation.pk).update(
            accepted_at=timezone.now(), accepted_by=user
        )
        invitation_accepted.send(sender=Invitation, invitation=invitation, user=user)
    set_roles(user, roles)
    return user


# --- Invitations ---------------------------------------------------------------------------

def check_invitable(email, organisation):
    """Raise ValidationError when `email` cannot be invited into `organisation`.

    Only the organisation's own staff and invitations count: whether the address has an
    account elsewhere is never told (the invitation goes to the person, who decides; see
    `existing_account`)."""
    email = email.strip().lower()
    User = get_user_model()
    if User.objects.filter(email__iexact=email, organisation=organisation,
                           deleted_at__isnull=True).exists():
        raise ValidationError(_("Cette personne a déjà un compte dans votre organisation."))
    if Invitation.objects.pending().filter(email__iexact=email, organisation=organisation).exists():
        raise ValidationError(
            _("Une invitation est déjà en attente pour cette adresse. Vous pouvez la renvoyer.")
        )


def invite(*, organisation, email, invited_by=None, first_name="", last_name="",
           job_role="", site="", employee_id="", role=Role.LEARNER, send=True):
    """Create an invitation and queue its email (unless `send` is False: the caller sends
    it later, for instance once an import's transaction has committed)."""
    check_invitable(email, organisation)
    invitation = Invitation.objects.create(
        organisation=organisation, email=email.strip().lower(), invited_by=invited_by,
        first_name=first_name, last_name=last_name, site=site, employee_id=employee_id,
        role=role, **({"job_role": job_role} if job_role else {}),
    )
    if send:
        send_invitation(invitation)
    return invitation


def existing_account(invitation):
    """The account already holding the invitation's address, or None. An invitation never
    moves an existing account to another organisation: only the coordination does that."""
    return get_user_model().objects.filter(email__iexact=invitation.email).first()


def send_invitation(invitation):
    """(Re)send the invitation email; a resent invitation gets a fresh expiry date."""
    if invitation.accepted_at or invitation.revoked_at:
        raise ValidationError(_("Cette invitation n'est plus valable."))
    invitation.expires_at = default_invitation_expiry()
    invitation.sent_at = timezone.now()
    invitation.save(update_fields=["expires_at", "sent_at"])
    queue_email(
        "accounts/emails/invitation",
        [invitation.email],
        {
            "invitation": invitation,
            "accept_url": absolute_url(invitation.get_accept_url()),
            "inviter_name": invitation.invited_by.get_full_name() if invitation.invited_by else "",
        },
    )
    return invitation


def revoke_invitation(invitation):
    if invitation.accepted_at:
        raise ValidationError(_("Cette invitation a déjà été acceptée."))
    invitation.revoked_at = timezone.now()
    invitation.save(update_fields=["revoked_at"])


def resendable_invitation(person):
    """The invitation to resend to `person`: one of their organisation, to their address,
    neither accepted nor cancelled, when they have never logged in (not signed up yet);
    otherwise None."""
    if person.last_login is not None or person.organisation_id is None or person.is_deleted:
        return None
    return (Invitation.objects.filter(organisation_id=person.organisation_id,
                                      email__iexact=person.email, accepted_at__isnull=True,
                                      revoked_at__isnull=True)
            .select_related("organisation", "invited_by").order_by("-created_at").first())


def resend_invitation_to(person):
    """Resend `person`'s invitation (send_invitation: a fresh expiry date)."""
    invitation = resendable_invitation(person)
    if invitation is None:
        raise ValidationError(_("Aucune invitation à renvoyer : cette personne s'est déjà "
                                "connectée ou n'a pas été invitée."))
    return send_invitation(invitation)


# --- A person's details and account, changed by HR -----------------------------------------
# Each change is kept in Wagtail's log of the person (ModelLogEntry, as the admin's user
# editor does): who, when, which fields. The log is erased with the account.

STAFF_DETAILS = ("job_role", "site", "employee_id", "start_date", "manager")
LOG_DETAILS = "reperes.staff.details"
LOG_DEACTIVATE = "reperes.staff.deactivate"
LOG_REACTIVATE = "reperes.staff.reactivate"


def _log(person, action, by, data=None):
    from wagtail.log_actions import log

    log(instance=person, action=action, user=by, data=data or {})


def check_manager(person, manager):
    """Raise ValidationError unless `manager` may lead `person`: an active person of the
    same organisation, never themselves."""
    if manager is None:
        return
    if manager.pk == person.pk:
        raise ValidationError(_("Une personne ne peut pas être sa propre encadrante."),
                              code="self")
    if (person.organisation_id is None or manager.organisation_id != person.organisation_id
            or not manager.is_active or manager.is_deleted):
        raise ValidationError(_("Choisissez une personne active de la même organisation."),
                              code="organisation")


def _stored(value):
    """A value as the log keeps it (a person by their id, a date as ISO text)."""
    if hasattr(value, "pk"):
        return value.pk
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


@transaction.atomic
def update_staff_details(person, *, by, leads_team=None, **values):
    """Change `person`'s job role, site, employee number, start date or manager (only the
    values given), and give or take the team leader's role when `leads_team` is a bool.

    Raises ValidationError {field: message} for a manager who may not lead them. Returns the
    names of what changed (empty: nothing to save, nothing logged)."""
    unknown = set(values) - set(STAFF_DETAILS)
    if unknown:
        raise TypeError(f"Not a staff detail: {sorted(unknown)}")
    if "manager" in values:
        try:
            check_manager(person, values["manager"])
        except ValidationError as error:
            raise ValidationError({"manager": error.messages}) from error
    before, after = {}, {}
    for name, value in values.items():
        if name in ("site", "employee_id"):
            value = (value or "").strip()
        current = person.manager_id if name == "manager" else getattr(person, name)
        if _stored(value) != _stored(current):
            before[name], after[name] = _stored(current), _stored(value)
            setattr(person, name, value)
    if before:
        person.save(update_fields=list(before))
    if leads_team is not None and leads_team != (Role.MANAGER in assigned_roles(person)):
        before["leads_team"], after["leads_team"] = not leads_team, leads_team
        (grant_role if leads_team else withdraw_role)(person, Role.MANAGER)
    if before:
        _log(person, LOG_DETAILS, by, {"fields": list(before), "before": before,
                                       "after": after})
    return list(before)


def grant_role(user, role):
    from django.contrib.auth.models import Group

    user.groups.add(Group.objects.get(name=GROUP_NAMES[Role(role)]))
    user._reperes_roles = user._reperes_assigned_roles = None


def withdraw_role(user, role):
    user.groups.remove(*user.groups.filter(name=GROUP_NAMES[Role(role)]))
    user._reperes_roles = user._reperes_assigned_roles = None


def is_programme_account(person):
    """An account the coordination manages (HR, trainers, editors, clinical reviewers, the
    coordination, staff of the Django admin): an import never changes it, HR never
    deactivate it."""
    return bool(person.is_superuser or person.is_staff
                or assigned_roles(person) & PROGRAMME_ROLES)


def check_account_change(person, *, by):
    """Raise ValidationError when `by` may not deactivate or reactivate `person`."""
    from .access import is_coordinator

    if person.pk == by.pk:
        raise ValidationError(_("Vous ne pouvez pas désactiver ou réactiver votre propre "
                                "compte."))
    if person.is_deleted:
        raise ValidationError(_("Ce compte a été supprimé."))
    if person.is_superuser and not by.is_superuser:
        raise ValidationError(_("Ce compte d'administration ne peut être changé que par un "
                                "administrateur."))
    if is_programme_account(person) and not is_coordinator(by):
        raise ValidationError(_("Ce compte est géré par la coordination du programme : "
                                "demandez-lui de le désactiver ou de le réactiver."))


@transaction.atomic
def deactivate(person, *, by):
    """The person can no longer log in (their open sessions end: Django refuses inactive
    accounts); their training record, sessions and certificates are kept. Returns False
    when the account was already inactive."""
    check_account_change(person, by=by)
    if not person.is_active:
        return False
    person.is_active = False
    person.save(update_fields=["is_active"])
    _log(person, LOG_DEACTIVATE, by)
    return True


@transaction.atomic
def reactivate(person, *, by):
    """The person may log in again, and finds everything as they left it. Returns False when
    the account was already active."""
    check_account_change(person, by=by)
    if person.is_active:
        return False
    person.is_active = True
    person.save(update_fields=["is_active"])
    _log(person, LOG_REACTIVATE, by)
    return True


def account_history(person, limit=10):
    """The last changes to `person`'s account (this module's and the admin's), newest
    first, with who made them."""
    from wagtail.models import ModelLogEntry

    return list(ModelLogEntry.objects.for_instance(person).select_related("user")
                .order_by("-timestamp", "-pk")[:limit])


def _erase_history(user):
    """Wagtail's log of the account keeps the person's name and old details: erased too."""
    from wagtail.models import ModelLogEntry

    ModelLogEntry.objects.for_instance(user).delete()


# --- A walk-in's address, entered by HR -------------------------------------------------
# A trainer may add to a session someone who came without an email address: their account
# holds a placeholder that names nobody and is flagged `email_to_complete`
# (scheduling.services.add_walk_in). Their organisation's HR enter the real address; the
# person then activates the account by logging in with a code sent to it.

LOG_EMAIL_COMPLETED = "reperes.staff.email_completed"


def complete_email(person, email, *, by):
    """Give `person` (an account flagged `email_to_complete`) their real address, clear the
    flag and email them how to activate the account. Raises ValidationError ({"email": …}
    for an address that cannot be theirs). Logged in Wagtail's log of the person."""
    from django.db import IntegrityError
    from django.urls import reverse
    from wagtail.log_actions import log

    from .emails import deliverable

    email = (email or "").strip().lower()
    if not person.email_to_complete or person.is_deleted:
        raise ValidationError(_("L'adresse de ce compte est déjà renseignée."))
    if not deliverable(email):
        raise ValidationError({"email": _("Saisissez l'adresse e-mail de la personne.")})
    if get_user_model().objects.filter(email__iexact=email).exclude(pk=person.pk).exists():
        raise ValidationError({"email": _(
            "Cette adresse est déjà celle d'un autre compte Repères. Vérifiez-la ; si c'est "
            "bien celle de cette personne, écrivez à la coordination du programme.")})
    try:
        with transaction.atomic():
            person.email = email
            person.email_to_complete = False
            person.save(update_fields=["email", "email_to_complete"])
            EmailAddress.objects.filter(user=person).delete()
            EmailAddress.objects.create(user=person, email=email, primary=True, verified=False)
            log(instance=person, action=LOG_EMAIL_COMPLETED, user=by,
                data={"fields": ["email"]})
            context = {
                "person": person,
                "organisation": person.organisation.name if person.organisation_id else "",
                "login_code_url": absolute_url(reverse("account_request_login_code")),
                "home_url": absolute_url(reverse("accounts:dashboard")),
            }
            transaction.on_commit(lambda: queue_email("accounts/emails/email_completed",
                                                      [email], context))
    except IntegrityError:  # taken at this very moment
        person.refresh_from_db()
        raise ValidationError({"email": _("Cette adresse est déjà celle d'un autre compte "
                                          "Repères.")}) from None
    return person


# --- Personal data -------------------------------------------------------------------------

def export_profile(user):
    return {
        "email": user.email,
        "prenom": user.first_name,
        "nom": user.last_name,
        "metier": user.get_job_role_display(),
        "organisation": user.organisation.name if user.organisation_id else None,
        "site": user.site,
        "matricule": user.employee_id,
        "date_arrivee": user.start_date.isoformat() if user.start_date else None,
        "encadrant": user.manager.get_full_name() if user.manager_id else None,
        "date_inscription": user.date_joined.isoformat(),
        "derniere_connexion": user.last_login.isoformat() if user.last_login else None,
        "roles": sorted(str(g) for g in user.groups.values_list("name", flat=True)),
        "adresses_email": list(
            EmailAddress.objects.filter(user=user).values("email", "verified", "primary")
        ),
        "double_authentification": list(
            user.authenticator_set.values_list("type", flat=True)
        ),
        "historique_du_compte": [
            {"date": entry.timestamp.isoformat(), "action": entry.action,
             "champs": (entry.data or {}).get("fields", [])}
            for entry in account_history(user, limit=None)],
    }


def export_user_data(user):
    """Everything Repères holds about `user`, as a JSON-serialisable dict."""
    return {
        "format": "reperes-export-1",
        "exporte_le": timezone.now().isoformat(),
        "profil": export_profile(user),
        **privacy.export(user),
    }


@transaction.atomic
def delete_account(user):
    """Erase the person, keep the anonymous row so that statistics stay intact.

    Apps erase what they hold through the personal-data hook (accounts.privacy); issued certificates keep
    their own snapshot of the name so that they stay verifiable.
    """
    privacy.erase(user)
    _erase_history(user)
    email = user.email
    Invitation.objects.filter(email__iexact=email).update(
        email=f"supprime-{uuid.uuid4().hex[:12]}@invalid", first_name="", last_name=""
    )
    EmailAddress.objects.filter(user=user).delete()
    user.authenticator_set.all().delete()
    user.email = f"supprime-{uuid.uuid4().hex}@invalid"
    user.first_name = ""
    user.last_name = ""
    user.site = ""
    user.employee_id = ""
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.deleted_at = timezone.now()
    user.set_unusable_password()
    user.save()
    user.groups.clear()
    user.user_permissions.clear()
    # The new unusable password changes the session hash: every open session ends.
    return user
