from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts import access
from accounts.imports import MAX_BYTES
from accounts.models import JobRole
from core.widgets import LongSelect
from courses.models import LearningPathPage, ModulePage

from .stats import Status

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
MAX_PERIOD_DAYS = 366 * 5


ORGANISATION = _("Organisation")


def _organisation_field(viewer, *, required, label=ORGANISATION):
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
        organisation = _organisation_field(viewer, required=False)
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


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Fichier du personnel (CSV ou Excel .xlsx)"),
        help_text=_("Première ligne : les titres des colonnes prénom, nom, e-mail, métier, "
                    "site ou agence et, si vous voulez, matricule. 10 000 lignes et 5 Mo au "
                    "plus."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,.xlsx,.txt,text/csv"}))
    deactivate_missing = forms.BooleanField(
        label=_("Import complet : désactiver les comptes des personnes absentes du fichier "
                "(elles ne pourront plus se connecter ; leur suivi et leurs attestations sont "
                "conservés)"), required=False)

    def __init__(self, *args, viewer, **kwargs):
        super().__init__(*args, **kwargs)
        organisation = _organisation_field(viewer, required=True,
                                           label=_("Organisation à importer"))
        if organisation is not None:
            self.fields["organisation"] = organisation
            self.order_fields(["organisation"])

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_("Le fichier dépasse 5 Mo. Découpez-le en plusieurs "
                                          "fichiers."))
        return upload


class AssignmentForm(forms.Form):
    item = forms.ChoiceField(label=_("Module ou parcours"))
    target = forms.ChoiceField(label=_("Pour"), widget=forms.RadioSelect, choices=[
        ("job_role", _("tout un métier")), ("person", _("une personne"))], initial="job_role")
    job_role = forms.ChoiceField(label=_("Métier"), required=False,
                                 choices=[("", "—")] + list(JobRole.choices))
    person_email = forms.EmailField(label=_("E-mail de la personne"), required=False)
    due_date = forms.DateField(label=_("À terminer avant le"), widget=DATE_WIDGET)

    def __init__(self, *args, viewer, **kwargs):
        super().__init__(*args, **kwargs)
        self.viewer = viewer
        organisation = _organisation_field(viewer, required=True)
        if organisation is not None:
            self.fields["organisation"] = organisation
            self.order_fields(["organisation"])
        modules = ModulePage.objects.live().defer("steps").order_by("title")
        paths = LearningPathPage.objects.live().order_by("title")
        self.fields["item"].choices = [
            ("", _("Choisir…")),
            (_("Parcours"), [(f"path:{p.pk}", p.title) for p in paths]),
            (_("Modules"), [(f"module:{m.pk}", m.title) for m in modules]),
        ]

    def clean_due_date(self):
        due_date = self.cleaned_data["due_date"]
        if due_date < timezone.localdate():
            raise forms.ValidationError(_("La date limite ne peut pas être passée."))
        return due_date

    def clean(self):
        cleaned_data = super().clean()
        kind, _sep, pk = (cleaned_data.get("item") or "").partition(":")
        model = {"module": ModulePage, "path": LearningPathPage}.get(kind)
        page = model.objects.live().filter(pk=pk).first() if model and pk.isdigit() else None
        if cleaned_data.get("item") and page is None:
            self.add_error("item", _("Ce module ou parcours n'existe plus."))
        cleaned_data["module"] = page if kind == "module" else None
        cleaned_data["path"] = page if kind == "path" else None
        organisation = (cleaned_data.get("organisation") if "organisation" in self.fields
                        else self.viewer.organisation)
        cleaned_data["organisation"] = organisation
        cleaned_data["person"] = None
        if cleaned_data.get("target") == "person":
            email = cleaned_data.get("person_email")
            if not email:
                self.add_error("person_email", _("Indiquez l'e-mail de la personne."))
            elif organisation is not None:
                person = (access.visible_users(self.viewer)
                          .filter(email__iexact=email, organisation=organisation,
                                  is_active=True).first())
                if person is None:
                    self.add_error("person_email", _("Aucune personne active de "
                                                     "l'organisation n'a cette adresse."))
                cleaned_data["person"] = person
        elif cleaned_data.get("target") == "job_role" and not cleaned_data.get("job_role"):
            self.add_error("job_role", _("Choisissez le métier."))
        return cleaned_data


class PeriodForm(forms.Form):
    date_from = forms.DateField(label=_("Du"), widget=DATE_WIDGET, error_messages={
        "required": _("Indiquez la date de début."), "invalid": _("Date de début invalide.")})
    date_to = forms.DateField(label=_("Au"), widget=DATE_WIDGET, error_messages={
        "required": _("Indiquez la date de fin."), "invalid": _("Date de fin invalide.")})

    def __init__(self, *args, viewer, **kwargs):
        super().__init__(*args, **kwargs)
        organisation = _organisation_field(viewer, required=False)
        if organisation is not None:
            self.fields["organisation"] = organisation

    @staticmethod
    def default_period():
        today = timezone.localdate()
        return {"date_from": today.replace(day=1) - timedelta(days=365), "date_to": today}

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("date_from"), cleaned_data.get("date_to")
        if start and end:
            if start > end:
                self.add_error("date_to", _("La date de fin doit suivre la date de début."))
            elif (end - start).days > MAX_PERIOD_DAYS:
                self.add_error("date_to", _("La période ne peut pas dépasser cinq ans."))
        return cleaned_data
