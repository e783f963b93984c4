"""Modules and paths assigned to staff, with due dates. The rules live in
courses.assignments."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts import access
from courses import assignments as assignment_rules
from courses.models import Assignment

from ..forms import AssignmentForm
from ..pagination import page_of


@access.hr_required
def assignment_list(request):
    form = AssignmentForm(request.POST if request.method == "POST" else None,
                          viewer=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            assignment_rules.create_assignment(
                organisation=data["organisation"], module=data["module"], path=data["path"],
                job_role=data["job_role"], person=data["person"], due_date=data["due_date"],
                created_by=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Affectation enregistrée."))
            return redirect("hr:assignments")
    assignments = access.scope_to_user(request.user, Assignment.objects.select_related(
        "organisation", "module", "path", "person"))
    page = page_of(assignments.order_by("due_date", "pk"), request)
    return render(request, "hr/assignments.html", {"form": form, "page": page},
                  status=400 if form.errors else 200)


@require_POST
@access.hr_required
def assignment_delete(request, pk):
    assignment = get_object_or_404(access.scope_to_user(request.user, Assignment.objects.all()),
                                   pk=pk)
    assignment.delete()
    messages.success(request, _("Affectation supprimée."))
    return redirect("hr:assignments")


