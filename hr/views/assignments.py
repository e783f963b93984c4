"""Modules and paths assigned to staff, with due dates. The rules live in
courses.assignments (who, checks) and courses.progress (each person's own due date)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from accounts import access
from accounts.models import Invitation, JobRole, Organisation
from core.staff_search import MAX_WORDS, search_staff
from courses import assignments as assignment_rules
from courses.models import Assignment

from ..forms import AssignmentForm
from ..pagination import page_of

# People (and invitations) listed at once; the filters find the others.
CANDIDATES_SHOWN = 100


def _preselected(request, staff):
    """The person of `?personne=<pk>` (the link of a person's page): one of the viewer's
    active staff, or 404 (whether someone else's person exists is never told)."""
    value = request.GET.get("personne", "")
    if not value:
        return None
    if not value.isdigit() or len(value) > 18:
        raise Http404
    return get_object_or_404(staff, pk=int(value))


def _filters(request, preselected):
    """The filters of the lists of people: job, name and, for the coordination, the
    organisation (the preselected person's by default)."""
    filters = {"job_role": request.GET.get("metier", ""),
               "query": request.GET.get("q", "").strip()[:100],
               "organisation": None, "organisations": []}
    if filters["job_role"] not in JobRole.values:
        filters["job_role"] = ""
    if access.is_coordinator(request.user):
        organisations = Organisation.objects.filter(is_active=True).order_by("name")
        filters["organisations"] = organisations
        # The page's filter, or the organisation of the form just posted.
        chosen = request.GET.get("organisation") or request.POST.get("organisation", "")
        if chosen.isdigit() and len(chosen) <= 18:
            filters["organisation"] = organisations.filter(pk=chosen).first()
        elif preselected is not None:
            filters["organisation"] = preselected.organisation
    return filters


def _candidates(request, staff, invitations, filters):
    """The people and invitations listed (None: the coordination has not chosen an
    organisation yet)."""
    if access.is_coordinator(request.user):
        if filters["organisation"] is None:
            return None, None
        staff = staff.filter(organisation=filters["organisation"])
        invitations = invitations.filter(organisation=filters["organisation"])
    if filters["job_role"]:
        staff = staff.filter(job_role=filters["job_role"])
        invitations = invitations.filter(job_role=filters["job_role"])
    staff = search_staff(staff, filters["query"])
    for word in filters["query"].split()[:MAX_WORDS]:
        invitations = invitations.filter(Q(email__icontains=word) | Q(first_name__icontains=word)
                                         | Q(last_name__icontains=word))
    return staff, invitations


def _ids(values):
    return [int(value) for value in values if value.isdigit() and len(value) <= 18]


def _create(data, by):
    """One assignment for the job role, or one per person and per invitation checked."""
    common = {"organisation": data["organisation"], "module": data["module"],
              "path": data["path"], "due_date": data["due_date"], "due_days": data["due_days"],
              "created_by": by}
    targets = ([{"person": person} for person in data["people"]]
               + [{"invitation": invitation} for invitation in data["invitations"]]
               or [{"job_role": data["job_role"]}])
    with transaction.atomic():
        return [assignment_rules.create_assignment(**common, **target) for target in targets]


@access.hr_required
def assignment_list(request):
    viewer = request.user
    staff = (access.visible_users(viewer).filter(is_active=True, organisation__isnull=False)
             .select_related("organisation").order_by("last_name", "first_name", "pk"))
    invitations = (access.scope_to_user(viewer, Invitation.objects.pending())
                   .order_by("last_name", "first_name", "email", "pk"))
    preselected = _preselected(request, staff)
    filters = _filters(request, preselected)
    initial = {}
    if preselected is not None:
        initial = {"target": AssignmentForm.TARGET_PEOPLE, "people": [preselected.pk],
                   "organisation": preselected.organisation_id}
    elif filters["organisation"] is not None:
        initial = {"organisation": filters["organisation"].pk}
    form = AssignmentForm(request.POST if request.method == "POST" else None, viewer=viewer,
                          staff=staff, invitations=invitations, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            created = _create(form.cleaned_data, viewer)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, ngettext(
                "Une affectation enregistrée.", "%(count)d affectations enregistrées.",
                len(created)) % {"count": len(created)})
            return redirect("hr:assignments")
    # Validation accepts any of the viewer's staff; the page lists the filtered few, and
    # those already ticked or preselected.
    people, invited = _candidates(request, staff, invitations, filters)
    ticked = _ids(request.POST.getlist("people")) if request.method == "POST" else []
    ticked += [preselected.pk] if preselected is not None else []
    shown = list(people.values_list("pk", flat=True)[:CANDIDATES_SHOWN + 1]) \
        if people is not None else []
    shown_invitations = list(invited.values_list("pk", flat=True)[:CANDIDATES_SHOWN + 1]) \
        if invited is not None else []
    form.fields["people"].queryset = staff.filter(pk__in=[*shown[:CANDIDATES_SHOWN], *ticked])
    form.fields["invitations"].queryset = invitations.filter(pk__in=[
        *shown_invitations[:CANDIDATES_SHOWN],
        *(_ids(request.POST.getlist("invitations")) if request.method == "POST" else [])])

    assignments = access.scope_to_user(viewer, Assignment.objects.select_related(
        "organisation", "module", "path", "person", "invitation"))
    page = page_of(assignments.order_by(F("due_date").asc(nulls_last=True), "due_days", "pk"),
                   request)
    return render(request, "hr/assignments.html", {
        "form": form, "page": page, "job_roles": JobRole.choices, **filters,
        "preselected": preselected, "needs_organisation": people is None,
        "too_many": len(shown) > CANDIDATES_SHOWN
        or len(shown_invitations) > CANDIDATES_SHOWN,
        "shown_limit": CANDIDATES_SHOWN,
    }, status=400 if form.errors else 200)


@require_POST
@access.hr_required
def assignment_delete(request, pk):
    assignment = get_object_or_404(access.scope_to_user(request.user, Assignment.objects.all()),
                                   pk=pk)
    assignment.delete()
    messages.success(request, _("Affectation supprimée."))
    return redirect("hr:assignments")
