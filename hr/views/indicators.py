"""The programme's indicators, for the coordination: on screen and as CSV."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts import access
from core import spreadsheets
from reports.indicators import indicators as programme_indicators

from ..forms import PeriodForm
from ..pagination import page_of


def _period(request):
    # The default period for the dates the query string leaves out (a page link keeps the
    # query string: `?page=2` alone is the default period's second page).
    data = request.GET.copy()
    for name, value in PeriodForm.default_period().items():
        data.setdefault(name, value.isoformat())
    form = PeriodForm(data, viewer=request.user)
    if not form.is_valid():
        return form, None
    data = form.cleaned_data
    return form, programme_indicators(data["date_from"], data["date_to"],
                                      organisation=data.get("organisation"))


@access.coordinator_required
def indicators(request):
    """The whole programme by job role and by organisation (a page of them), or one
    organisation by job role."""
    form, figures = _period(request)
    organisation_rows = None
    if figures is not None and not form.cleaned_data.get("organisation"):
        organisation_rows = page_of(figures["by_organisation"], request)
    return render(request, "hr/indicators.html", {
        "form": form, "figures": figures, "organisation_rows": organisation_rows,
        "querystring": request.GET.urlencode()},
        status=200 if figures is not None else 400)


@access.coordinator_required
def indicators_csv(request):
    form, figures = _period(request)
    if figures is None:
        messages.error(request, _("Corrigez la période avant d'exporter."))
        return redirect(reverse("hr:indicators") + "?" + request.GET.urlencode())
    figure_keys = ("people", "trained", "newly_trained", "attended", "started", "completed",
                   "completion_rate", "attempts", "passed", "pass_rate")
    header = [_("Organisation"), _("Métier"), _("Personnes"),
              _("Personnes formées (fin de période)"), _("Formées pour la première fois"),
              _("Présences en session"), _("Modules commencés"),
              _("Dont terminés à ce jour"), _("Taux d'achèvement (%)"),
              _("Tentatives de quiz"), _("Quiz réussis"), _("Taux de réussite (%)")]

    def rows():
        yield [_("Période du %(start)s au %(end)s") % {
            "start": figures["date_from"].strftime("%d/%m/%Y"),
            "end": figures["date_to"].strftime("%d/%m/%Y")}]
        yield header
        for row in figures["rows"]:
            yield [row["organisation"], row["job_role_label"], *(row[k] for k in figure_keys)]
        yield [_("Total"), "", *(figures["totals"][k] for k in figure_keys)]
        held = figures["sessions"]
        yield []
        yield [_("Sessions tenues"), _("Places offertes"), _("Places occupées"),
               _("Taux de remplissage (%)"), _("Présences"), _("Taux de présence (%)"),
               _("Heures de présence")]
        yield [held["held"], held["seats"], held["filled"], held["fill_rate"], held["present"],
               held["attendance_rate"], held["hours"]]

    return spreadsheets.csv_response(rows(), spreadsheets.export_filename("indicateurs", "csv"))

