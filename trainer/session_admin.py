"""Trainers and the coordination schedule sessions in the Wagtail admin.

Every view of the session viewset (listing, add, edit, delete, history, usage, copy, inspect)
applies the rule of the trainer pages: a trainer acts on the sessions they run, the
coordination on all of them (`scheduling.services.trained_by`). Wagtail's generic views only
check the model-wide permission, so the rule is applied twice: in the views' querysets and
objects (`RunByItsTrainers`), and in the permission policy (scheduling.permissions), which
Wagtail asks before showing an action on a session.
"""

from django.contrib import messages
from django.http import Http404
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.admin.viewsets.model import ModelViewSet

from accounts import access
from accounts.roles import Role, has_role
from scheduling import services
from scheduling.forms import SessionAdminForm
from scheduling.models import AwarenessSession


class RunByItsTrainers:
    """Listing and objects limited to the sessions the person runs (404 for the others)."""

    def get_base_queryset(self):
        return super().get_base_queryset().filter(
            pk__in=services.trained_by(self.request.user).values("pk"))

    def get_object(self, *args, **kwargs):
        session = super().get_object(*args, **kwargs)
        if not services.trained_by(self.request.user).filter(pk=session.pk).exists():
            raise Http404
        return session


def runs_own_sessions_only(user):
    """A trainer (not the coordination) must stay among the trainers of what they save."""
    return has_role(user, Role.TRAINER) and not access.is_coordinator(user)


def warn_about_conflicts(request, session):
    """Saved all the same: a trainer or a room booked twice at once is said, not refused
    (two trainers may share a room on purpose)."""
    for text in services.conflict_warnings(session, request.user):
        messages.warning(request, text)


class SessionCreateView(generic.CreateView):
    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        trainers = form.fields.get("trainers")
        if trainers is not None and runs_own_sessions_only(self.request.user) \
                and not form.is_bound:
            form.initial.setdefault("trainers", [self.request.user.pk])
        return form

    def save_instance(self):
        session = super().save_instance()
        AwarenessSession.objects.filter(pk=session.pk).update(created_by=self.request.user)
        if runs_own_sessions_only(self.request.user):
            # Whoever schedules a session runs it: otherwise it would vanish from their space.
            AwarenessSession.trainers.through.objects.get_or_create(
                awarenesssession=session, user=self.request.user)
        services.after_admin_save(session, user=self.request.user)
        warn_about_conflicts(self.request, session)
        return session


class SessionEditView(RunByItsTrainers, generic.EditView):
    """Keeps what registrants knew before the edit, to tell them what changed."""

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if runs_own_sessions_only(self.request.user):
            form.keep_trainer = self.request.user
        return form

    def get_object(self, queryset=None):
        session = super().get_object(queryset)
        self.before = services.schedule_fingerprint(session)
        self.previous_status = session.status
        return session

    def save_instance(self):
        session = super().save_instance()
        services.after_admin_save(session, before=self.before,
                                  previous_status=self.previous_status, user=self.request.user)
        warn_about_conflicts(self.request, session)
        return session


class SessionIndexView(RunByItsTrainers, generic.IndexView):
    pass


class SessionDeleteView(RunByItsTrainers, generic.DeleteView):
    pass


class SessionHistoryView(RunByItsTrainers, history.HistoryView):
    pass


class SessionUsageView(RunByItsTrainers, usage.UsageView):
    pass


class SessionCopyView(RunByItsTrainers, generic.CopyView):
    pass


class SessionInspectView(RunByItsTrainers, generic.InspectView):
    pass


class ManageColumn(Column):
    def get_value(self, instance):
        return format_html('<a href="{}">{}</a>',
                           reverse("trainer:session", args=[instance.pk]),
                           _("Inscrits et présence"))


class SessionViewSet(ModelViewSet):
    model = AwarenessSession
    icon = "calendar-alt"
    menu_label = _("Sessions")
    menu_order = 220
    add_to_admin_menu = True
    index_view_class = SessionIndexView
    add_view_class = SessionCreateView
    edit_view_class = SessionEditView
    delete_view_class = SessionDeleteView
    history_view_class = SessionHistoryView
    usage_view_class = SessionUsageView
    copy_view_class = SessionCopyView
    inspect_view_class = SessionInspectView
    list_display = ["title", "starts_at", "status", "capacity",
                    ManageColumn("manage", label=_("Gérer"))]
    list_filter = ["status"]
    search_fields = ["title", "topic", "place_name"]
    search_backend_name = None
    ordering = ["-starts_at"]
    inspect_view_enabled = True
    edit_handler = ObjectList(AwarenessSession.panels, base_form_class=SessionAdminForm)
