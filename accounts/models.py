import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.search import index

from .roles import Role


class JobRole(models.TextChoices):
    CARETAKER = "gardien", _("Gardien·ne d'immeuble")
    MEDIATOR = "mediateur", _("Médiateur·rice")
    SOCIAL_ADVISER = "conseiller_social", _("Conseiller·ère social·e")
    MANAGER = "encadrant", _("Gestionnaire / encadrant·e")
    OTHER = "autre", _("Autre")


def generate_signup_code():
    """A short code HR can read aloud: 10 characters without look-alikes."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(10))


class Organisation(index.Indexed, ClusterableModel):
    class Kind(models.TextChoices):
        LANDLORD = "landlord", _("Bailleur social")
        CARE_TEAM = "care_team", _("Équipe de soins")
        PUBLIC_BODY = "public_body", _("Organisme public")

    name = models.CharField(_("nom"), max_length=200, unique=True)
    slug = models.SlugField(_("identifiant"), max_length=100, unique=True)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices, default=Kind.LANDLORD)
    signup_code = models.CharField(
        _("code d'inscription"),
        max_length=32,
        unique=True,
        blank=True,
        null=True,
        help_text=_("Code que le personnel saisit pour créer son compte sans invitation. "
                    "Laisser vide pour n'accepter que les invitations et les domaines."),
    )
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_active = models.BooleanField(_("active"), default=True)
    hr_can_see_scores = models.BooleanField(
        _("les RH voient les scores aux quiz"), default=False,
        help_text=_("Par défaut, les RH voient seulement si un quiz est réussi ou non. "
                    "Jamais les réponses elles-mêmes."),
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("slug"), FieldPanel("kind"), FieldPanel("logo")],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [FieldPanel("signup_code"), InlinePanel("email_domains", label=_("Domaine e-mail"))],
            heading=_("Inscription du personnel"),
        ),
        InlinePanel("escalation_contacts", label=_("Contact d'alerte interne"),
                    heading=_("Chaîne d'alerte interne")),
        FieldPanel("hr_can_see_scores"),
        FieldPanel("is_active"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name


class OrganisationEmailDomain(models.Model):
    """An email domain whose owners may sign up into the organisation without invitation."""

    organisation = ParentalKey(Organisation, on_delete=models.CASCADE, related_name="email_domains")
    domain = models.CharField(_("domaine"), max_length=253, unique=True,
                              help_text=_("Par exemple : bailleur-exemple.fr"))

    class Meta:
        verbose_name = _("domaine e-mail")
        verbose_name_plural = _("domaines e-mail")

    def __str__(self):
        return self.domain

    def clean(self):
        self.domain = self.domain.strip().lower().lstrip("@")
        if "." not in self.domain or " " in self.domain or "@" in self.domain:
            raise ValidationError({"domain": _("Saisissez un domaine comme « bailleur.fr ».")})


class EscalationContact(models.Model):
    """Whom staff call first inside their organisation, in order."""

    organisation = ParentalKey(
        Organisation, on_delete=models.CASCADE, related_name="escalation_contacts"
    )
    sort_order = models.PositiveIntegerField(default=0, editable=False)
    role = models.CharField(_("fonction"), max_length=120,
                            help_text=_("Par exemple : responsable de secteur"))
    service = models.CharField(_("service"), max_length=200, blank=True)
    phone = models.CharField(_("téléphone"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    when = models.CharField(_("quand appeler"), max_length=300, blank=True)

    panels = [FieldPanel("role"), FieldPanel("service"), FieldPanel("phone"),
              FieldPanel("email"), FieldPanel("when")]

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("contact d'alerte interne")
        verbose_name_plural = _("chaîne d'alerte interne")

    def __str__(self):
        return self.role


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, email):
        return self.get(email__iexact=email)


class User(AbstractUser):
    """A person who uses Repères; logs in with their email address."""

    username = None
    email = models.EmailField(_("adresse e-mail"), max_length=254, unique=True)
    first_name = models.CharField(_("prénom"), max_length=150)
    last_name = models.CharField(_("nom"), max_length=150)
    job_role = models.CharField(
        _("métier"), max_length=30, choices=JobRole.choices, default=JobRole.OTHER
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="members",
    )
    site = models.CharField(
        _("site ou agence"), max_length=200, blank=True,
        help_text=_("Votre agence, secteur ou résidence de rattachement."),
    )
    employee_id = models.CharField(_("matricule"), max_length=64, blank=True)
    start_date = models.DateField(
        _("date d'arrivée"), null=True, blank=True,
        help_text=_("Le premier jour dans l'organisation : les formations à suivre « dans les "
                    "N jours après l'arrivée » comptent à partir de cette date."))
    manager = models.ForeignKey(
        "self", verbose_name=_("encadrant·e"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="team",
        help_text=_("La personne qui encadre son équipe : elle voit la progression de son "
                    "équipe, rien d'autre."))
    email_to_complete = models.BooleanField(
        _("adresse e-mail à compléter"), default=False,
        help_text=_("Compte créé sur place par un formateur pour une personne venue sans "
                    "adresse e-mail : les RH de son organisation la renseignent."))
    deleted_at = models.DateTimeField(_("supprimé le"), null=True, blank=True, editable=False)

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    objects = UserManager()

    class Meta:
        ordering = ["last_name", "first_name"]
        verbose_name = _("utilisateur·rice")
        verbose_name_plural = _("utilisateur·rices")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
        ]
        indexes = [
            models.Index(fields=["organisation", "job_role"]),
            # Staff lists in name order, one organisation or all (trigram indexes for the
            # name search: migration 0006, PostgreSQL only).
            models.Index(fields=["organisation", "last_name", "first_name", "id"],
                         name="accounts_user_org_name"),
            models.Index(fields=["last_name", "first_name", "id"], name="accounts_user_name"),
        ]

    def __str__(self):
        return self.get_full_name() or self.email

    def save(self, *args, **kwargs):
        self.email = (self.email or "").strip().lower()
        super().save(*args, **kwargs)

    def get_full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def is_deleted(self):
        return self.deleted_at is not None


def default_invitation_expiry():
    return timezone.now() + timedelta(days=settings.REPERES_INVITATION_DAYS)


def generate_invitation_token():
    return secrets.token_urlsafe(32)


class InvitationQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(accepted_at__isnull=True, revoked_at__isnull=True,
                           expires_at__gt=timezone.now())


class Invitation(models.Model):
    """An HR officer's invitation for one person to join their organisation."""

    class Status(models.TextChoices):
        PENDING = "pending", _("En attente")
        ACCEPTED = "accepted", _("Acceptée")
        EXPIRED = "expired", _("Expirée")
        REVOKED = "revoked", _("Annulée")

    email = models.EmailField(_("adresse e-mail"))
    first_name = models.CharField(_("prénom"), max_length=150, blank=True)
    last_name = models.CharField(_("nom"), max_length=150, blank=True)
    job_role = models.CharField(_("métier"), max_length=30, choices=JobRole.choices,
                                default=JobRole.CARETAKER)
    site = models.CharField(_("site ou agence"), max_length=200, blank=True)
    employee_id = models.CharField(_("matricule"), max_length=64, blank=True)
    start_date = models.DateField(_("date d'arrivée"), null=True, blank=True)
    role = models.CharField(_("rôle"), max_length=20, choices=Role.choices, default=Role.LEARNER)
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE,
                                     related_name="invitations", verbose_name=_("organisation"))
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    token = models.CharField(max_length=64, unique=True, default=generate_invitation_token,
                             editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(default=default_invitation_expiry)
    accepted_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        indexes = [models.Index(fields=["organisation", "-created_at"])]

    def __str__(self):
        return self.email

    @property
    def status(self):
        if self.accepted_at:
            return self.Status.ACCEPTED
        if self.revoked_at:
            return self.Status.REVOKED
        if self.expires_at <= timezone.now():
            return self.Status.EXPIRED
        return self.Status.PENDING

    def get_status_display(self):
        return self.Status(self.status).label

    @property
    def is_usable(self):
        return self.status == self.Status.PENDING

    def get_accept_url(self):
        return reverse("accounts:accept_invitation", args=[self.token])


class ImportBatch(models.Model):
    """A staff file read and checked, waiting for HR to confirm it.

    The rows are the values read from the file; nothing about the people changes until the
    batch is applied, by a task, once HR confirmed it. Applied batches keep their counts only.
    """

    class Status(models.TextChoices):
        PREVIEW = "preview", _("À confirmer")
        RUNNING = "running", _("En cours d'application")
        APPLIED = "applied", _("Appliqué")
        CANCELLED = "cancelled", _("Abandonné")

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE,
                                     related_name="import_batches",
                                     verbose_name=_("organisation"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL,
                                   related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    file_name = models.CharField(_("fichier"), max_length=255)
    deactivate_missing = models.BooleanField(_("désactiver les absents du fichier"),
                                             default=False)
    columns = models.JSONField(default=list, help_text="Fields found in the file's header.")
    notices = models.JSONField(default=list)
    rows = models.JSONField(default=list)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PREVIEW)
    confirmed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+")
    confirmed_at = models.DateTimeField(null=True, blank=True)
    applied_at = models.DateTimeField(null=True, blank=True)
    result = models.JSONField(default=dict)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("import du personnel")
        verbose_name_plural = _("imports du personnel")
        indexes = [models.Index(fields=["organisation", "-created_at"])]

    def __str__(self):
        return f"{self.file_name} ({self.created_at:%Y-%m-%d %H:%M})"
