"""Trainers and the coordination schedule sessions in the Wagtail admin."""

from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from . import services
from .forms import SessionAdminForm
from .models import AwarenessSession


class SessionCreateView(generic.CreateView):
    def save_instance(self):
        session = super().save_instance()
        AwarenessSession.objects.filter(pk=session.pk).update(created_by=self.request.user)
        services.after_admin_save(session, user=self.request.user)
        return session


class SessionEditView(generic.EditView):
    """Keeps what registrants knew before the edit, to tell them what changed."""

    def get_object(self, queryset=None):
        session = super().get_object(queryset)
        self.before = services.schedule_fingerprint(session)
        self.previous_status = session.status
        return session

    def save_instance(self):
        session = super().save_instance()
        services.after_admin_save(session, before=self.before,
                                  previous_status=self.previous_status, user=self.request.user)
        return session


class ManageColumn(Column):
    def get_value(self, instance):
        return format_html('<a href="{}">{}</a>',
                           reverse("scheduling:attendance", args=[instance.pk]),
                           _("Inscrits et présence"))


class SessionViewSet(ModelViewSet):
    model = AwarenessSession
    icon = "calendar-alt"
    menu_label = _("Sessions")
    menu_order = 220
    add_to_admin_menu = True
    add_view_class = SessionCreateView
    edit_view_class = SessionEditView
    list_display = ["title", "starts_at", "status", "capacity",
                    ManageColumn("manage", label=_("Gérer"))]
    list_filter = ["status"]
    search_fields = ["title", "topic", "place_name"]
    search_backend_name = None
    ordering = ["-starts_at"]
    inspect_view_enabled = True
    edit_handler = ObjectList(AwarenessSession.panels, base_form_class=SessionAdminForm)


@hooks.register("register_admin_viewset")
def register_session_viewset():
    return SessionViewSet("sessions")
