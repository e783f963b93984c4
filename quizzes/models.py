from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from . import grading
from .blocks import QuestionStreamBlock


class Quiz(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin,
           index.Indexed, models.Model):
    """A pool of questions with its rules: pass mark, attempts, waiting time, correction.

    Changes go through the "Relecture clinique" workflow like the modules (see guide.review):
    the row holds the published version, drafts wait in revisions.
    """

    class Review(models.TextChoices):
        """What the correction shows. The right answers, the feedback of each option and the
        explanations are the solution: while the learner may try again, showing them makes the
        next attempt a copy, hence the default."""

        SCORE = "score", _("Le score seulement")
        ANSWERS = "answers", _("Les questions manquées, jamais les bonnes réponses")
        FINAL = "final", _("Les questions manquées, puis les bonnes réponses une fois le quiz "
                           "réussi ou toutes les tentatives utilisées (conseillé)")
        FULL = "full", _("Tout, dès la première tentative : bonnes réponses, retours et "
                         "explications")

    title = models.CharField(_("titre"), max_length=200)
    slug = models.SlugField(
        _("identifiant"), max_length=100, unique=True, null=True, blank=True,
        help_text=_("Le nom de son fichier dans content/courses/quizzes/ (le slug du module)."))
    questions = StreamField(QuestionStreamBlock(), verbose_name=_("questions"))
    pass_mark = models.PositiveSmallIntegerField(_("seuil de réussite (%)"), default=70)
    max_attempts = models.PositiveSmallIntegerField(
        _("nombre de tentatives"), default=3, help_text=_("0 pour illimité."))
    wait_minutes = models.PositiveIntegerField(_("attente entre deux tentatives (minutes)"),
                                               default=0)
    draw_count = models.PositiveSmallIntegerField(
        _("questions tirées au sort"), null=True, blank=True,
        help_text=_("Laisser vide pour poser toutes les questions. Avec au moins deux fois "
                    "plus de questions que de questions tirées, une nouvelle tentative pose "
                    "d'autres questions que la précédente."))
    shuffle_questions = models.BooleanField(_("mélanger les questions"), default=True)
    shuffle_choices = models.BooleanField(_("mélanger les réponses"), default=True)
    review = models.CharField(
        _("après validation, montrer"), max_length=10, choices=Review.choices,
        default=Review.FINAL,
        help_text=_("Montrer les bonnes réponses tant qu'il reste des tentatives rend la "
                    "suivante trop facile."))
    updated_at = models.DateTimeField(auto_now=True)
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="quiz")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState", content_type_field="base_content_type",
        object_id_field="object_id", related_query_name="quiz", for_concrete_model=False)

    panels = [
        FieldPanel("title"),
        FieldPanel("questions"),
        MultiFieldPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts"),
                         FieldPanel("wait_minutes"), FieldPanel("draw_count"),
                         FieldPanel("shuffle_questions"), FieldPanel("shuffle_choices"),
                         FieldPanel("review")], heading=_("Règles")),
    ]
    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quiz")

    def __str__(self):
        return self.title

    @property
    def revisions(self):
        return self._revisions

    def get_preview_template(self, request, mode_name):
        return "quizzes/quiz_preview.html"

    def get_preview_context(self, request, mode_name):
        return {"object": self, "quiz": self, "questions": self.question_pool()}

    def question_pool(self):
        """The questions as plain dicts (with the correct answers: server side only)."""
        pool = []
        for block in self.questions:
            value = block.value
            question = {"id": block.id, "kind": block.block_type, "text": value["text"],
                        "explanation": value.get("explanation", ""), "step": value.get("step")}
            if block.block_type in (grading.SINGLE, grading.MULTIPLE, grading.SCENARIO):
                question["choices"] = [
                    {"id": item.id, "text": item.value["text"],
                     "correct": bool(item.value["correct"]), "feedback": item.value["feedback"]}
                    for item in value["choices"].bound_blocks]
            elif block.block_type == grading.TRUE_FALSE:
                question["answer"] = bool(value["answer"])
            elif block.block_type == grading.ORDERING:
                question["items"] = [{"id": item.id, "text": item.value}
                                     for item in value["items"].bound_blocks]
            pool.append(question)
        return pool


class Attempt(models.Model):
    """One go at a quiz: the questions as shown (a snapshot), then the grade."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="quiz_attempts")
    quiz = models.ForeignKey(Quiz, on_delete=models.PROTECT, related_name="attempts")
    number = models.PositiveSmallIntegerField(_("tentative n°"))
    seed = models.BigIntegerField()
    questions = models.JSONField(help_text="The questions as presented, answers included.")
    started_at = models.DateTimeField(auto_now_add=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    score = models.FloatField(null=True, blank=True)
    max_score = models.FloatField(null=True, blank=True)
    percent = models.PositiveSmallIntegerField(null=True, blank=True)
    passed = models.BooleanField(null=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("tentative")
        verbose_name_plural = _("tentatives")
        constraints = [
            models.UniqueConstraint(fields=["user", "quiz"], condition=Q(submitted_at__isnull=True),
                                    name="quizzes_one_open_attempt"),
            models.UniqueConstraint(fields=["user", "quiz", "number"],
                                    name="quizzes_attempt_number"),
        ]
        indexes = [
            models.Index(fields=["user", "quiz", "-started_at"]),
            models.Index(fields=["submitted_at"], include=["user", "quiz", "passed"],
                         condition=Q(submitted_at__isnull=False),
                         name="quizzes_attempt_submitted"),
        ]

    def __str__(self):
        return f"{self.quiz} #{self.number}"

    @property
    def is_open(self):
        return self.submitted_at is None


class Answer(models.Model):
    """A response to one question of an attempt, saved as the learner goes."""

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="answers")
    question_id = models.CharField(max_length=64)
    response = models.JSONField(null=True)
    score = models.FloatField(null=True, blank=True)
    saved_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("réponse")
        verbose_name_plural = _("réponses")
        constraints = [models.UniqueConstraint(fields=["attempt", "question_id"],
                                               name="quizzes_one_answer_per_question")]

    def __str__(self):
        return f"{self.attempt_id}:{self.question_id}"
