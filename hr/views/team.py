"""A team leader's (encadrant·e) view of their own team: who is late, who is up to date, each
person's training; read-only, and nothing beyond the team (accounts.access.team_of)."""

from django.shortcuts import render
from django.views.decorators.http import require_safe

from accounts import access
from reports import stats
from reports.person import training_section

from ..pagination import PAGE_SIZE, CountedPaginator


@require_safe
@access.manager_required
def team(request):
    people = stats.team(request.user)
    figures = stats.headline(people)
    # The head count is known from the figures: the paginator need not count again.
    page = CountedPaginator(people, PAGE_SIZE, count=figures["total"]).get_page(
        request.GET.get("page"))
    details = stats.training_details(list(page))
    return render(request, "hr/team.html", {
        "page": page,
        "figures": figures,
        "team": [{"person": p, "status": stats.status_of(p),
                  "status_label": stats.Status.LABELS[stats.status_of(p)], **details[p.pk]}
                 for p in page],
    })


@require_safe
@access.manager_required
def team_member(request, pk):
    person = access.get_team_member_or_404(request.user, pk)
    return render(request, "hr/team_member.html", {
        "person": person, "training": training_section(person, request.user)})
