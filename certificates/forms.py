import re

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.imports import CONTROL_CHARACTERS

from .models import Certificate

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
