from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "kind", "signup_code", BooleanColumn("is_active")]
    list_filter = ["kind", "is_active"]
    search_fields = ["name"]
    ordering = ["name"]


register_snippet(OrganisationViewSet)


# --- What HR change in a person's account, in Wagtail's log (accounts.services) -------------

def _field_label(name):
    from django.contrib.auth import get_user_model

    if name == "leads_team":
        return str(_("rôle d'encadrant·e"))
    return str(get_user_model()._meta.get_field(name).verbose_name)


@hooks.register("register_log_actions")
def register_staff_log_actions(actions):
    from wagtail.log_actions import LogFormatter

    from . import services

    @actions.register_action(services.LOG_DETAILS)
    class DetailsChanged(LogFormatter):
        label = _("Fiche modifiée")

        def format_message(self, log_entry):
            fields = (log_entry.data or {}).get("fields", [])
            return _("Fiche modifiée : %(fields)s") % {
                "fields": ", ".join(_field_label(name) for name in fields)}

    actions.register_action(services.LOG_DEACTIVATE, _("Compte désactivé"),
                            _("Compte désactivé"))
    actions.register_action(services.LOG_REACTIVATE, _("Compte réactivé"),
                            _("Compte réactivé"))


@hooks.register("register_log_actions")
def register_email_completed_log_action(actions):
    """HR entered the address of a walk-in who came without one (services.complete_email)."""
    from . import services

    actions.register_action(services.LOG_EMAIL_COMPLETED, _("Adresse e-mail renseignée"),
                            _("Adresse e-mail renseignée par les RH"))
