"""The "Relecture clinique" workflow: a reviewer's approval publishes the page and the page
then says when the clinical team read it; until then it says it waits for review."""

from html import unescape

from wagtail.models import TaskState

from accounts.roles import Role
from guide.models import GuideChapterPage, GuideIndexPage
from guide.review import approve, require_clinical_review, reviewed_on
from tests.factories import UserFactory


def test_an_approved_chapter_says_when_the_clinical_team_read_it(client, site, reviewer):
    require_clinical_review(GuideIndexPage.objects.get())
    chapter, other = GuideChapterPage.objects.live().order_by("path")[:2]
    other.review_note = "Contenu à valider par l'équipe clinique du programme."
    other.save_revision().publish()
    assert reviewed_on(chapter) is None

    approve(chapter, reviewer)

    state = TaskState.objects.get(workflow_state__object_id=str(chapter.pk))
    assert state.status == TaskState.STATUS_APPROVED and state.finished_by == reviewer
    assert reviewed_on(chapter) == state.finished_at
    page = unescape(client.get(chapter.url).content.decode())
    assert "Relu par l'équipe clinique le" in page
    other_page = unescape(client.get(other.url).content.decode())
    assert "Relu par l'équipe clinique" not in other_page
    assert "Contenu à valider par l'équipe clinique du programme." in other_page


def test_an_editor_cannot_approve_in_place_of_the_clinical_team(site, reviewer):
    from tests.factories import UserFactory as Users

    editor = Users(roles=[Role.EDITOR], totp=True)
    require_clinical_review(GuideIndexPage.objects.get())
    chapter = GuideChapterPage.objects.live().first()
    workflow = chapter.get_workflow()
    chapter.save_revision(user=editor)
    state = workflow.start(chapter, editor)
    task = state.current_task_state.task.specific
    assert not task.user_can_access_editor(chapter, editor) or \
        "approve" not in [action for action, *_ in task.get_actions(chapter, editor)]
    assert "approve" in [action for action, *_ in task.get_actions(chapter, reviewer)]


def test_a_quiz_change_waits_for_the_clinical_team_before_learners_see_it(site, reviewer, learner):
    from guide.review import require_clinical_review_of
    from quizzes.models import Quiz

    require_clinical_review_of(Quiz)
    quiz = Quiz.objects.filter(live=True).first()
    published_title = quiz.title
    editor = UserFactory(roles=[Role.EDITOR], totp=True)
    quiz.title = "Titre proposé par la rédaction"
    revision = quiz.save_revision(user=editor)
    state = quiz.get_workflow().start(quiz, editor)
    quiz.refresh_from_db()
    assert quiz.title == published_title  # the learners still get the reviewed version
    state.current_task_state.approve(user=reviewer)
    quiz.refresh_from_db()
    assert quiz.title == "Titre proposé par la rédaction"
    assert quiz.live_revision_id == revision.pk


def test_an_unpublished_quiz_cannot_be_started(site, learner):
    from quizzes import services
    from quizzes.models import Quiz

    quiz = Quiz.objects.filter(live=True).first()
    quiz.unpublish()
    quiz.refresh_from_db()
    allowed = services.eligibility(learner, quiz)
    assert not allowed.allowed and "relecture" in allowed.reason
