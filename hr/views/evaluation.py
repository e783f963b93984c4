"""The questionnaires, for HR: their organisation's participation and satisfaction, above
the threshold only. Never an answer, never a person (evaluation.results)."""

from django.shortcuts import render
from django.views.decorators.cache import never_cache

from accounts import access
from evaluation import results
from evaluation.models import Moment


@never_cache
@access.hr_required
def questionnaires(request):
    organisations = access.visible_organisations(request.user).order_by("name")
    organisation = None
    if access.is_hr(request.user):
        organisation = request.user.organisation
    elif (chosen := request.GET.get("organisation", "")).isdigit():
        organisation = organisations.filter(pk=chosen).first()
    return render(request, "hr/questionnaires.html", {
        "organisation": organisation,
        "organisations": organisations if access.is_coordinator(request.user) else None,
        "summary": results.organisation_summary(organisation) if organisation else None,
        "moment_labels": dict(Moment.choices)})
