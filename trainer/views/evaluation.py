"""The anonymous results of a session the trainer ran (evaluation.results): shown only from
the threshold of answers, with the free texts the research team published."""

from django.shortcuts import render
from django.views.decorators.cache import never_cache

from accounts import access
from evaluation import charts, results
from evaluation.models import Moment, Response, SubjectKind
from scheduling import services as scheduling_services


@never_cache
@access.trainer_required
def session_results(request, pk):
    session = scheduling_services.get_trained_session_or_404(request.user, pk)
    return render(request, "trainer/evaluation.html", {
        "session": session,
        "all_results": [{"results": found, "chart": charts.before_after(found)}
                        for found in results.for_session(session)],
        "comments": results.published_comments(Response.objects.filter(
            subject_kind=SubjectKind.SESSION, subject_id=session.pk)),
        "moment_labels": dict(Moment.choices)})
