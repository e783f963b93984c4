from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminModelForm

from .models import AwarenessSession, Registration


class SessionAdminForm(WagtailAdminModelForm):
    """The session form of the admin, with the rules that span several fields and slots (the
    audience's checkboxes come from its field, accounts.audience.AudienceField)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        status = self.fields.get("status")
        if status is not None:
            if self.instance.status == AwarenessSession.Status.SCHEDULED:
                status.choices = [(value, label) for value, label in status.choices
                                  if value != AwarenessSession.Status.CLOSED]
                status.help_text = _("Choisir « Annulée » prévient par e-mail toutes les "
                                     "personnes inscrites ou en attente.")
            else:
                status.disabled = True
        if "trainers" in self.fields:
            self.fields["trainers"].widget = forms.CheckboxSelectMultiple()
            self.fields["trainers"].queryset = self.fields["trainers"].queryset.order_by(
                "last_name", "first_name").distinct()

    # Set by the admin's edit view for a trainer: they must stay among the session's trainers.
    keep_trainer = None

    def _slot_forms(self):
        formset = self.formsets.get("slots")
        if formset is None:
            return []
        deleted = set(formset.deleted_forms) if formset.is_bound and formset.can_delete else set()
        return [form for form in formset.forms
                if form not in deleted and form.is_valid() and form.cleaned_data.get("starts_at")]

    def clean(self):
        cleaned = super().clean()
        now = timezone.now()
        slot_forms = self._slot_forms()
        starts = [form.cleaned_data["starts_at"] for form in slot_forms]
        first_start = min(starts, default=None)
        for form, start in zip(slot_forms, starts, strict=True):
            if (form.instance.pk is None or "starts_at" in form.changed_data) and start < now:
                form.add_error("starts_at", _("Ce créneau est dans le passé."))

        deadline = cleaned.get("registration_deadline")
        if deadline and first_start and deadline > first_start:
            self.add_error("registration_deadline", _(
                "La date limite d'inscription doit précéder le début de la session."))
        if deadline and "registration_deadline" in self.changed_data and deadline < now:
            self.add_error("registration_deadline",
                           _("La date limite d'inscription est déjà passée."))

        capacity = cleaned.get("capacity")
        if capacity and self.instance.pk:
            seated = self.instance.registrations.filter(status__in=Registration.SEATED).count()
            if capacity < seated:
                self.add_error("capacity", ngettext(
                    "%(count)d personne est déjà inscrite : la capacité ne peut pas descendre "
                    "en dessous.",
                    "%(count)d personnes sont déjà inscrites : la capacité ne peut pas "
                    "descendre en dessous.", seated) % {"count": seated})

        trainers = cleaned.get("trainers")
        if self.keep_trainer is not None and trainers is not None \
                and self.keep_trainer not in trainers:
            self.add_error("trainers", _(
                "Restez parmi les formateur·rices de la session : sans cela, vous ne pourriez "
                "plus la gérer. Pour la confier à un·e collègue, demandez à la coordination."))
        if not (cleaned.get("address") or cleaned.get("place_name") or cleaned.get("video_url")):
            self.add_error("address", _("Indiquez un lieu ou un lien de visioconférence."))
        if not cleaned.get("open_to_all") and not cleaned.get("organisations"):
            self.add_error("organisations", _(
                "Choisissez au moins une organisation, ou ouvrez la session à toutes."))
        if (cleaned.get("status") == AwarenessSession.Status.CANCELLED
                and not (cleaned.get("cancellation_reason") or "").strip()):
            self.add_error("cancellation_reason", _(
                "Indiquez le motif : il est envoyé aux personnes inscrites."))
        return cleaned




class CheckInCodeForm(forms.Form):
    """A learner types the code shown under the room's QR code (services.check_in_with_code)."""

    code = forms.CharField(
        label=_("Code affiché par le formateur"), max_length=20,
        help_text=_("6 lettres et chiffres, sous le QR code. Il change chaque minute."),
        error_messages={"required": _("Tapez le code affiché par le formateur."),
                        "max_length": _("Le code affiché par le formateur a 6 caractères.")},
        widget=forms.TextInput(attrs={
            "autocomplete": "off", "autocapitalize": "characters", "autocorrect": "off",
            "spellcheck": "false", "enterkeyhint": "go", "class": "checkin-code-input"}))
