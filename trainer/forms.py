"""The forms of the trainer's pages in the room: marking attendance, adding a walk-in."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from accounts.models import JobRole
from scheduling.models import Attendance


class WalkInForm(forms.Form):
    """Someone who came without registering: found by email, or given an account in the
    organisation of their address's domain (see services.add_walk_in)."""

    email = forms.EmailField(label=_("Adresse e-mail"),
                             error_messages={"invalid": _("Saisissez une adresse e-mail "
                                                          "valide.")})
    first_name = forms.CharField(label=_("Prénom"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Nom"), max_length=150, required=False)
    job_role = forms.ChoiceField(label=_("Métier"), choices=JobRole.choices,
                                 initial=JobRole.CARETAKER,
                                 help_text=_("Pour une personne qui n'a pas encore de compte."))

    def clean(self):
        cleaned = super().clean()
        email = cleaned.get("email")
        if email and not get_user_model().objects.filter(email__iexact=email,
                                                         deleted_at__isnull=True).exists():
            for name in ("first_name", "last_name"):
                if not cleaned.get(name):
                    self.add_error(name, _("Pas encore de compte pour cette adresse : "
                                           "ce champ est nécessaire pour en créer un."))
        return cleaned




class AttendanceMarkForm(forms.Form):
    registration = forms.IntegerField()
    slot = forms.IntegerField()
    status = forms.ChoiceField(choices=Attendance.Status.choices)
    confirm = forms.BooleanField(required=False)
