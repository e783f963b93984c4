"""A change to a questionnaire reaches learners only after the research team, then the
clinical team, approved it (evaluation.workflow); editors submit, they do not publish."""

import pytest

from evaluation import services
from evaluation.workflow import TASKS, WORKFLOW_NAME
from tests.factories import UserFactory

from .conftest import KNOWLEDGE_ITEMS, _with_ids

pytestmark = pytest.mark.django_db


def _propose_change(questionnaire, editor):
    questionnaire.title = "Titre proposé par la rédaction"
    questionnaire.items = _with_ids(KNOWLEDGE_ITEMS[:3])
    revision = questionnaire.save_revision(user=editor)
    state = questionnaire.get_workflow().start(questionnaire, editor)
    return revision, state


def test_questionnaires_go_through_research_then_clinical_review(questionnaire):
    workflow = questionnaire.get_workflow()
    assert workflow is not None and workflow.name == WORKFLOW_NAME
    assert [t.name for t in workflow.tasks.order_by("workflow_tasks__sort_order")] == \
        [name for name, _role in TASKS]


def test_learners_answer_the_approved_items_until_both_teams_approve(questionnaire, editor,
                                                                    researcher, reviewer):
    before = services.current_version(questionnaire)
    revision, state = _propose_change(questionnaire, editor)
    task = state.current_task_state.task.specific
    actions = lambda user: [a for a, *_ in task.get_actions(questionnaire, user)]  # noqa: E731
    assert "approve" in actions(researcher)
    assert "approve" not in actions(reviewer)  # research reads first
    state.current_task_state.approve(user=researcher)
    questionnaire.refresh_from_db()
    assert questionnaire.title != "Titre proposé par la rédaction"
    assert services.current_version(questionnaire) == before  # still the approved items
    state.refresh_from_db()
    clinical = state.current_task_state.task.specific
    assert "approve" in [a for a, *_ in clinical.get_actions(questionnaire, reviewer)]
    state.current_task_state.approve(user=reviewer)
    questionnaire.refresh_from_db()
    assert questionnaire.live_revision_id == revision.pk
    after = services.current_version(questionnaire)
    assert after.number == before.number + 1 and len(after.items) == 3


def test_a_rejection_leaves_the_live_questionnaire_unchanged(questionnaire, editor, researcher):
    before = services.current_version(questionnaire)
    _revision, state = _propose_change(questionnaire, editor)
    state.current_task_state.reject(user=researcher)
    questionnaire.refresh_from_db()
    assert services.current_version(questionnaire) == before


def test_permissions_follow_the_review(editor, coordinator, researcher, reviewer):
    assert editor.has_perm("evaluation.change_questionnaire")
    assert not editor.has_perm("evaluation.publish_questionnaire")
    assert coordinator.has_perm("evaluation.publish_questionnaire")
    # The clinical team's approval publishes: it needs the permission (never the button).
    assert reviewer.has_perm("evaluation.publish_questionnaire")
    assert not researcher.has_perm("evaluation.publish_questionnaire")
    for user in (researcher, reviewer):
        assert user.has_perm("evaluation.change_questionnaire")
        assert not user.has_perm("evaluation.delete_questionnaire")


@pytest.mark.parametrize("who", ["editor", "reviewer", "coordinator"])
def test_only_the_coordination_may_publish_from_the_edit_page(client, who, questionnaire,
                                                              request):
    user = request.getfixturevalue(who)
    client.force_login(user)
    edit = f"/admin/snippets/evaluation/questionnaire/edit/{questionnaire.pk}/"
    page = client.get(edit)
    assert page.status_code == 200
    assert (b'name="action-publish"' in page.content) == (who == "coordinator")
    # Posted by hand, "publish" is an ordinary save for the others: the live title stays.
    data = {"title": "Publié en douce", "slug": questionnaire.slug, "kind": questionnaire.kind,
            "introduction": "", "review_note": "", "references": "", "action-publish": "1",
            "items-count": "0", "targets-TOTAL_FORMS": "0", "targets-INITIAL_FORMS": "0",
            "targets-MIN_NUM_FORMS": "0", "targets-MAX_NUM_FORMS": "1000"}
    client.post(edit, data)
    questionnaire.refresh_from_db()
    if who != "coordinator":
        assert questionnaire.title != "Publié en douce"


def test_the_research_team_reads_a_questionnaire_in_the_admin(client, researcher, questionnaire):
    client.force_login(researcher)
    assert client.get("/admin/").status_code == 200
    edit = f"/admin/snippets/evaluation/questionnaire/edit/{questionnaire.pk}/"
    assert client.get(edit).status_code == 200
    # …but none of the rest of the admin.
    assert client.get("/admin/pages/").status_code in (302, 403)
    assert client.get("/admin/users/").status_code in (302, 403)


def test_research_without_a_second_factor_is_sent_to_set_it_up(client, questionnaire):
    from accounts.roles import Role

    fresh = UserFactory(organisation=None, roles=[Role.RESEARCH], totp=False)
    client.force_login(fresh)
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/" not in response["Location"]
