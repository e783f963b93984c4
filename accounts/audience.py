"""Who a module, a learning path or an awareness session is for: the one definition.

An *audience* is a list of job-role codes (accounts.models.JobRole values), kept as a JSON
list in the model's `audience` column; an empty list means every job role. Sessions are
also meant for organisations: all of them (`open_to_all`) or the organisations invited
(the `organisations` many-to-many).

- `AudienceField`: the model field (a JSONField: same column, same stored format), whose
  form field is one checkbox per job role (`AudienceFormField`), in the page editors and in
  the session form alike;
- `includes(audience, person)`: the rule, in Python, for a list of job roles or for an
  object that has an audience (a page; a session, whose organisations count too);
- the same rule for querysets: `audience__includes=job_role` (JSON containment on
  PostgreSQL, `json_each` on SQLite: never a text match), and `meant_for(queryset,
  job_role=..., organisation=...)` ("the pages or sessions for job role X, organisation Y").
"""

import json

from django import forms
from django.core.exceptions import ValidationError
from django.db import NotSupportedError, models
from django.db.models import Lookup, Q
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from .models import JobRole


def job_role_of(who):
    """The job role of a person (anything with `job_role`) or a job-role code itself."""
    return who if isinstance(who, str) else getattr(who, "job_role", "")


def _organisation_id_of(who):
    if who is None or isinstance(who, int):
        return who
    return getattr(who, "organisation_id", getattr(who, "pk", None))


# --- The rule, in Python ----------------------------------------------------------------------

def job_roles_include(audience, who):
    """Whether a list of job roles (empty: everyone) includes this person or job role."""
    return not audience or job_role_of(who) in audience


def organisations_include(item, who):
    """Whether an item with organisations (a session: `open_to_all` or the organisations
    invited) is open to this person's organisation (or organisation, or its id). Items
    without organisations are open to all. Uses the prefetched organisations if any."""
    if getattr(item, "open_to_all", True):
        return True
    organisation_id = _organisation_id_of(who)
    if organisation_id is None:
        return False
    prefetched = getattr(item, "_prefetched_objects_cache", {}).get("organisations")
    if prefetched is not None:
        return any(organisation.pk == organisation_id for organisation in prefetched)
    return item.organisations.filter(pk=organisation_id).exists()


def includes(audience, person):
    """Whether `audience` is for `person` (a user, or just a job-role code).

    `audience` is a list of job roles, or an object with an `audience` (a module, a path, a
    session); a session's organisations must include the person's organisation too.
    """
    if isinstance(audience, list | tuple | set | frozenset):
        return job_roles_include(audience, person)
    if not job_roles_include(audience.audience, person):
        return False
    return isinstance(person, str) or organisations_include(audience, person)


def labels(audience):
    """The job roles' names, in the order of the list (unknown codes left out)."""
    names = dict(JobRole.choices)
    return [names[code] for code in audience or () if code in names]


# --- The rule, in SQL ---------------------------------------------------------------------

def validate_job_roles(value):
    if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
        raise ValidationError(_("Le public est une liste de métiers."), code="job_roles")
    unknown = sorted(set(value) - set(JobRole.values))
    if unknown:
        raise ValidationError(_("Métiers inconnus : %(codes)s."), code="unknown_job_roles",
                              params={"codes": ", ".join(unknown)})


class AudienceFormField(forms.MultipleChoiceField):
    """The job roles, one checkbox each; nothing ticked: everyone."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        kwargs.setdefault("choices", JobRole.choices)
        kwargs.setdefault("required", False)
        if not kwargs.get("help_text"):
            kwargs["help_text"] = _("Les métiers à qui ce contenu est proposé. Vide : tout le "
                                    "monde.")
        super().__init__(**kwargs)

    def prepare_value(self, value):
        return list(value or [])


class AudienceField(models.JSONField):
    """A list of job roles (empty: everyone), in a JSON column.

    It deconstructs as the JSONField it always was: the column and what it holds are
    unchanged, no migration is needed, and old migrations never name this class.
    """

    def __init__(self, verbose_name=None, **kwargs):
        verbose_name = verbose_name or _("public")
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("validators", [validate_job_roles])
        super().__init__(verbose_name, **kwargs)

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        kwargs.pop("validators", None)
        return name, "django.db.models.JSONField", args, kwargs

    def formfield(self, **kwargs):
        defaults = {"required": not self.blank, "label": capfirst(self.verbose_name)}
        if self.help_text:
            defaults["help_text"] = self.help_text
        defaults.update(kwargs)
        form_class = defaults.pop("form_class", None) or AudienceFormField
        for name in ("encoder", "decoder", "choices_form_class"):
            defaults.pop(name, None)
        return form_class(**defaults)


@AudienceField.register_lookup
class Includes(Lookup):
    """`audience__includes="gardien"`: the audience is everyone (an empty list) or lists this
    job role. PostgreSQL: JSON containment (`@>`); SQLite: its JSON1 functions."""

    lookup_name = "includes"
    prepare_rhs = False

    def _parts(self, compiler, connection):
        if not isinstance(self.rhs, str):
            raise TypeError("audience__includes takes a job-role code.")
        lhs, lhs_params = self.process_lhs(compiler, connection)
        return lhs, list(lhs_params)

    def as_postgresql(self, compiler, connection):
        lhs, params = self._parts(compiler, connection)
        return (f"({lhs} = '[]'::jsonb OR {lhs} @> %s::jsonb)",
                [*params, *params, json.dumps([self.rhs])])

    def as_sqlite(self, compiler, connection):
        lhs, params = self._parts(compiler, connection)  # the compiled column, not input
        sql = (f"(json_array_length({lhs}) = 0 OR EXISTS (SELECT 1 FROM json_each({lhs}) "  # noqa: S608
               f"WHERE json_each.value = %s))")
        return sql, [*params, *params, self.rhs]

    def as_sql(self, compiler, connection):
        raise NotSupportedError(f"audience__includes is not written for {connection.vendor}.")


def includes_q(job_role, *, field="audience"):
    """The condition "`field` includes `job_role`" (a person's, or a code), for filter()."""
    return Q(**{f"{field}__includes": job_role_of(job_role)})


def open_to_organisation_q(model, organisation):
    """The condition "open to `organisation`" (an Organisation or its id) on a model with
    `open_to_all` and `organisations`; a subquery rather than a join: no duplicate rows."""
    organisation_id = _organisation_id_of(organisation)
    if organisation_id is None:  # someone without an organisation
        return Q(open_to_all=True)
    invited = model._base_manager.filter(organisations=organisation_id).values("pk")
    return Q(open_to_all=True) | Q(pk__in=invited)


def meant_for(queryset, *, job_role=None, organisation=None, field="audience"):
    """`queryset` (modules, paths, sessions) narrowed to what is meant for `job_role` (a
    code or a person; None: any) and, for sessions, `organisation` (an Organisation, its id
    or a person; None: any)."""
    if job_role is not None:
        queryset = queryset.filter(includes_q(job_role, field=field))
    if organisation is not None:
        queryset = queryset.filter(open_to_organisation_q(queryset.model, organisation))
    return queryset
