"""Awareness sessions, their time slots, registrations and attendance."""

import secrets
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable

from accounts import audience as audiences
from accounts.audience import AudienceField
from accounts.roles import GROUP_NAMES, Role


class AwarenessSession(ClusterableModel):
    """An in-person (or video) awareness session run by trainers of a care team."""

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Programmée")
        CANCELLED = "cancelled", _("Annulée")
        CLOSED = "closed", _("Clôturée")

    title = models.CharField(_("titre"), max_length=200)
    topic = models.CharField(_("thème"), max_length=200, blank=True,
                             help_text=_("Par exemple : repérer les signaux faibles dans le "
                                         "logement."))
    description = models.TextField(_("description"), blank=True,
                                   help_text=_("Ce que les participant·es vont faire et "
                                               "repartir avec."))
    module = models.ForeignKey("courses.ModulePage", verbose_name=_("module lié"), null=True,
                               blank=True, on_delete=models.SET_NULL, related_name="+")
    learning_path = models.ForeignKey("courses.LearningPathPage", verbose_name=_("parcours lié"),
                                      null=True, blank=True, on_delete=models.SET_NULL,
                                      related_name="+")
    prerequisite_required = models.BooleanField(
        _("à terminer avant de s'inscrire"), default=False,
        help_text=_("Le module ou le parcours lié doit être terminé pour s'inscrire."))

    place_name = models.CharField(_("lieu"), max_length=200, blank=True,
                                  help_text=_("Par exemple : salle polyvalente de la résidence."))
    address = models.CharField(_("adresse"), max_length=300, blank=True)
    room = models.CharField(_("salle"), max_length=120, blank=True)
    access_notes = models.TextField(_("accès"), blank=True,
                                    help_text=_("Métro, code d'entrée, accessibilité."))
    video_url = models.URLField(_("lien de visioconférence"), blank=True)

    capacity = models.PositiveSmallIntegerField(
        _("nombre de places"), default=15,
        validators=[MinValueValidator(1), MaxValueValidator(500)])
    audience = AudienceField()
    open_to_all = models.BooleanField(
        _("ouverte à toutes les organisations"), default=True,
        help_text=_("Décochez pour choisir les organisations invitées."))
    organisations = ParentalManyToManyField("accounts.Organisation", blank=True,
                                            verbose_name=_("organisations invitées"),
                                            related_name="awareness_sessions")
    trainers = ParentalManyToManyField(settings.AUTH_USER_MODEL, blank=True,
                                       verbose_name=_("formateur·rices"),
                                       related_name="sessions_trained",
                                       limit_choices_to={"groups__name": GROUP_NAMES[Role.TRAINER]})
    registration_deadline = models.DateTimeField(
        _("date limite d'inscription"), null=True, blank=True,
        help_text=_("Vide : inscriptions et annulations possibles jusqu'au début de la "
                    "session."))

    status = models.CharField(_("état"), max_length=10, choices=Status.choices,
                              default=Status.SCHEDULED)
    cancellation_reason = models.TextField(
        _("motif d'annulation"), blank=True,
        help_text=_("Envoyé aux personnes inscrites si vous annulez la session."))
    cancelled_at = models.DateTimeField(null=True, blank=True, editable=False)
    closed_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The span of the time slots, kept for listing and filtering.
    starts_at = models.DateTimeField(_("début"), null=True, editable=False, db_index=True)
    ends_at = models.DateTimeField(_("fin"), null=True, editable=False)
    # Raised on each reschedule so that calendars replace the old event.
    sequence = models.PositiveIntegerField(default=0, editable=False)
    checkin_secret = models.CharField(max_length=64, default=secrets.token_urlsafe,
                                      editable=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+", editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        MultiFieldPanel([FieldPanel("title"), FieldPanel("topic"), FieldPanel("description"),
                         FieldRowPanel([FieldPanel("module"), FieldPanel("learning_path")]),
                         FieldPanel("prerequisite_required")], heading=_("Contenu")),
        InlinePanel("slots", heading=_("Créneaux"), label=_("Créneau"), min_num=1),
        MultiFieldPanel([FieldPanel("place_name"), FieldRowPanel([FieldPanel("address"),
                                                                  FieldPanel("room")]),
                         FieldPanel("access_notes"), FieldPanel("video_url")],
                        heading=_("Lieu")),
        MultiFieldPanel([FieldPanel("capacity"), FieldPanel("registration_deadline"),
                         FieldPanel("audience", help_text=_(
                             "Les métiers à qui la session est proposée. Vide : tout le monde.")),
                         FieldPanel("open_to_all"),
                         FieldPanel("organisations"), FieldPanel("trainers")],
                        heading=_("Inscriptions")),
        MultiFieldPanel([FieldPanel("status"), FieldPanel("cancellation_reason")],
                        heading=_("Annulation")),
    ]

    class Meta:
        ordering = ["starts_at", "pk"]
        verbose_name = _("session de sensibilisation")
        verbose_name_plural = _("sessions de sensibilisation")
        indexes = [models.Index(fields=["status", "starts_at"])]

    def __str__(self):
        if self.starts_at:
            return f"{self.title} ({timezone.localtime(self.starts_at):%d/%m/%Y})"
        return self.title

    def get_absolute_url(self):
        return reverse("scheduling:detail", args=[self.pk])

    @property
    def closes_registration_at(self):
        return self.registration_deadline or self.starts_at

    @property
    def registration_is_open(self):
        return (self.status == self.Status.SCHEDULED and self.closes_registration_at is not None
                and timezone.now() < self.closes_registration_at)

    @property
    def is_remote(self):
        return bool(self.video_url) and not self.address

    @property
    def location_text(self):
        parts = [self.place_name, self.room, self.address]
        text = ", ".join(p for p in parts if p)
        return text or (str(_("En visioconférence")) if self.video_url else "")

    def audience_labels(self):
        return audiences.labels(self.audience)


class TimeSlot(Orderable):
    """One sitting of a session; attendance is taken per slot."""

    session = ParentalKey(AwarenessSession, on_delete=models.CASCADE, related_name="slots")
    starts_at = models.DateTimeField(_("début"))
    ends_at = models.DateTimeField(_("fin"))

    panels = [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")])]

    class Meta(Orderable.Meta):
        ordering = ["starts_at", "pk"]
        verbose_name = _("créneau")
        verbose_name_plural = _("créneaux")

    def __str__(self):
        start, end = timezone.localtime(self.starts_at), timezone.localtime(self.ends_at)
        return f"{start:%d/%m/%Y %H:%M}–{end:%H:%M}"

    def clean(self):
        if self.starts_at and self.ends_at:
            if self.ends_at <= self.starts_at:
                raise ValidationError({"ends_at": _("La fin doit être après le début.")})
            if self.ends_at - self.starts_at > timedelta(hours=12):
                raise ValidationError({"ends_at": _("Un créneau dure au plus 12 heures : "
                                                    "ajoutez un créneau par jour.")})

    @property
    def hours(self):
        return Decimal(round((self.ends_at - self.starts_at).total_seconds() / 3600, 2))


class RegistrationQuerySet(models.QuerySet):
    def seated(self):
        """Those who hold (or held) a seat: counted against the capacity."""
        return self.filter(status__in=Registration.SEATED)

    def waiting(self):
        return self.filter(status=Registration.Status.WAITING).order_by("waiting_since", "pk")


class Registration(models.Model):
    """One person on one session; a cancelled registration is kept and can be renewed."""

    class Status(models.TextChoices):
        REGISTERED = "registered", _("Inscrit·e")
        WAITING = "waiting", _("En liste d'attente")
        CANCELLED = "cancelled", _("Annulée")
        ATTENDED = "attended", _("Présent·e")
        ABSENT = "absent", _("Absent·e")
        EXCUSED = "excused", _("Excusé·e")

    SEATED = (Status.REGISTERED, Status.ATTENDED, Status.ABSENT, Status.EXCUSED)

    session = models.ForeignKey(AwarenessSession, on_delete=models.CASCADE,
                                related_name="registrations", verbose_name=_("session"))
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="session_registrations", verbose_name=_("personne"))
    status = models.CharField(_("état"), max_length=12, choices=Status.choices,
                              default=Status.REGISTERED)
    registered_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                      on_delete=models.SET_NULL, related_name="+")
    walk_in = models.BooleanField(_("venu·e sans inscription"), default=False)
    waiting_since = models.DateTimeField(null=True, blank=True)
    promoted_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    reminder_sent_at = models.DateTimeField(null=True, blank=True)
    hours_attended = models.DecimalField(_("heures de présence"), max_digits=5,
                                         decimal_places=2, default=Decimal("0"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["user__last_name", "user__first_name", "pk"]
        verbose_name = _("inscription")
        verbose_name_plural = _("inscriptions")
        constraints = [
            models.UniqueConstraint(fields=["session", "user"],
                                    name="scheduling_one_registration_per_person"),
            models.CheckConstraint(
                condition=~Q(status="waiting") | Q(waiting_since__isnull=False),
                name="scheduling_waiting_has_date"),
        ]
        indexes = [models.Index(fields=["session", "status", "waiting_since"]),
                   models.Index(fields=["user", "status"])]

    def __str__(self):
        return f"{self.user} – {self.session}"

    @property
    def is_active(self):
        return self.status != self.Status.CANCELLED


class Attendance(models.Model):
    """Whether a registrant was there for one time slot."""

    class Status(models.TextChoices):
        PRESENT = "present", _("Présent·e")
        ABSENT = "absent", _("Absent·e")
        EXCUSED = "excused", _("Excusé·e")

    class Method(models.TextChoices):
        TRAINER = "trainer", _("Pointé par le formateur")
        QR = "qr", _("QR code scanné")
        CODE = "code", _("Code tapé")

    registration = models.ForeignKey(Registration, on_delete=models.CASCADE,
                                     related_name="attendances")
    slot = models.ForeignKey(TimeSlot, on_delete=models.CASCADE, related_name="attendances")
    status = models.CharField(_("présence"), max_length=10, choices=Status.choices)
    method = models.CharField(max_length=10, choices=Method.choices, default=Method.TRAINER)
    marked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+")
    marked_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("présence")
        verbose_name_plural = _("présences")
        constraints = [models.UniqueConstraint(fields=["registration", "slot"],
                                               name="scheduling_one_mark_per_slot")]

    def __str__(self):
        return f"{self.registration_id}/{self.slot_id}: {self.status}"


def generate_feed_token():
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """The private address of a person's calendar of sessions; renewing it revokes the old."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="calendar_feed")
    token = models.CharField(max_length=64, unique=True, default=generate_feed_token)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.user_id}"

    def get_absolute_url(self):
        return reverse("scheduling:calendar_feed", args=[self.token])
