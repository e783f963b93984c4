"""The training section of a person's HR page: progress, quiz results, sessions and
certificates."""

from django.db.models import Count, Max, Q

from accounts import access
from accounts.audience import includes
from certificates.models import Certificate
from courses.models import ModulePage
from courses.progress import Progress
from quizzes.models import Attempt

from .sessions import person_sessions
from .stats import details_of, live_paths


def training_section(person, viewer):
    """Progress by module, pass or fail of each quiz (scores only to HR and the coordination,
    where the organisation allows HR to see them; never the answers), assignments and
    certificates (their PDFs for HR and the coordination: a team leader reads, no more)."""
    organisation = person.organisation
    hr_view = access.can_use_hr_space(viewer)
    show_scores = bool(hr_view and organisation and organisation.hr_can_see_scores)
    tracker = Progress([person])
    started = tracker.started(person)
    modules = [m for m in ModulePage.objects.live().defer("steps").order_by("path")
               if m.pk in started or includes(m.audience, person)]
    quiz_results = {
        row["quiz_id"]: row for row in Attempt.objects.filter(
            user=person, submitted_at__isnull=False).order_by().values("quiz_id").annotate(
            attempts=Count("pk"), passed=Count("pk", filter=Q(passed=True)),
            best=Max("percent"), last=Max("submitted_at"))}
    rows = []
    for module in modules:
        status = tracker.module(person, module)
        result = quiz_results.get(module.quiz_id) if module.quiz_id else None
        rows.append({
            "module": module,
            "status": status.state,
            "completed_at": status.completed_at,
            "quiz_attempts": result["attempts"] if result else 0,
            "quiz_passed": bool(result and result["passed"]),
            "best": result["best"] if result and show_scores else None,
        })
    paths = [{"path": p, "completed_at": tracker.path_completed_at(person, p.pk)}
             for p in live_paths()
             if tracker.path_completed_at(person, p.pk) or includes(p.audience, person)]
    details = details_of(tracker, person)
    certificates = list(Certificate.objects.filter(recipient=person).order_by("-issued_at"))
    return {"rows": rows, "paths": paths, "show_scores": show_scores, "hr_view": hr_view,
            "assignments": details["items"], "certificates": certificates,
            "registrations": person_sessions(person)}
