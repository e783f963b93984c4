"""The learner's questionnaire, and the research pages (results, anonymous CSV)."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from accounts import access
from accounts.mfa import second_factor_setup
from accounts.roles import Role, has_role, waits_for_second_factor
from core.spreadsheets import csv_response

from . import charts, exports, followups, services
from .filters import ResultsFilterForm
from .forms import QuestionnaireForm
from .models import Moment, SubjectKind
from .results import cached_compute

MOMENT_SLUGS = {"avant": Moment.BEFORE, "apres": Moment.AFTER,
                "satisfaction": Moment.SATISFACTION, "30-jours": Moment.DAY_30,
                "60-jours": Moment.DAY_60, "90-jours": Moment.DAY_90}
SLUG_OF_MOMENT = {moment: slug for slug, moment in MOMENT_SLUGS.items()}
SUBJECT_SLUGS = {"session": SubjectKind.SESSION, "module": SubjectKind.MODULE,
                 "parcours": SubjectKind.PATH}
SLUG_OF_SUBJECT = {kind: slug for slug, kind in SUBJECT_SLUGS.items()}
DRAFTS = "evaluation_drafts"


def answer_url(offer):
    return reverse("evaluation:answer", args=[offer.questionnaire.pk,
                                              SLUG_OF_SUBJECT[offer.subject_kind],
                                              offer.subject.pk, SLUG_OF_MOMENT[offer.moment]])


def _draft_key(offer):
    return f"{offer.version.pk}:{offer.moment}:{offer.subject_kind}:{offer.subject.pk}"


def _back_url(offer):
    if offer.subject_kind == SubjectKind.SESSION:
        return reverse("scheduling:detail", args=[offer.subject.pk])
    # A module's or a path's page (a page not routed in this site: Mon espace).
    return offer.subject.url or reverse("accounts:dashboard")


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def answer(request, pk, subject_kind, subject_pk, moment):
    """One questionnaire. The answers given so far are kept in the person's session until
    they are sent (an error, a reload, a closed tab loses nothing); the pairing code is
    never kept. Sent twice, it is recorded once."""
    if subject_kind not in SUBJECT_SLUGS or moment not in MOMENT_SLUGS:
        raise Http404
    offer = services.offer(request.user, pk, SUBJECT_SLUGS[subject_kind], subject_pk,
                           MOMENT_SLUGS[moment])
    if offer is None:
        raise Http404
    context = {"offer": offer, "back_url": _back_url(offer),
               "emails_stopped": followups.has_opted_out(request.user)}
    if offer.done:
        return render(request, "evaluation/answered.html", context)
    drafts = request.session.get(DRAFTS, {})
    key = _draft_key(offer)
    if request.method == "POST":
        if request.POST.get("action") == "skip":
            services.skip(offer, request.user)
            drafts.pop(key, None)
            request.session[DRAFTS] = drafts
            messages.info(request, _("Questionnaire passé. Merci tout de même."))
            return redirect(context["back_url"])
        form = QuestionnaireForm(offer.version, request.POST, moment=offer.moment)
        if form.is_valid():
            pair_hash = ""
            if form.with_code:
                pair_hash = services.pair_code_hash(
                    services.pairing_questionnaire_id(offer.questionnaire),
                    form.cleaned_data["initial_letter"],
                    form.cleaned_data["birth_day"], form.cleaned_data["birthplace"])
            # Sent twice (a double click, a reload), it is recorded once: record() says so.
            services.record(offer, request.user, form.answers(), pair_hash=pair_hash)
            drafts.pop(key, None)
            request.session[DRAFTS] = drafts
            return render(request, "evaluation/answered.html", context)
        drafts[key] = form.draft()
        request.session[DRAFTS] = drafts
    else:
        form = QuestionnaireForm(offer.version, initial=drafts.get(key, {}),
                                 moment=offer.moment)
    context["form"] = form
    return render(request, "evaluation/answer.html", context)


# --- The questionnaire emails: the opt-out ------------------------------------------------

@never_cache
@require_http_methods(["GET", "POST"])
def optout(request, token):
    """The link of every questionnaire email: no login needed, the signed token names the
    person. GET asks to confirm (a link opened by a mail scanner changes nothing), POST stops
    the emails. A made-up or altered token says so, in a page of its own."""
    person = followups.user_from_token(token)
    if person is None:
        return render(request, "evaluation/optout_invalid.html", status=400)
    done = False
    if request.method == "POST":
        followups.opt_out(person)
        done = True
    return render(request, "evaluation/optout.html",
                  {"token": token, "done": done,
                   "already": not done and followups.has_opted_out(person)})


@never_cache
@login_required
@require_http_methods(["POST"])
def email_preference(request):
    """The toggle of Mon espace and the questionnaire page: stop or resume the emails. The
    questionnaires stay on the site either way."""
    if request.POST.get("action") == "resume":
        followups.opt_in(request.user)
        messages.success(request, _("Vous recevrez de nouveau les questionnaires par courriel."))
    else:
        followups.opt_out(request.user)
        messages.success(request, _(
            "Vous ne recevrez plus de questionnaires par courriel. Ils restent proposés sur "
            "Mon espace, si vous souhaitez y répondre."))
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()},
                                           require_https=request.is_secure()):
        target = reverse("accounts:dashboard")
    return redirect(target)


# --- Research -------------------------------------------------------------------------------

def can_see_research(user):
    return user.is_authenticated and (has_role(user, Role.RESEARCH)
                                      or access.is_coordinator(user))


def research_required(view):
    """The research team and the coordination, once their second factor is set up."""
    @wraps(view)
    @login_required
    def wrapped(request, *args, **kwargs):
        if not can_see_research(request.user):
            if waits_for_second_factor(request.user):
                return second_factor_setup(request)
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


@never_cache
@research_required
def results(request):
    form = ResultsFilterForm(request.GET or None)
    from .review import pending as pending_comments

    context = {"form": form, "results": None, "pending_comments": pending_comments().count()}
    if form.is_valid() and (version := form.cleaned_data.get("version")) is not None:
        found = cached_compute(version, form.responses(), form.followup_responses())
        context.update(results=found, chart=charts.before_after(found),
                       moment_labels=dict(Moment.choices))
    return render(request, "evaluation/results.html", context)


@never_cache
@research_required
def results_csv(request):
    form = ResultsFilterForm(request.GET or None)
    if not form.is_valid() or form.cleaned_data.get("version") is None:
        messages.error(request, _("Choisissez un questionnaire pour l'export."))
        return redirect("evaluation:results")
    version = form.cleaned_data["version"]
    name = f"reponses-{version.questionnaire.slug}-v{version.number}.csv"
    return csv_response(exports.anonymous_rows(version, form.responses(),
                                                form.followup_responses()), name)
