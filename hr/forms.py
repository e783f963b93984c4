"""The forms of the HR space: filters of its lists, invitations, a person's details, import,
assignments, registering staff to a session, certificates."""

import re
from datetime import timedelta

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts import services
from accounts.imports import CONTROL_CHARACTERS, MAX_BYTES
from accounts.models import Invitation, JobRole
from accounts.roles import GROUP_NAMES, Role, assigned_roles
from certificates.models import Certificate, Validity, validity_q
from courses.assignments import MAX_DUE_DAYS
from courses.models import LearningPathPage, ModulePage
from reports.filters import organisation_choice

DATE_WIDGET = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
MAX_PERIOD_DAYS = 366 * 5


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("Fichier du personnel (CSV ou Excel .xlsx)"),
        help_text=_("Première ligne : les titres des colonnes prénom, nom, e-mail, métier, "
                    "site ou agence et, si vous voulez, matricule et date d'arrivée (comme "
                    "dans le modèle). 10 000 lignes et 5 Mo au plus."),
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


# The largest id a database row can have (a bigint): a larger number names nobody.
MAX_ID = 2**63 - 1


class RowsField(forms.ModelMultipleChoiceField):
    """Checkboxes of rows; a posted id no database integer can hold is an invalid choice
    like any other (SQLite would fail on it)."""

    def clean(self, value):
        for item in value or ():
            if str(item).isdigit() and int(item) > MAX_ID:
                raise forms.ValidationError(self.error_messages["invalid_choice"],
                                            code="invalid_choice", params={"value": item})
        return super().clean(value)


def person_label(person):
    """How a person is named in the HR space's checkbox lists."""
    return (f"{person.get_full_name() or person.email} — {person.get_job_role_display()}"
            + (f" ({person.site})" if person.site else ""))


class AssignmentForm(forms.Form):
    """A module or a path for a job role or for people (some perhaps invited, not signed up
    yet), before a date or within some days of each person's arrival.

    `staff` and `invitations`: every person and pending invitation the viewer may assign to
    (what validation accepts); the view narrows the lists shown to its filters."""

    TARGET_ROLE, TARGET_PEOPLE = "job_role", "person"
    DUE_DATE, DUE_DAYS = "date", "days"

    item = forms.ChoiceField(label=_("Module ou parcours"))
    target = forms.ChoiceField(label=_("Pour"), widget=forms.RadioSelect, choices=[
        (TARGET_ROLE, _("tout un métier")), (TARGET_PEOPLE, _("des personnes choisies"))],
        initial=TARGET_ROLE)
    job_role = forms.ChoiceField(label=_("Métier"), required=False,
                                 choices=[("", "—")] + list(JobRole.choices))
    people = RowsField(
        label=_("Personnes"), queryset=None, required=False,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": _("Cette personne ne fait pas partie de votre "
                                            "organisation.")})
    invitations = RowsField(
        label=_("Personnes invitées, pas encore inscrites"), queryset=None, required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("L'affectation leur revient quand elles acceptent l'invitation."),
        error_messages={"invalid_choice": _("Cette invitation n'est plus en attente dans "
                                            "votre organisation.")})
    due_kind = forms.ChoiceField(label=_("À terminer"), widget=forms.RadioSelect, choices=[
        (DUE_DATE, _("avant une date")), (DUE_DAYS, _("dans un délai après l'arrivée"))],
        initial=DUE_DATE)
    due_date = forms.DateField(label=_("Avant le"), required=False, widget=DATE_WIDGET)
    due_days = forms.IntegerField(
        label=_("Nombre de jours après l'arrivée"), required=False, min_value=1,
        max_value=MAX_DUE_DAYS, widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
        help_text=_("À partir de la date d'arrivée de chacun·e (ou de la création de son "
                    "compte) ; les personnes déjà là comptent à partir d'aujourd'hui."))

    def __init__(self, *args, viewer, staff, invitations, **kwargs):
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
        self.fields["people"].queryset = staff
        self.fields["people"].label_from_instance = person_label
        self.fields["invitations"].queryset = invitations
        self.fields["invitations"].label_from_instance = (
            lambda i: " ".join(filter(None, [i.first_name, i.last_name, f"<{i.email}>"])))

    def clean_due_date(self):
        due_date = self.cleaned_data["due_date"]
        if due_date and due_date < timezone.localdate():
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
        people = list(cleaned_data.get("people") or [])
        invitations = list(cleaned_data.get("invitations") or [])
        if cleaned_data.get("target") == self.TARGET_PEOPLE:
            if not people and not invitations and not self.has_error("people"):
                self.add_error("people", _("Cochez au moins une personne."))
            elsewhere = [str(p) for p in [*people, *invitations]
                         if organisation is not None and p.organisation_id != organisation.pk]
            if elsewhere:
                self.add_error("people", _("Ne fait pas partie de l'organisation choisie : "
                                           "%(names)s.") % {"names": ", ".join(elsewhere)})
            cleaned_data["job_role"] = ""
        else:
            people, invitations = [], []
            if cleaned_data.get("target") == self.TARGET_ROLE and not cleaned_data.get(
                    "job_role"):
                self.add_error("job_role", _("Choisissez le métier."))
        cleaned_data["people"], cleaned_data["invitations"] = people, invitations
        if cleaned_data.get("due_kind") == self.DUE_DAYS:
            cleaned_data["due_date"] = None
            if cleaned_data.get("due_days") is None and not self.has_error("due_days"):
                self.add_error("due_days", _("Indiquez le nombre de jours."))
        else:
            cleaned_data["due_days"] = None
            if cleaned_data.get("due_date") is None and not self.has_error("due_date"):
                self.add_error("due_date", _("Indiquez la date limite."))
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
        if Role.MANAGER in allowed_roles:
            self.fields["role"].help_text = _(
                "Encadrant·e : voit aussi la progression des personnes qu'il ou elle encadre "
                "(à choisir ensuite sur leur fiche), rien d'autre.")
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

    people = RowsField(
        label=_("Personnes à inscrire"), queryset=None, widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Cochez au moins une personne."),
                        "invalid_choice": _("Cette personne ne fait pas partie de votre "
                                            "organisation.")})

    def __init__(self, *args, staff, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["people"].queryset = staff
        self.fields["people"].label_from_instance = person_label


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
    validity = forms.ChoiceField(
        label=_("Validité"), required=False,
        choices=[("", _("Toutes")), (Validity.CURRENT, _("Valable")),
                 (Validity.SOON, _("Expire bientôt (dans 60 jours au plus)")),
                 (Validity.EXPIRED, _("Expirée")), (Validity.REVOKED, _("Révoquée"))],
        error_messages={"invalid_choice": _("Choisissez un état de validité de la liste.")})

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
        if data["validity"]:
            certificates = certificates.filter(validity_q(data["validity"]))
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


def manager_choices(person):
    """Whom HR may pick as `person`'s manager: the active team leaders of their organisation
    (people given the role "Encadrant·e"), and their current manager if still active there;
    never themselves. accounts.services.check_manager says the rule again when saving."""
    User = get_user_model()
    if person.organisation_id is None:
        return User.objects.none()
    leaders = User.objects.filter(groups__name=GROUP_NAMES[Role.MANAGER]).values("pk")
    return (User.objects.filter(organisation_id=person.organisation_id, is_active=True,
                                deleted_at__isnull=True)
            .filter(Q(pk__in=leaders) | Q(pk=person.manager_id) if person.manager_id
                    else Q(pk__in=leaders))
            .exclude(pk=person.pk).order_by("last_name", "first_name", "pk"))


class StaffDetailsForm(forms.Form):
    """What HR change on a person's page: job, site, employee number, start date, manager,
    and whether they lead a team."""

    job_role = forms.ChoiceField(label=_("Métier"), choices=JobRole.choices)
    site = forms.CharField(label=_("Site ou agence"), max_length=200, required=False)
    employee_id = forms.CharField(label=_("Matricule"), max_length=64, required=False)
    start_date = forms.DateField(
        label=_("Date d'arrivée"), required=False, widget=DATE_WIDGET,
        help_text=_("Le premier jour dans l'organisation."))
    manager = forms.ModelChoiceField(
        label=_("Encadrant·e"), queryset=None, required=False, empty_label="—",
        help_text=_("Une personne qui encadre une équipe (case ci-dessous cochée sur sa "
                    "fiche) : elle verra la progression de cette personne."),
        error_messages={"invalid_choice": _("Choisissez une personne active de la même "
                                            "organisation qui encadre une équipe.")})
    leads_team = forms.BooleanField(
        label=_("Encadre une équipe : voit la progression des personnes qu'elle encadre, "
                "rien d'autre (double authentification demandée)"), required=False)

    def __init__(self, *args, person, **kwargs):
        initial = {name: getattr(person, name) for name in
                   ("job_role", "site", "employee_id", "start_date")}
        initial["manager"] = person.manager_id
        initial["leads_team"] = Role.MANAGER in assigned_roles(person)
        super().__init__(*args, prefix="details", initial=initial, **kwargs)
        self.fields["manager"].queryset = manager_choices(person)
        self.fields["manager"].label_from_instance = (
            lambda u: f"{u.get_full_name() or u.email} — {u.get_job_role_display()}"
                      + (f" ({u.site})" if u.site else ""))


class CompleteEmailForm(forms.Form):
    """HR enter the address of a walk-in who came without one (services.complete_email)."""

    email = forms.EmailField(
        label=_("Adresse e-mail de la personne"), max_length=254,
        help_text=_("Son adresse professionnelle ou personnelle : elle y recevra de quoi "
                    "activer son compte et retrouver son attestation."),
        error_messages={"invalid": _("Saisissez une adresse e-mail valide."),
                        "max_length": _("Saisissez une adresse e-mail valide."),
                        "required": _("Saisissez l'adresse e-mail de la personne.")},
        widget=forms.EmailInput(attrs={"autocomplete": "off"}))

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "complete-email-%s")
        super().__init__(*args, **kwargs)
