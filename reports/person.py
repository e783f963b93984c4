"""The training section of a person's HR page: progress, quiz results, sessions and
certificates."""

from django.db.models import Count, Max, Q

from certificates.models import Certificate
from courses.models import ModulePage, ModuleProgress, PathCompletion
from quizzes.models import Attempt

from .sessions import person_sessions
from .stats import live_paths, training_details


def training_section(person, viewer):
    """Progress by module, pass or fail of each quiz (scores only where the organisation
    allows HR to see them; never the answers), assignments and certificates."""
    organisation = person.organisation
    show_scores = bool(organisation and organisation.hr_can_see_scores)
    progress = {p.module_id: p for p in ModuleProgress.objects.filter(user=person)}
    modules = [m for m in ModulePage.objects.live().defer("steps").order_by("path")
               if m.pk in progress or not m.audience or person.job_role in m.audience]
    quiz_results = {
        row["quiz_id"]: row for row in Attempt.objects.filter(
            user=person, submitted_at__isnull=False).order_by().values("quiz_id").annotate(
            attempts=Count("pk"), passed=Count("pk", filter=Q(passed=True)),
            best=Max("percent"), last=Max("submitted_at"))}
    rows = []
    for module in modules:
        mine = progress.get(module.pk)
        result = quiz_results.get(module.quiz_id) if module.quiz_id else None
        rows.append({
            "module": module,
            "status": ("completed" if mine and mine.completed_at
                       else "in_progress" if mine else "todo"),
            "completed_at": mine.completed_at if mine else None,
            "quiz_attempts": result["attempts"] if result else 0,
            "quiz_passed": bool(result and result["passed"]),
            "best": result["best"] if result and show_scores else None,
        })
    completions = dict(PathCompletion.objects.filter(user=person).values_list("path_id",
                                                                              "completed_at"))
    paths = [{"path": p, "completed_at": completions.get(p.pk)} for p in live_paths()
             if p.pk in completions or not p.audience or person.job_role in p.audience]
    details = training_details([person])[person.pk]
    certificates = list(Certificate.objects.filter(recipient=person).order_by("-issued_at"))
    return {"rows": rows, "paths": paths, "show_scores": show_scores,
            "assignments": details["items"], "certificates": certificates,
            "registrations": person_sessions(person)}
