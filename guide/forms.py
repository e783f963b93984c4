from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .decision import load_rules
from .models import Contact, Situation

ARRONDISSEMENTS = [(13, _("Paris 13e")), (20, _("Paris 20e"))]


class DecisionAidForm(forms.Form):
    """One group of checkboxes per kind of sign; at least one must be ticked."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for group in load_rules().groups:
            self.fields[group.key] = forms.MultipleChoiceField(
                label=group.legend, required=False, widget=forms.CheckboxSelectMultiple,
                choices=[(sign.key, sign.label) for sign in group.signs],
            )

    def clean(self):
        cleaned_data = super().clean()
        selected = {key for group in load_rules().groups
                    for key in cleaned_data.get(group.key, [])}
        if not selected:
            raise forms.ValidationError(
                _("Cochez au moins un signe que vous avez constaté."), code="empty")
        cleaned_data["selected"] = selected
        return cleaned_data


class DirectoryFilterForm(forms.Form):
    arrondissement = forms.TypedChoiceField(
        label=_("Arrondissement"), required=False, coerce=int, empty_value=None,
        choices=[("", _("Tous"))] + ARRONDISSEMENTS,
    )
    situation = forms.ModelChoiceField(
        label=_("Situation"), required=False, queryset=Situation.objects.all(),
        to_field_name="slug", empty_label=_("Toutes"),
    )
    category = forms.ChoiceField(
        label=_("Type de contact"), required=False,
        choices=[("", _("Tous"))] + list(Contact.Category.choices),
    )

    def filter(self, contacts):
        if not self.is_valid():
            return contacts
        data = self.cleaned_data
        if data.get("arrondissement"):
            number = data["arrondissement"]
            contacts = contacts.filter(Q(arrondissement=number) | Q(arrondissement__isnull=True))
        if data.get("situation"):
            contacts = contacts.filter(situations=data["situation"])
        if data.get("category"):
            contacts = contacts.filter(category=data["category"])
        return contacts


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Rechercher dans le guide"), max_length=100, required=False)
