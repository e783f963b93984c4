"""The "Relecture clinique" workflow: the programme's clinical reviewers approve the guide and
the modules before they are published, and each page says when they last did."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    TaskState,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from accounts.roles import GROUP_NAMES, Role, has_role

WORKFLOW_NAME = "Relecture clinique"
TASK_NAME = "Validation par l'équipe clinique"


def clinical_workflow():
    """The workflow and its one task, created the first time (a migrate creates the group)."""
    group, _ = Group.objects.get_or_create(name=GROUP_NAMES[Role.REVIEWER])
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(group)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task,
                                       defaults={"sort_order": 0})
    return workflow


def require_clinical_review(page):
    """Every page under ``page`` goes through the clinical review before publishing.

    The reviewers may change and publish there (Wagtail publishes as the approver), nowhere
    else; the others' "Publish" becomes a submission (guide.wagtail_hooks).
    """
    workflow = clinical_workflow()
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    group = Group.objects.get(name=GROUP_NAMES[Role.REVIEWER])
    for codename in ("change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=group, page=page,
            permission=Permission.objects.get(content_type__app_label="wagtailcore",
                                              codename=codename))


def require_clinical_review_of(model):
    """Every object of ``model`` (a snippet with WorkflowMixin) goes through the review."""
    from wagtail.models import WorkflowContentType

    WorkflowContentType.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(model),
        defaults={"workflow": clinical_workflow()})


def reviewed_on(page):
    """When the clinical reviewers last approved ``page`` (None if they never did)."""
    state = (TaskState.objects
             .filter(task__name=TASK_NAME, status=TaskState.STATUS_APPROVED,
                     workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
                     workflow_state__object_id=str(page.pk))
             .order_by("-finished_at").only("finished_at").first())
    return state.finished_at if state else None


def approve(page, reviewer):
    """Submit the page's latest revision to its workflow and approve it as ``reviewer``
    (the demo does this for a few pages, as a reviewer would in the admin)."""
    workflow = page.get_workflow()
    if workflow is None:
        return
    page.save_revision(user=reviewer)
    workflow_state = workflow.start(page, reviewer)
    workflow_state.current_task_state.approve(user=reviewer, comment="Relu, conforme.")


def under_clinical_review(page):
    """Does publishing ``page`` (or a new page under it) need the clinical team's approval?"""
    workflow = page.get_workflow() if page is not None else None
    return workflow is not None and workflow.active and workflow.name == WORKFLOW_NAME


def may_publish_without_review(user):
    """Only the clinical reviewers (and superusers) publish the guide and the modules
    directly; everyone else submits them to the review."""
    return user.is_superuser or has_role(user, Role.REVIEWER)
