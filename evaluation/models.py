"""Questionnaires before and after the training, satisfaction, and their anonymous answers.

Three tables hold what a learner gives, and none of them can be joined to another:

- `Response`: the answers, with no account. It says which questionnaire version, which moment,
  a hash of the learner's own pairing code, the subject (a session or a module) and the
  learner's organisation and job *only when the group they stand for is at least
  REPERES_EVALUATION_MIN_RESPONSES people* (see Response's docstring);
- `Completion`: "this account has answered (or skipped) this version at this moment", for
  the learner's own screens, with no link to the Response row, nor a time that could match it;
- the draft of a questionnaire being filled in lives in the learner's session until it is
  sent, then is deleted.
"""

import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from .blocks import ItemStreamBlock


class Moment(models.TextChoices):
    BEFORE = "before", _("Avant")
    AFTER = "after", _("Juste après")
    DAY_30 = "day30", _("À 30 jours")
    DAY_90 = "day90", _("À 90 jours")
    SATISFACTION = "satisfaction", _("Satisfaction, juste après")
    DAY_60 = "day60", _("Satisfaction, à 60 jours")


class SubjectKind(models.TextChoices):
    SESSION = "session", _("Session de sensibilisation")
    MODULE = "module", _("Module")
    PATH = "path", _("Parcours")


class Questionnaire(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin,
                    index.Indexed, ClusterableModel):
    """Items written in the admin (a snippet with drafts, revisions and a review workflow).

    Answers are never stored against the questionnaire itself but against a frozen
    QuestionnaireVersion: publishing a change to the items makes a new version, and results
    are computed one version at a time.

    A follow-up micro-case (kind FOLLOWUP) is a new situation and two or three knowledge
    items, sent by email 30 and 90 days after a module; `pairs_with` names the before/after
    questionnaire whose pairing code it shares, so that its answers join that data.
    """

    class Kind(models.TextChoices):
        KNOWLEDGE = "knowledge", _("Avant / après : connaissances, confiance, attitudes")
        SATISFACTION = "satisfaction", _("Satisfaction")
        FOLLOWUP = "followup", _("Cas de suivi (30 et 90 jours après un module)")

    title = models.CharField(_("titre"), max_length=200)
    slug = models.SlugField(_("identifiant"), max_length=100, unique=True,
                            help_text=_("Le nom de son fichier dans content/evaluation/."))
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices,
                            default=Kind.KNOWLEDGE)
    introduction = models.TextField(
        _("introduction"), blank=True,
        help_text=_("Quelques mots avant les questions (pourquoi, combien de temps)."))
    items = StreamField(ItemStreamBlock(), verbose_name=_("questions"))
    all_sessions = models.BooleanField(
        _("toutes les sessions de sensibilisation"), default=False,
        help_text=_("Proposé à chaque session, sans avoir à les choisir une à une."))
    review_note = models.CharField(
        _("note de relecture"), max_length=300, blank=True,
        help_text=_("Par exemple : « à relire par l'équipe de recherche »."))
    references = models.TextField(
        _("références"), blank=True,
        help_text=_("Les échelles publiées dont les items sont adaptés (auteurs, titre, revue), "
                    "et ce qui reste à relire avant tout usage hors démonstration."))
    pairs_with = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="followups",
        verbose_name=_("complète le questionnaire avant / après"),
        limit_choices_to={"kind": "knowledge"},
        help_text=_("Pour un cas de suivi : le questionnaire avant / après dont il reprend le "
                    "code de la personne, pour que ses réponses s'ajoutent aux siennes."))
    updated_at = models.DateTimeField(auto_now=True)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="questionnaire")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState", content_type_field="base_content_type",
        object_id_field="object_id", related_query_name="questionnaire",
        for_concrete_model=False)

    panels = [
        FieldPanel("title"), FieldPanel("slug"), FieldPanel("kind"), FieldPanel("pairs_with"),
        FieldPanel("introduction"), FieldPanel("items"), FieldPanel("review_note"),
        FieldPanel("references"),
        MultiFieldPanel([FieldPanel("all_sessions"),
                         InlinePanel("targets", label=_("Rattachement"))],
                        heading=_("Proposé avec")),
    ]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions

    @property
    def moments(self):
        if self.kind == self.Kind.SATISFACTION:
            return (Moment.SATISFACTION, Moment.DAY_60)
        if self.kind == self.Kind.FOLLOWUP:
            return (Moment.DAY_30, Moment.DAY_90)
        return (Moment.BEFORE, Moment.AFTER, Moment.DAY_90)

    def clean(self):
        from django.core.exceptions import ValidationError

        super().clean()
        if self.kind == self.Kind.FOLLOWUP and self.pairs_with_id is None:
            raise ValidationError({"pairs_with": _(
                "Un cas de suivi complète un questionnaire avant / après : choisissez-le.")})
        if self.kind != self.Kind.FOLLOWUP:
            self.pairs_with = None


class QuestionnaireTarget(Orderable):
    """What a questionnaire is proposed with: one session, one module or one path."""

    questionnaire = ParentalKey(Questionnaire, on_delete=models.CASCADE, related_name="targets")
    session = models.ForeignKey("scheduling.AwarenessSession", null=True, blank=True,
                                on_delete=models.CASCADE, related_name="+",
                                verbose_name=_("session"))
    module = models.ForeignKey("courses.ModulePage", null=True, blank=True,
                               on_delete=models.CASCADE, related_name="+",
                               verbose_name=_("module"))
    learning_path = models.ForeignKey("courses.LearningPathPage", null=True, blank=True,
                                      on_delete=models.CASCADE, related_name="+",
                                      verbose_name=_("parcours"))

    panels = [FieldPanel("session"), FieldPanel("module"), FieldPanel("learning_path")]

    class Meta(Orderable.Meta):
        verbose_name = _("rattachement")
        constraints = [models.CheckConstraint(
            condition=(Q(session__isnull=False, module__isnull=True, learning_path__isnull=True)
                       | Q(session__isnull=True, module__isnull=False,
                           learning_path__isnull=True)
                       | Q(session__isnull=True, module__isnull=True,
                           learning_path__isnull=False)),
            name="evaluation_target_exactly_one")]

    def clean(self):
        from django.core.exceptions import ValidationError

        if sum(x is not None for x in (self.session_id, self.module_id,
                                        self.learning_path_id)) != 1:
            raise ValidationError(_("Choisissez une session, un module ou un parcours (un seul)."))


class QuestionnaireVersion(models.Model):
    """The items of a questionnaire as they were answered, frozen. A published change to the
    items makes the next number; answers of two versions are never put together."""

    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.PROTECT,
                                      related_name="versions")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Questionnaire.Kind.choices)
    items = models.JSONField(help_text="The items as shown (see services.snapshot).")
    created_on = models.DateField(auto_now_add=True)

    class Meta:
        ordering = ["questionnaire", "number"]
        verbose_name = _("version de questionnaire")
        constraints = [models.UniqueConstraint(fields=["questionnaire", "number"],
                                               name="evaluation_one_version_number")]

    def __str__(self):
        return f"{self.title} (v{self.number})"


class FreeTextState(models.TextChoices):
    """A free-text answer can say who wrote it: the research team reads it first."""

    NONE = "", _("Sans texte libre")
    PENDING = "pending", _("À relire")
    PUBLISHED = "published", _("Relu, publiable")
    WITHDRAWN = "withdrawn", _("Écarté")


class Response(models.Model):
    """One anonymous set of answers. No column leads back to an account.

    - The primary key is random (a UUID) and there is no creation time: neither the order of
      the rows nor a timestamp can be matched with `Completion` or with the logs.
    - `answered_on` is the Monday of the week of answering (a date, never a time).
    - `pair_code_hash`: HMAC-SHA256, with the programme's pepper (REPERES_EVALUATION_PEPPER),
      of the questionnaire and the code the learner made up from things only they know. It
      pairs the before and after answers of one person; it is not derived from the account,
      and without the pepper it cannot be recomputed from a guess.
    - Subject, organisation and job role are *generalised when they are written*: each is
      kept only when the group it names had at least REPERES_EVALUATION_MIN_RESPONSES people
      (a session's seated registrations; a module's learners; the organisation's, or the job
      role's, people in that subject), otherwise it is left empty (the subject's answers are
      then pooled with the other small groups). When a session is closed with fewer people
      present than the threshold, its rows lose their session (services.pool_small_session).
      So no row names a group small enough to single someone out, even in the database; the
      pages and the export hide, besides, every cell with fewer answers than the threshold.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    version = models.ForeignKey(QuestionnaireVersion, on_delete=models.PROTECT,
                                related_name="responses")
    moment = models.CharField(max_length=20, choices=Moment.choices)
    pair_code_hash = models.CharField(max_length=64, blank=True, db_index=True)
    subject_kind = models.CharField(max_length=10, choices=SubjectKind.choices)
    subject_id = models.PositiveIntegerField(null=True, blank=True)
    organisation = models.ForeignKey("accounts.Organisation", null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="+")
    job_role = models.CharField(max_length=30, blank=True)
    answered_on = models.DateField()
    answers = models.JSONField(default=dict, help_text="item id -> value (see forms.py)")
    free_text_state = models.CharField(
        max_length=10, choices=FreeTextState.choices, default=FreeTextState.NONE, blank=True,
        help_text="Free text is shown (to the trainer, in the export) only once PUBLISHED.")

    class Meta:
        verbose_name = _("réponse anonyme")
        verbose_name_plural = _("réponses anonymes")
        indexes = [models.Index(fields=["version", "moment"]),
                   models.Index(fields=["subject_kind", "subject_id"]),
                   models.Index(fields=["free_text_state"], name="evaluation_free_text",
                                condition=Q(free_text_state="pending"))]

    def __str__(self):
        return f"{self.version} · {self.get_moment_display()}"


class Completion(models.Model):
    """Whether a person answered (done) or skipped (not done) a version at a moment, for
    their own screens and to refuse a second submission. Nothing else: no link to the
    Response, no time."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="+")
    version = models.ForeignKey(QuestionnaireVersion, on_delete=models.CASCADE,
                                related_name="+")
    moment = models.CharField(max_length=20, choices=Moment.choices)
    done = models.BooleanField(default=False)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "version", "moment"],
                                               name="evaluation_one_completion")]

    def __str__(self):
        return f"{self.version} · {self.get_moment_display()}"


class QuestionnaireEmail(models.Model):
    """The email inviting one person to a questionnaire at 30, 60 or 90 days: never sent twice.
    Like Completion, it says nothing of the answer (nor whether there was one)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="+")
    questionnaire = models.ForeignKey(Questionnaire, on_delete=models.CASCADE, related_name="+")
    subject_kind = models.CharField(max_length=10, choices=SubjectKind.choices)
    subject_id = models.PositiveIntegerField()
    moment = models.CharField(max_length=20, choices=Moment.choices)
    sent_on = models.DateField(auto_now_add=True)

    class Meta:
        verbose_name = _("invitation à un questionnaire")
        verbose_name_plural = _("invitations à un questionnaire")
        constraints = [models.UniqueConstraint(
            fields=["user", "questionnaire", "subject_kind", "subject_id", "moment"],
            name="evaluation_one_email")]

    def __str__(self):
        return f"{self.questionnaire_id} · {self.moment}"


class QuestionnaireOptOut(models.Model):
    """This person asked not to receive questionnaire emails any more."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                related_name="questionnaire_opt_out")
    opted_out_on = models.DateField(auto_now_add=True)

    class Meta:
        verbose_name = _("refus des questionnaires par courriel")
        verbose_name_plural = _("refus des questionnaires par courriel")

    def __str__(self):
        return str(self.opted_out_on)
