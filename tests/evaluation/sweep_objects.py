"""The objects the evaluation pages' access tables name, built once for the browser sweep
(tests/browser/test_sweep.py), which opens each page as each role allowed to see it, plus
the research role. The same tables' own tests build them with fixtures."""

import uuid
from datetime import timedelta

from courses.models import LearningPathPage, ModulePage
from evaluation import followups, services
from evaluation.models import FreeTextState, Questionnaire, QuestionnaireTarget
from scheduling import services as scheduling
from scheduling.models import Registration
from tests.scheduling.conftest import create_session

from . import test_access, test_followups, test_free_text_review, test_paths
from .conftest import make_questionnaire


def evaluation_tables(users):
    """[(rows, objects)] for tests/browser/test_sweep.page_targets, and the research role's
    own pages (role, url, status)."""
    learner, trainer = users["learner"], users["trainer"]
    questionnaire = make_questionnaire("balayage-avant-apres")
    satisfaction = make_questionnaire("balayage-satisfaction", Questionnaire.Kind.SATISFACTION)
    version = services.current_version(questionnaire)

    upcoming = create_session()
    scheduling.register(upcoming, learner)
    closed = create_session(starts_in=timedelta(hours=-4), trainers=[trainer])
    registration = Registration.objects.create(session=closed, user=learner)
    scheduling.mark(registration, closed.slots.get(), "present", by=trainer)
    scheduling.close_session(closed, by=trainer)
    other = create_session(starts_in=timedelta(hours=-4))
    access = {"q": questionnaire.pk, "upcoming": upcoming.pk, "closed": closed.pk,
              "other": other.pk, "version": version.pk}

    closed60 = test_followups.attended(learner, trainer, closed_days_ago=60)
    closed90 = test_followups.attended(learner, trainer, closed_days_ago=90)
    module = ModulePage.objects.live().first()
    followup = test_followups.followup_for(questionnaire, [module], slug="balayage-suivi")
    test_followups.completed(learner, module, 30)
    later = {"q": questionnaire.pk, "s": satisfaction.pk, "f": followup.pk,
             "closed": closed90.pk, "module": module.pk,
             "token": followups.optout_token(learner)}
    later_rows = [row for row in test_followups.ROWS if "{s}" not in row.url]
    satisfaction_rows = [row for row in test_followups.ROWS if "{s}" in row.url]

    pending = test_free_text_review.make_response(
        version, text=test_free_text_review.TEXT, state=FreeTextState.PENDING)
    review = {"pending": pending.pk, "unknown": uuid.uuid4()}

    path = LearningPathPage.objects.live().filter(path_modules__isnull=False).first()
    path_questionnaire = make_questionnaire("balayage-parcours", all_sessions=False)
    QuestionnaireTarget.objects.create(questionnaire=path_questionnaire, learning_path=path)
    test_paths.complete(learner, path, 90)
    paths = {"q": path_questionnaire.pk, "path": path.pk}

    tables = [(test_access.ROWS, access), (later_rows, later),
              (satisfaction_rows, {**later, "closed": closed60.pk}),
              (test_free_text_review.ROWS, review), (test_paths.ROWS, paths)]
    research = [("research", url, 200) for url in (
        "/recherche/resultats/", f"/recherche/resultats/?version={version.pk}",
        "/recherche/commentaires/", f"/recherche/commentaires/{pending.pk}/modifier/",
        f"/admin/snippets/evaluation/questionnaire/edit/{questionnaire.pk}/")]
    return tables, research
