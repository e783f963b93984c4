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
from .roles import Role, set_roles

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
    user.save()
    roles = {Role.LEARNER}
    if invitation is not None:
        roles.add(Role(invitation.role))
        Invitation.objects.filter(pk=invitation.pk).update(
            accepted_at=timezone.now(), accepted_by=user
        )
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
        "date_inscription": user.date_joined.isoformat(),
        "derniere_connexion": user.last_login.isoformat() if user.last_login else None,
        "roles": sorted(str(g) for g in user.groups.values_list("name", flat=True)),
        "adresses_email": list(
            EmailAddress.objects.filter(user=user).values("email", "verified", "primary")
        ),
        "double_authentification": list(
            user.authenticator_set.values_list("type", flat=True)
        ),
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
