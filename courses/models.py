from django.conf import settings
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from accounts import audience as audiences
from accounts.audience import AudienceField
from accounts.models import JobRole

from .blocks import ModuleStepsBlock


class CourseIndexPage(Page):
    """The catalogue of modules and learning paths."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["courses.ModulePage", "courses.LearningPathPage"]
    parent_page_types = ["core.HomePage"]
    max_count = 1

    class Meta:
        verbose_name = _("catalogue des formations")

    def get_context(self, request, *args, **kwargs):
        from .services import catalogue

        context = super().get_context(request, *args, **kwargs)
        job_role = request.GET.get("metier", "")
        if job_role not in JobRole.values:
            job_role = ""
        context.update(catalogue(self, job_role))
        context["job_roles"] = JobRole.choices
        context["selected_job_role"] = job_role
        return context


class ModulePage(RoutablePageMixin, Page):
    """A case-based module: steps, then a quiz."""

    summary = models.TextField(_("résumé"), max_length=400)
    duration_minutes = models.PositiveSmallIntegerField(_("durée (minutes)"), default=15)
    audience = AudienceField()
    objectives = models.TextField(_("objectifs"), blank=True,
                                  help_text=_("Un objectif par ligne."))
    requires = ParentalManyToManyField("self", symmetrical=False, blank=True,
                                       verbose_name=_("à suivre avant"),
                                       related_name="required_by")
    steps = StreamField(ModuleStepsBlock(), verbose_name=_("étapes"))
    quiz = models.ForeignKey("quizzes.Quiz", verbose_name=_("quiz final"), null=True, blank=True,
                             on_delete=models.PROTECT, related_name="modules")
    content_note = models.TextField(
        _("avertissement avant de commencer"), blank=True,
        help_text=_("Pour un thème difficile (suicide, décès, violences) : ce que la personne "
                    "va lire, qu'elle peut s'arrêter à tout moment, et qui appeler."))
    review_note = models.CharField(_("relecture clinique"), max_length=300, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("content_note"),
        MultiFieldPanel([FieldPanel("duration_minutes"), FieldPanel("audience"),
                         FieldPanel("objectives"), FieldPanel("requires")],
                        heading=_("Présentation")),
        FieldPanel("steps"),
        FieldPanel("quiz"),
        FieldPanel("review_note"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("summary", boost=2),
                     index.SearchField("steps")]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("module")
        verbose_name_plural = _("modules")

    @cached_property
    def clinically_reviewed_on(self):
        """When the clinical reviewers last approved this page (see guide.review)."""
        from guide.review import reviewed_on

        return reviewed_on(self)

    @cached_property
    def step_ids(self):
        return [block["id"] for block in self.steps.raw_data]

    @property
    def step_count(self):
        return len(self.step_ids)

    def objective_list(self):
        return [line.strip() for line in self.objectives.splitlines() if line.strip()]

    def audience_labels(self):
        return audiences.labels(self.audience)

    @path("")
    def overview(self, request):
        from . import views

        return views.module_overview(request, self)

    @path("etape/<int:number>/", name="step")
    def step_view(self, request, number):
        from . import views

        return views.module_step(request, self, number)

    @path("quiz/", name="quiz")
    def quiz_view(self, request):
        from . import views

        return views.module_quiz(request, self)

    @re_path(r"^quiz/(?P<attempt_id>\d+)/$", name="quiz_result")
    def quiz_result_view(self, request, attempt_id):
        from . import views

        return views.module_quiz_result(request, self, int(attempt_id))


class LearningPathPage(Page):
    summary = models.TextField(_("résumé"), max_length=400)
    audience = AudienceField()

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("audience"),
        InlinePanel("path_modules", label=_("Module"), heading=_("Modules du parcours"),
                    min_num=1),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("parcours")
        verbose_name_plural = _("parcours")

    def modules(self):
        ids = list(self.path_modules.values_list("module_id", flat=True))
        pages = {p.pk: p for p in ModulePage.objects.live().filter(pk__in=ids)}
        return [pages[i] for i in ids if i in pages]

    def get_context(self, request, *args, **kwargs):
        from .services import path_status

        context = super().get_context(request, *args, **kwargs)
        context["rows"] = path_status(request.user, self)
        return context


class PathModule(Orderable):
    path = ParentalKey(LearningPathPage, on_delete=models.CASCADE, related_name="path_modules")
    module = models.ForeignKey(ModulePage, on_delete=models.CASCADE, related_name="+",
                               verbose_name=_("module"))

    panels = [FieldPanel("module")]


class ModuleProgress(models.Model):
    """Where a learner is in a module; saved at every step."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="module_progress")
    module = models.ForeignKey(ModulePage, on_delete=models.CASCADE, related_name="progress")
    current_step = models.PositiveSmallIntegerField(default=1)
    seen_steps = models.JSONField(default=list)
    decisions = models.JSONField(default=dict, help_text="step id -> chosen option id")
    started_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    steps_completed_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("progression dans un module")
        verbose_name_plural = _("progressions dans les modules")
        constraints = [models.UniqueConstraint(fields=["user", "module"],
                                               name="courses_one_progress_per_module")]
        indexes = [
            models.Index(fields=["user", "-updated_at"]),
            # What was completed: by person, and by month for the summaries.
            models.Index(fields=["user", "module"], include=["completed_at"],
                         condition=models.Q(completed_at__isnull=False),
                         name="courses_progress_completed"),
            models.Index(fields=["completed_at"], include=["user", "module"],
                         condition=models.Q(completed_at__isnull=False),
                         name="courses_progress_completed_at"),
            models.Index(fields=["started_at"], include=["user", "module", "completed_at"],
                         name="courses_progress_started_at"),
        ]

    def __str__(self):
        return f"{self.user_id} / {self.module_id}"

    @property
    def is_completed(self):
        return self.completed_at is not None


class PathCompletion(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="path_completions")
    path = models.ForeignKey(LearningPathPage, on_delete=models.CASCADE, related_name="completions")
    completed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("parcours terminé")
        verbose_name_plural = _("parcours terminés")
        constraints = [models.UniqueConstraint(fields=["user", "path"],
                                               name="courses_one_completion_per_path")]

    def __str__(self):
        return f"{self.user_id} / {self.path_id}"


class Assignment(models.Model):
    """HR asks a job role, one person, or one person invited who has not signed up yet, of
    their organisation to follow a module or a learning path: before a date (`due_date`) or
    within a number of days of each person's arrival (`due_days`). Exactly one of the two;
    courses.progress says what it means for each person (their own due date, late or not).

    An assignment to an invitation becomes the person's when they accept it
    (courses.assignments.attach_invitation)."""

    organisation = models.ForeignKey("accounts.Organisation", on_delete=models.CASCADE,
                                     related_name="assignments", verbose_name=_("organisation"))
    module = models.ForeignKey(ModulePage, null=True, blank=True, on_delete=models.CASCADE,
                               related_name="assignments", verbose_name=_("module"))
    path = models.ForeignKey(LearningPathPage, null=True, blank=True, on_delete=models.CASCADE,
                             related_name="assignments", verbose_name=_("parcours"))
    job_role = models.CharField(_("métier"), max_length=30, choices=JobRole.choices, blank=True)
    person = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                               on_delete=models.CASCADE, related_name="assignments",
                               verbose_name=_("personne"))
    invitation = models.ForeignKey("accounts.Invitation", null=True, blank=True,
                                   on_delete=models.CASCADE, related_name="assignments",
                                   verbose_name=_("personne invitée"))
    due_date = models.DateField(_("à terminer avant le"), null=True, blank=True)
    due_days = models.PositiveSmallIntegerField(
        _("à terminer dans les … jours après l'arrivée"), null=True, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["due_date", "pk"]
        verbose_name = _("affectation")
        verbose_name_plural = _("affectations")
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(module__isnull=False, path__isnull=True)
                           | models.Q(module__isnull=True, path__isnull=False)),
                name="courses_assignment_module_or_path"),
            models.CheckConstraint(
                condition=(models.Q(person__isnull=False, invitation__isnull=True, job_role="")
                           | models.Q(person__isnull=True, invitation__isnull=False,
                                      job_role="")
                           | (models.Q(person__isnull=True, invitation__isnull=True)
                              & ~models.Q(job_role=""))),
                name="courses_assignment_role_person_or_invitation"),
            models.CheckConstraint(
                condition=(models.Q(due_date__isnull=False, due_days__isnull=True)
                           | models.Q(due_date__isnull=True, due_days__isnull=False,
                                      due_days__gte=1)),
                name="courses_assignment_date_or_days"),
        ]
        indexes = [models.Index(fields=["organisation", "due_date"])]

    def __str__(self):
        return f"{self.item} → {self.target_label}"

    @property
    def item(self):
        return self.module if self.module_id else self.path

    @property
    def target_label(self):
        if self.person_id:
            return self.person.get_full_name() or self.person.email
        if self.invitation_id:
            name = f"{self.invitation.first_name} {self.invitation.last_name}".strip()
            return name or self.invitation.email
        return JobRole(self.job_role).label


class AssignmentReminder(models.Model):
    """An overdue reminder sent to one person for one assignment: never sent twice."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="reminders")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="assignment_reminders")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("relance")
        verbose_name_plural = _("relances")
        constraints = [models.UniqueConstraint(fields=["assignment", "user"],
                                               name="courses_one_reminder_per_assignment")]

    def __str__(self):
        return f"{self.assignment_id} / {self.user_id}"


class AssignmentNotice(models.Model):
    """The email telling one person of a new assignment: never sent twice."""

    assignment = models.ForeignKey(Assignment, on_delete=models.CASCADE, related_name="notices")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                             related_name="assignment_notices")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("annonce d'affectation")
        verbose_name_plural = _("annonces d'affectation")
        constraints = [models.UniqueConstraint(fields=["assignment", "user"],
                                               name="courses_one_notice_per_assignment")]

    def __str__(self):
        return f"{self.assignment_id} / {self.user_id}"
