"""The filters of the research results: a version, then session, module, period,
organisation, job role. Whatever the filters, cells below the threshold stay hidden."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import JobRole, Organisation
from courses.models import ModulePage
from scheduling.models import AwarenessSession

from .models import QuestionnaireVersion, Response, SubjectKind


class VersionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, version):
        return f"{version.title} — v{version.number}"


class ResultsFilterForm(forms.Form):
    version = VersionChoiceField(
        label=_("Questionnaire (version)"), required=False, empty_label=_("Choisir…"),
        queryset=QuestionnaireVersion.objects.order_by("title", "-number"))
    session = forms.ModelChoiceField(
        label=_("Session"), required=False, empty_label=_("Toutes"),
        queryset=AwarenessSession.objects.filter(
            pk__in=Response.objects.filter(subject_kind=SubjectKind.SESSION,
                                           subject_id__isnull=False).values("subject_id")
        ).order_by("-starts_at"))
    module = forms.ModelChoiceField(label=_("Module"), required=False, empty_label=_("Tous"),
                                    queryset=ModulePage.objects.live().order_by("title"))
    date_from = forms.DateField(label=_("Du"), required=False,
                                widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("Au"), required=False,
                              widget=forms.DateInput(attrs={"type": "date"}))
    organisation = forms.ModelChoiceField(label=_("Organisation"), required=False,
                                          empty_label=_("Toutes"),
                                          queryset=Organisation.objects.order_by("name"))
    job_role = forms.ChoiceField(label=_("Métier"), required=False,
                                 choices=[("", _("Tous")), *JobRole.choices])

    def clean(self):
        data = super().clean()
        if data.get("session") and data.get("module"):
            raise forms.ValidationError(_("Choisissez une session ou un module, pas les deux."))
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            raise forms.ValidationError(_("La date de début est après la date de fin."))
        return data

    def responses(self):
        return self._filtered(Response.objects.filter(version=self.cleaned_data["version"]))

    def followup_responses(self):
        """The follow-up micro-cases' rows under the same filters (period, module,
        organisation, job role; a session filter leaves none: they follow modules)."""
        return self._filtered(Response.objects.all())

    def _filtered(self, rows):
        data = self.cleaned_data
        if data.get("session"):
            rows = rows.filter(subject_kind=SubjectKind.SESSION, subject_id=data["session"].pk)
        if data.get("module"):
            rows = rows.filter(subject_kind=SubjectKind.MODULE, subject_id=data["module"].pk)
        if data.get("date_from"):
            rows = rows.filter(answered_on__gte=data["date_from"])
        if data.get("date_to"):
            rows = rows.filter(answered_on__lte=data["date_to"])
        if data.get("organisation"):
            rows = rows.filter(organisation=data["organisation"])
        if data.get("job_role"):
            rows = rows.filter(job_role=data["job_role"])
        return rows
