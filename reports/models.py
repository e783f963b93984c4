"""Summary tables: the figures of the dashboards and indicators, kept per person and per
organisation × job role (× month, × module), so that reading them does not grow with history.

They hold nothing that is not in the raw rows (progress, attempts, registrations,
assignments): reports.summaries recomputes the part a change touches, in the transaction of
the change, and `manage.py rebuild_summaries` recomputes everything.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class StaffSummary(models.Model):
    """Where one person stands: what the staff list and the headline figures need."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, primary_key=True,
                                on_delete=models.CASCADE, related_name="training_summary")
    organisation = models.ForeignKey("accounts.Organisation", null=True, blank=True,
                                     on_delete=models.CASCADE, related_name="+")
    job_role = models.CharField(max_length=30, blank=True)
    # On the dashboards: active, in an organisation, not deleted.
    is_current = models.BooleanField(default=False)
    is_deleted = models.BooleanField(default=False)
    modules_completed = models.PositiveIntegerField(default=0)
    # The month of their first completed module or attended session.
    first_trained_month = models.DateField(null=True, blank=True)
    assigned = models.PositiveIntegerField(default=0)
    assigned_done = models.PositiveIntegerField(default=0)
    # Their earliest own due date (courses.progress.due_on) of an assignment not done.
    next_due = models.DateField(null=True, blank=True)

    class Meta:
        verbose_name = _("situation d'une personne")
        verbose_name_plural = _("situations des personnes")
        indexes = [models.Index(fields=["organisation", "job_role"],
                                include=["is_current", "modules_completed", "next_due",
                                         "assigned"],
                                name="reports_staff_org_role")]

    def __str__(self):
        return str(self.user_id)


class CompletionCell(models.Model):
    """Modules (or paths: `page_id`) completed by the current staff of one organisation and
    job role."""

    organisation = models.ForeignKey("accounts.Organisation", on_delete=models.CASCADE,
                                     related_name="+")
    job_role = models.CharField(max_length=30, blank=True)
    page_id = models.PositiveIntegerField()
    completed = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organisation", "job_role", "page_id"],
                                               name="reports_one_completion_cell")]

    def __str__(self):
        return f"{self.organisation_id}/{self.job_role}/{self.page_id}"


class MonthCell(models.Model):
    """One organisation, job role and month (its first day, local time).

    - started: modules started that month; started_completed: of those, completed to date;
    - completions: modules completed that month (current staff: completions_current);
    - attempts, passed: quiz attempts submitted that month;
    - attended: presences at sessions that started that month.
    People whose account was deleted are left out.
    """

    organisation = models.ForeignKey("accounts.Organisation", on_delete=models.CASCADE,
                                     related_name="+")
    job_role = models.CharField(max_length=30, blank=True)
    month = models.DateField()
    started = models.PositiveIntegerField(default=0)
    started_completed = models.PositiveIntegerField(default=0)
    completions = models.PositiveIntegerField(default=0)
    completions_current = models.PositiveIntegerField(default=0)
    attempts = models.PositiveIntegerField(default=0)
    passed = models.PositiveIntegerField(default=0)
    attended = models.PositiveIntegerField(default=0)

    FIGURES = ("started", "started_completed", "completions", "completions_current",
               "attempts", "passed", "attended")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organisation", "job_role", "month"],
                                               name="reports_one_month_cell")]
        indexes = [models.Index(fields=["month", "organisation"], name="reports_month_org")]

    def __str__(self):
        return f"{self.organisation_id}/{self.job_role}/{self.month:%Y-%m}"


class ModuleMonthCell(models.Model):
    """One organisation, module and month: modules started (and of those, completed to date),
    attempts at the module's quiz and how many passed (same rules as MonthCell)."""

    organisation = models.ForeignKey("accounts.Organisation", on_delete=models.CASCADE,
                                     related_name="+")
    module_id = models.PositiveIntegerField()
    month = models.DateField()
    started = models.PositiveIntegerField(default=0)
    started_completed = models.PositiveIntegerField(default=0)
    attempts = models.PositiveIntegerField(default=0)
    passed = models.PositiveIntegerField(default=0)

    FIGURES = ("started", "started_completed", "attempts", "passed")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organisation", "module_id", "month"],
                                               name="reports_one_module_month_cell")]
        indexes = [models.Index(fields=["month", "module_id"], name="reports_module_month")]

    def __str__(self):
        return f"{self.organisation_id}/{self.module_id}/{self.month:%Y-%m}"


class SessionCell(models.Model):
    """One awareness session's seated registrations (registered, present, absent, excused),
    presences and hours of presence, whoever the people (the sessions indicators)."""

    session = models.OneToOneField("scheduling.AwarenessSession", primary_key=True,
                                   on_delete=models.CASCADE, related_name="+")
    seated = models.PositiveIntegerField(default=0)
    present = models.PositiveIntegerField(default=0)
    hours = models.DecimalField(max_digits=9, decimal_places=2, default=0)

    def __str__(self):
        return str(self.session_id)


class ExportJob(models.Model):
    """A large spreadsheet built by the task worker, for the person who asked only, kept
    until `expires_at` (`manage.py purge_exports`)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("En attente")
        RUNNING = "running", _("En cours")
        READY = "ready", _("Prêt")
        FAILED = "failed", _("Échec")

    class Kind(models.TextChoices):
        MATRIX = "matrix", _("Suivi de formation")
        ATTENDANCE = "attendance", _("Présences aux sessions")

    requested_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                     related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    extension = models.CharField(max_length=4)
    query = models.CharField(max_length=2000, blank=True, help_text="The filters, as a query "
                             "string of the dashboard.")
    language = models.CharField(max_length=10, default="fr")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    file = models.FileField(upload_to="exports/", blank=True)
    file_name = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("export")
        verbose_name_plural = _("exports")
        indexes = [models.Index(fields=["requested_by", "-created_at"]),
                   models.Index(fields=["expires_at"])]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.pk})"

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0
