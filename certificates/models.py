import base64
import secrets
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


def generate_code():
    """128 random bits, in base 32 (no padding): 26 characters, easy to type."""
    return base64.b32encode(secrets.token_bytes(16)).decode().rstrip("=")


def normalise_code(value):
    return "".join(ch for ch in (value or "").upper() if ch.isalnum())[:64]


# A certificate ending within this many days "ends soon" (the first reminder's day).
SOON_DAYS = 60


class Validity(models.TextChoices):
    """Where a certificate stands today, as HR's table shows and filters it."""

    CURRENT = "current", _("valable")
    SOON = "soon", _("expire bientôt")
    EXPIRED = "expired", _("expirée")
    REVOKED = "revoked", _("révoquée")


def validity_q(value, today=None):
    """The condition on Certificate for one Validity `value` on `today`."""
    today = today or timezone.localdate()
    valid = models.Q(status="valid")
    soon = models.Q(expires_on__gte=today,
                    expires_on__lte=today + timedelta(days=SOON_DAYS))
    return {
        Validity.CURRENT: valid & (models.Q(expires_on__isnull=True)
                                   | models.Q(expires_on__gt=today + timedelta(days=SOON_DAYS))),
        Validity.SOON: valid & soon,
        Validity.EXPIRED: valid & models.Q(expires_on__lt=today),
        Validity.REVOKED: ~valid,
    }[value]


class Certificate(models.Model):
    """An attestation. Its snapshot is what it certifies, frozen when it was issued."""

    class Kind(models.TextChoices):
        SESSION = "session", _("Présence à une session de sensibilisation")
        MODULE = "module", _("Module terminé")
        PATH = "path", _("Parcours terminé")

    class Status(models.TextChoices):
        VALID = "valid", _("Valide")
        REVOKED = "revoked", _("Révoquée")

    kind = models.CharField(_("type"), max_length=10, choices=Kind.choices)
    subject_id = models.PositiveBigIntegerField(_("objet certifié"))
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("titulaire"),
                                  null=True, on_delete=models.SET_NULL,
                                  related_name="certificates")
    organisation = models.ForeignKey("accounts.Organisation", verbose_name=_("organisation"),
                                     null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="certificates")
    snapshot = models.JSONField(_("contenu certifié"), editable=False)
    code = models.CharField(_("code de vérification"), max_length=32, unique=True,
                            default=generate_code, editable=False)
    issued_at = models.DateTimeField(_("délivrée le"), auto_now_add=True)
    status = models.CharField(_("état"), max_length=10, choices=Status.choices,
                              default=Status.VALID)
    revoked_at = models.DateTimeField(_("révoquée le"), null=True, blank=True, editable=False)
    revocation_reason = models.TextField(_("motif de révocation"), blank=True)
    expires_on = models.DateField(
        _("valable jusqu'au"), null=True, blank=True, editable=False,
        help_text=_("Vide : sans limite. Fixé à la délivrance selon la durée de validité de "
                    "son type (CertificateValidity), repoussé par un parcours de rappel."))
    renewed_on = models.DateField(_("renouvelée le"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-issued_at"]
        verbose_name = _("attestation")
        verbose_name_plural = _("attestations")
        constraints = [models.UniqueConstraint(fields=["recipient", "kind", "subject_id"],
                                               name="certificates_one_per_subject")]
        indexes = [models.Index(fields=["organisation", "-issued_at"]),
                   models.Index(fields=["kind", "subject_id"], name="certificates_subject"),
                   models.Index(fields=["expires_on"], name="certificates_expiry",
                                condition=models.Q(expires_on__isnull=False))]

    def __str__(self):
        return f"{self.snapshot.get('title', '')} – {self.snapshot.get('recipient_name', '')}"

    def save(self, *args, **kwargs):
        if self.status == self.Status.REVOKED and self.revoked_at is None:
            self.revoked_at = timezone.now()
        super().save(*args, **kwargs)

    def clean(self):
        if self.status == self.Status.REVOKED and not self.revocation_reason.strip():
            raise ValidationError({"revocation_reason": _("Indiquez le motif de la révocation : "
                                                          "il est montré à qui vérifie.")})

    @property
    def grouped_code(self):
        return "-".join(self.code[i:i + 4] for i in range(0, len(self.code), 4))

    @property
    def is_valid(self):
        """Not revoked (it may have expired: see is_expired and is_current)."""
        return self.status == self.Status.VALID

    @property
    def is_expired(self):
        return self.expires_on is not None and self.expires_on < timezone.localdate()

    @property
    def is_current(self):
        return self.is_valid and not self.is_expired

    @property
    def validity(self):
        """A Validity value, today."""
        if not self.is_valid:
            return Validity.REVOKED
        if self.expires_on is None:
            return Validity.CURRENT
        left = (self.expires_on - timezone.localdate()).days
        if left < 0:
            return Validity.EXPIRED
        return Validity.SOON if left <= SOON_DAYS else Validity.CURRENT

    def get_validity_display(self):
        return Validity(self.validity).label

    def get_verification_url(self):
        return reverse("certificates:verify", args=[self.code])

    def get_download_url(self):
        return reverse("certificates:download", args=[self.code])


@register_setting(icon="doc-full")
class CertificateValidity(BaseGenericSetting):
    """How long each kind of certificate stays valid, and the refresher path that renews
    them. Content, loaded from content/certificates.yaml; 0 months means no end."""

    session_months = models.PositiveSmallIntegerField(
        _("sessions de sensibilisation (mois)"), default=0,
        help_text=_("0 : sans limite. Par exemple 36 pour trois ans."))
    module_months = models.PositiveSmallIntegerField(_("modules (mois)"), default=0)
    path_months = models.PositiveSmallIntegerField(_("parcours (mois)"), default=0)
    refresher_path = models.ForeignKey(
        "courses.LearningPathPage", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", verbose_name=_("parcours de rappel"),
        help_text=_("Le terminer renouvelle les attestations de la personne qui ont une date "
                    "de fin (valables ou expirées)."))

    panels = [FieldPanel("session_months"), FieldPanel("module_months"),
              FieldPanel("path_months"), FieldPanel("refresher_path")]

    class Meta:
        verbose_name = _("durée de validité des attestations")

    def months_for(self, kind):
        return {Certificate.Kind.SESSION: self.session_months,
                Certificate.Kind.MODULE: self.module_months,
                Certificate.Kind.PATH: self.path_months}.get(kind, 0)


class ExpiryReminder(models.Model):
    """The reminder sent `days_before` a certificate ends (60 or 15): never sent twice."""

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE,
                                    related_name="expiry_reminders")
    days_before = models.PositiveSmallIntegerField()
    expires_on = models.DateField(help_text="The end date reminded of (a renewal moves it).")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("rappel de fin de validité")
        verbose_name_plural = _("rappels de fin de validité")
        constraints = [models.UniqueConstraint(
            fields=["certificate", "days_before", "expires_on"],
            name="certificates_one_expiry_reminder")]

    def __str__(self):
        return f"{self.certificate_id} J-{self.days_before}"


class NameCorrection(models.Model):
    """HR or the coordination corrected the name printed on a certificate, with a reason."""

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE,
                                    related_name="name_corrections",
                                    verbose_name=_("attestation"))
    previous_name = models.CharField(_("nom avant"), max_length=300)
    new_name = models.CharField(_("nom corrigé"), max_length=300)
    reason = models.TextField(_("motif"))
    corrected_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+",
                                     verbose_name=_("corrigé par"))
    corrected_at = models.DateTimeField(_("corrigé le"), auto_now_add=True)

    class Meta:
        ordering = ["-corrected_at"]
        verbose_name = _("correction de nom")
        verbose_name_plural = _("corrections de nom")

    def __str__(self):
        return f"{self.previous_name} → {self.new_name}"


class CertificateExport(models.Model):
    """A ZIP of certificates requested by HR or the coordination, built by a task."""

    class Status(models.TextChoices):
        PENDING = "pending", _("En attente")
        RUNNING = "running", _("En cours")
        READY = "ready", _("Prêt")
        FAILED = "failed", _("Échec")

    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                     related_name="certificate_exports")
    organisation = models.ForeignKey("accounts.Organisation", null=True, blank=True,
                                     on_delete=models.CASCADE, related_name="+",
                                     help_text="Scope: None means every organisation.")
    filters = models.JSONField(default=dict)
    certificate_ids = models.JSONField(default=list)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    file = models.FileField(upload_to="certificate-exports/", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("export d'attestations")
        verbose_name_plural = _("exports d'attestations")

    def __str__(self):
        return f"{self.requested_by_id} {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 100
