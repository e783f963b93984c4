from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Certificate


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
