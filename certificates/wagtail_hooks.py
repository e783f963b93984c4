from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Certificate


class CertificateViewSet(SnippetViewSet):
    """The coordination looks certificates up and revokes them, with a reason."""

    model = Certificate
    icon = "doc-full-inverse"
    menu_label = _("Attestations")
    menu_order = 230
    add_to_admin_menu = True
    list_display = ["__str__", "kind", "status", "issued_at"]
    list_filter = ["kind", "status"]
    search_fields = ["code"]
    panels = [FieldPanel("status"), FieldPanel("revocation_reason")]
    search_backend_name = None
    inspect_view_enabled = True


register_snippet(CertificateViewSet)
