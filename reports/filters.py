"""Which staff a figure or an export covers: the dashboard's filters, read again by the export
task from the query string it kept (reports.jobs)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts import access
from accounts.models import JobRole
from core.widgets import LongSelect

from .stats import Status

ORGANISATION = _("Organisation")


def organisation_choice(viewer, *, required, label=ORGANISATION):
    """A choice of organisation for the coordinator; None for HR (their own, implicitly)."""
    if not access.is_coordinator(viewer):
        return None
    field = forms.ModelChoiceField(label=label, required=required, widget=LongSelect,
                                   queryset=access.visible_organisations(viewer))
    field.empty_label = _("Toutes") if not required else _("Choisir…")
    # Names only, in one query (not 600 model instances through a server-side cursor).
    field.choices = [("", field.empty_label),
                     *field.queryset.order_by("name").values_list("pk", "name")]
    return field


class StaffFilterForm(forms.Form):
    """The dashboard's filters; the exports reuse them."""

    q = forms.CharField(label=_("Nom, e-mail ou matricule"), required=False, max_length=100)
    site = forms.ChoiceField(label=_("Site ou agence"), required=False)
    job_role = forms.ChoiceField(label=_("Métier"), required=False,
                                 choices=[("", _("Tous"))] + list(JobRole.choices))
    status = forms.ChoiceField(label=_("Statut"), required=False,
                               choices=[("", _("Tous"))] + Status.CHOICES)

    def __init__(self, *args, viewer, sites, **kwargs):
        super().__init__(*args, **kwargs)
        organisation = organisation_choice(viewer, required=False)
        if organisation is not None:
            self.fields["organisation"] = organisation
            self.order_fields(["organisation"])
        self.fields["site"].choices = [("", _("Tous"))] + [(s, s) for s in sites]

    def filters(self):
        """The valid filters, as keyword arguments of `stats.staff` (invalid ones left out)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        data = self.cleaned_data
        return {"organisation": data.get("organisation"), "site": data.get("site", ""),
                "job_role": data.get("job_role", ""), "status": data.get("status", ""),
                "query": (data.get("q") or "").strip()}
