from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from accounts import groups, privacy
from accounts.home import HOOK, HomePanel

from .models import Certificate, normalise_code
from .privacy import export_certificates


class CertificateIndexView(IndexView):
    def search_queryset(self, queryset):
        """The code as printed ("ABCD-EFGH-…"), typed with spaces or in lower case, or a
        part of it."""
        if not self.is_searching:
            return queryset
        code = normalise_code(self.search_query)
        return queryset.filter(code__contains=code) if code else queryset.none()


class CertificateViewSet(SnippetViewSet):
    """The coordination looks certificates up and revokes them, with a reason."""

    model = Certificate
    icon = "doc-full-inverse"
    menu_label = _("Attestations")
    menu_order = 230
    add_to_admin_menu = True
    list_display = ["__str__", "kind", "status", "issued_at", "expires_on"]
    list_filter = ["kind", "status"]
    search_fields = ["code"]
    index_view_class = CertificateIndexView
    panels = [FieldPanel("status"), FieldPanel("revocation_reason")]
    search_backend_name = None
    inspect_view_enabled = True


register_snippet(CertificateViewSet)


@hooks.register(HOOK)
def certificates_panel(request):
    """On the home: how many certificates the person holds, and the latest."""
    if request.user.organisation_id is None:
        return None
    held = Certificate.objects.filter(recipient=request.user).exclude(
        status=Certificate.Status.REVOKED).order_by("-issued_at")
    return HomePanel(30, "certificates/includes/home_certificates.html",
                     {"count": held.count(), "latest": held.first()})


@hooks.register(groups.HOOK)
def role_permissions():
    return {"coordinator": ["certificates.view_certificate", "certificates.change_certificate"]}


@hooks.register(privacy.HOOK)
def personal_data():
    # Certificates stay verifiable after an account is deleted: nothing to erase.
    return privacy.PersonalData("attestations", export=export_certificates)


@hooks.register("register_log_actions")
def register_renewal_log_action(actions):
    """A refresher path completed renewed the certificate (services.renew_for)."""
    from .services import LOG_RENEWED

    actions.register_action(LOG_RENEWED, _("Attestation renouvelée"),
                            _("Attestation renouvelée par le parcours de rappel"))
