from allauth.core import context
from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from . import services
from .access import is_coordinator
from .models import JobRole
from .roles import Role

NAME_MAX = 150


class SignupDetailsForm(forms.Form):
    """Extra fields of allauth's sign-up form, and the rule of who may sign up where."""

    first_name = forms.CharField(label=_("Prénom"), max_length=NAME_MAX,
                                 widget=forms.TextInput(attrs={"autocomplete": "given-name"}))
    last_name = forms.CharField(label=_("Nom"), max_length=NAME_MAX,
                                widget=forms.TextInput(attrs={"autocomplete": "family-name"}))
    job_role = forms.ChoiceField(label=_("Métier"), choices=JobRole.choices)
    site = forms.CharField(label=_("Site ou agence (facultatif)"), max_length=200, required=False)
    signup_code = forms.CharField(
        label=_("Code d'inscription de votre organisation"),
        max_length=32,
        required=False,
        help_text=_("Inutile si vous avez reçu une invitation ou si vous utilisez votre "
                    "adresse e-mail professionnelle."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )

    field_order = ["email", "first_name", "last_name", "job_role", "site", "signup_code",
                   "password1", "password2"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.invitation = self._session_invitation()
        if self.invitation is not None and self.invitation.is_usable:
            self.fields["first_name"].initial = self.invitation.first_name
            self.fields["last_name"].initial = self.invitation.last_name
            self.fields["job_role"].initial = self.invitation.job_role
            self.fields["site"].initial = self.invitation.site
            del self.fields["signup_code"]

    @staticmethod
    def _session_invitation():
        request = context.request
        token = request.session.get(services.INVITATION_SESSION_KEY) if request else None
        return services.find_invitation(token)

    def clean(self):
        cleaned_data = super().clean()
        email = cleaned_data.get("email")
        if not email:
            return cleaned_data
        try:
            self.organisation, self.accepted_invitation = services.resolve_signup_organisation(
                email, signup_code=cleaned_data.get("signup_code", ""), invitation=self.invitation
            )
        except forms.ValidationError as error:
            field = "signup_code" if "signup_code" in self.fields else None
            self.add_error(field, error)
        return cleaned_data

    def signup(self, request, user):
        services.complete_signup(
            user,
            organisation=self.organisation,
            invitation=self.accepted_invitation,
            job_role=self.cleaned_data["job_role"],
            site=self.cleaned_data.get("site", ""),
        )
        request.session.pop(services.INVITATION_SESSION_KEY, None)


class ProfileForm(forms.ModelForm):
    class Meta:
        model = get_user_model()
        fields = ["first_name", "last_name", "job_role", "site"]
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
        }


class DeleteAccountForm(forms.Form):
    confirm = forms.CharField(
        label=_("Pour confirmer, écrivez SUPPRIMER"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )

    def clean_confirm(self):
        value = self.cleaned_data["confirm"].strip().upper()
        if value != "SUPPRIMER":
            raise forms.ValidationError(_("Écrivez SUPPRIMER en majuscules pour confirmer."))
        return value


def invitable_roles(user):
    """HR invite staff and team leaders (who see their team's progress); the coordinator can
    also invite HR, trainers, editors and clinical reviewers."""
    if is_coordinator(user):
        return [Role.LEARNER, Role.MANAGER, Role.HR, Role.TRAINER, Role.EDITOR, Role.REVIEWER,
                Role.COORDINATOR]
    return [Role.LEARNER, Role.MANAGER]
