"""The forms of the trainer's pages in the room: marking attendance, adding a walk-in."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from accounts.models import JobRole, Organisation
from scheduling.models import Attendance

# A primary key as the database stores it (BigAutoField): a larger number is no one's.
MAX_ID = 2**63 - 1


def id_field():
    return forms.IntegerField(min_value=1, max_value=MAX_ID)


NEEDED_WITHOUT_EMAIL = _("Sans adresse e-mail, ce champ est nécessaire pour créer son compte.")


class WalkInForm(forms.Form):
    """Someone who came without registering: found by email, given an account in the
    organisation of their address's domain, or, without an address, given an account in the
    organisation chosen here, whose HR complete the address (see services.add_walk_in)."""

    email = forms.EmailField(
        label=_("Adresse e-mail"), required=False,
        help_text=_("Vide si la personne n'a pas d'adresse e-mail ou ne la connaît pas : "
                    "indiquez alors son organisation, ses RH la compléteront."),
        error_messages={"invalid": _("Saisissez une adresse e-mail valide.")},
        widget=forms.EmailInput(attrs={"autocomplete": "off"}))
    first_name = forms.CharField(label=_("Prénom"), max_length=150, required=False,
                                 widget=forms.TextInput(attrs={"autocomplete": "off"}))
    last_name = forms.CharField(label=_("Nom"), max_length=150, required=False,
                                widget=forms.TextInput(attrs={"autocomplete": "off"}))
    organisation = forms.ModelChoiceField(
        label=_("Organisation"), queryset=Organisation.objects.none(), required=False,
        empty_label=_("Choisir…"),
        help_text=_("Nécessaire sans adresse e-mail."),
        error_messages={"invalid_choice": _("Choisissez une organisation de la liste.")})
    job_role = forms.ChoiceField(label=_("Métier"), choices=JobRole.choices,
                                 initial=JobRole.CARETAKER,
                                 help_text=_("Pour une personne qui n'a pas encore de compte."))

    def __init__(self, *args, session=None, **kwargs):
        super().__init__(*args, **kwargs)
        organisations = Organisation.objects.filter(is_active=True).order_by("name")
        if session is not None and not session.open_to_all:
            organisations = organisations.filter(pk__in=session.organisations.all())
        self.fields["organisation"].queryset = organisations

    def clean(self):
        cleaned = super().clean()
        email = cleaned.get("email")
        if "email" in self.errors:
            return cleaned
        if not email:
            for name in ("first_name", "last_name", "organisation"):
                if not cleaned.get(name) and name not in self.errors:
                    self.add_error(name, NEEDED_WITHOUT_EMAIL)
        elif not get_user_model().objects.filter(email__iexact=email,
                                                 deleted_at__isnull=True).exists():
            for name in ("first_name", "last_name"):
                if not cleaned.get(name):
                    self.add_error(name, _("Pas encore de compte pour cette adresse : "
                                           "ce champ est nécessaire pour en créer un."))
        return cleaned


class AttendanceMarkForm(forms.Form):
    registration = id_field()
    slot = id_field()
    status = forms.ChoiceField(choices=Attendance.Status.choices)
    confirm = forms.BooleanField(required=False)


class SlotForm(forms.Form):
    """"Tous présents": the slot whose unmarked people are marked present."""

    slot = id_field()


class CloseForm(forms.Form):
    confirm = forms.BooleanField(required=True)
