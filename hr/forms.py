"""The forms of the HR space: filters of its lists, invitations, import, assignments,
registering staff to a session, certificates."""

import re
from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts import access, services
from accounts.imports import CONTROL_CHARACTERS, MAX_BYTES
from accounts.models import Invitation, JobRole
from certificates.models import Certificate
from courses.models import LearningPathPage, ModulePage
from reports.filters import organisation_choice

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
MAX_PERIOD_DAYS = 366 * 5


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
        organisation = organisation_choice(viewer, required=True,
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
        organisation = organisation_choice(viewer, required=True)
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
        organisation = organisation_choice(viewer, required=False)
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


class InvitationForm(forms.ModelForm):
    """HR invites one person (bulk import comes with the HR space)."""

    class Meta:
        model = Invitation
        fields = ["email", "first_name", "last_name", "job_role", "site", "organisation", "role"]

    def __init__(self, *args, organisations, allowed_roles, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        self.fields["organisation"].empty_label = None
        if organisations.count() == 1:
            self.fields["organisation"].initial = organisations.first()
            self.fields["organisation"].widget = forms.HiddenInput()
        self.fields["role"].choices = [(r.value, r.label) for r in allowed_roles]
        if len(allowed_roles) == 1:
            self.fields["role"].widget = forms.HiddenInput()
            self.fields["role"].initial = allowed_roles[0].value
        self.fields["email"].widget.attrs["autocomplete"] = "off"

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean(self):
        cleaned_data = super().clean()
        email, organisation = cleaned_data.get("email"), cleaned_data.get("organisation")
        if email and organisation:
            try:
                services.check_invitable(email, organisation)
            except forms.ValidationError as error:
                self.add_error("email", error)
        return cleaned_data


class StaffRegistrationForm(forms.Form):
    """HR picks people of their organisation to register to a session."""

    people = forms.ModelMultipleChoiceField(
        label=_("Personnes à inscrire"), queryset=None, widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Cochez au moins une personne."),
                        "invalid_choice": _("Cette personne ne fait pas partie de votre "
                                            "organisation.")})

    def __init__(self, *args, staff, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["people"].queryset = staff
        self.fields["people"].label_from_instance = (
            lambda u: f"{u.get_full_name()} — {u.get_job_role_display()}"
                      + (f" ({u.site})" if u.site else ""))


# Invisible characters that reorder the text around them: a printed name could read otherwise
# than it is typed.
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


class CertificateFilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("Type"), required=False,
                             choices=[("", _("Tous"))] + list(Certificate.Kind.choices))
    subject = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    title = forms.CharField(label=_("Intitulé contient"), required=False, max_length=100)
    issued_from = forms.DateField(label=_("Délivrée à partir du"), required=False,
                                  widget=forms.DateInput(attrs={"type": "date"}))
    issued_to = forms.DateField(label=_("jusqu'au"), required=False,
                                widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self):
        cleaned_data = super().clean()
        start, end = cleaned_data.get("issued_from"), cleaned_data.get("issued_to")
        if start and end and start > end:
            self.add_error("issued_to", _("La date de fin doit suivre la date de début."))
        return cleaned_data

    def filter(self, certificates):
        if not self.is_valid():
            return certificates
        data = self.cleaned_data
        if data["kind"]:
            certificates = certificates.filter(kind=data["kind"])
        if data["subject"] and data["kind"]:
            certificates = certificates.filter(subject_id=data["subject"])
        if data["title"]:
            certificates = certificates.filter(snapshot__title__icontains=data["title"])
        if data["issued_from"]:
            certificates = certificates.filter(issued_at__date__gte=data["issued_from"])
        if data["issued_to"]:
            certificates = certificates.filter(issued_at__date__lte=data["issued_to"])
        return certificates

    def as_filters(self):
        if not self.is_valid():
            return {}
        return {key: str(value) for key, value in self.cleaned_data.items() if value}


class NameCorrectionForm(forms.Form):
    """HR or the coordination corrects the name printed on a certificate."""

    name = forms.CharField(label=_("Nom à imprimer sur l'attestation"), max_length=300,
                           help_text=_("Prénom et nom, tels qu'ils doivent apparaître."))
    reason = forms.CharField(label=_("Motif de la correction"), max_length=500,
                             widget=forms.Textarea(attrs={"rows": 3}),
                             help_text=_("Par exemple : faute de frappe, changement de nom "
                                         "d'usage. Il est gardé avec la correction."))

    def __init__(self, *args, current, **kwargs):
        super().__init__(*args, initial={"name": current}, **kwargs)
        self.current = current

    def clean_name(self):
        name = " ".join(self.cleaned_data["name"].split())
        if CONTROL_CHARACTERS.search(name) or BIDI_CONTROLS.search(name):
            raise forms.ValidationError(_("Le nom contient un caractère invisible (caractère de "
                                          "contrôle) : retirez-le."))
        if name == self.current:
            raise forms.ValidationError(_("C'est déjà le nom inscrit sur l'attestation."))
        return name
