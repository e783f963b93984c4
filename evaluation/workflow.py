"""The "Relecture des questionnaires" workflow: a change to a questionnaire's items reaches
learners only once the research team (the scales, the analysis) and then the clinical team
(the wording, what it may stir up in a respondent) have approved it.

Set up after every migrate, like the role groups: the two groups, the two tasks, and the
workflow assigned to the Questionnaire snippet. Loading content/evaluation/ publishes
directly: those files are reviewed in the repository.
"""

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from wagtail.models import GroupApprovalTask, Workflow, WorkflowContentType, WorkflowTask

from accounts.roles import GROUP_NAMES, Role

WORKFLOW_NAME = "Relecture des questionnaires"
TASKS = (("Validation par l'équipe de recherche", Role.RESEARCH),
         ("Validation par l'équipe clinique", Role.REVIEWER))


def questionnaire_workflow():
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    for order, (name, role) in enumerate(TASKS):
        group, _ = Group.objects.get_or_create(name=GROUP_NAMES[role])
        task = GroupApprovalTask.objects.filter(name=name).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=name)
        task.groups.add(group)
        WorkflowTask.objects.update_or_create(workflow=workflow, task=task,
                                              defaults={"sort_order": order})
    return workflow


def require_questionnaire_review(**kwargs):
    from .models import Questionnaire

    WorkflowContentType.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(Questionnaire),
        defaults={"workflow": questionnaire_workflow()})
