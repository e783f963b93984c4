"""What a step shows and what posting it does belong to its block (courses.blocks.StepBlock):
the step view calls the same two methods whatever the kind of step."""

import json
from html import unescape

from accounts.models import EscalationContact
from courses.blocks import ModuleStepsBlock, StepBlock
from courses.models import ModuleProgress

from .conftest import STEPS, make_module


def body(response):
    return unescape(response.content.decode())


def test_every_kind_of_step_is_a_step_block():
    assert ModuleStepsBlock.base_blocks
    for name, block in ModuleStepsBlock.base_blocks.items():
        assert isinstance(block, StepBlock), name


def test_a_decision_is_seen_once_answered_and_the_next_link_waits_for_it(client, learner,
                                                                         module):
    client.force_login(learner)
    page = body(client.get(module.url + "etape/2/"))
    assert "Continuer" not in page and "Valider mon choix" in page
    assert "s-choix" not in ModuleProgress.objects.get(user=learner, module=module).seen_steps
    client.post(module.url + "etape/2/", {"choice": "d-inconnu"})
    assert ModuleProgress.objects.get(user=learner, module=module).decisions == {}
    client.post(module.url + "etape/2/", {"choice": "d-sonner"})
    progress = ModuleProgress.objects.get(user=learner, module=module)
    assert "s-choix" in progress.seen_steps and progress.decisions == {"s-choix": "d-sonner"}
    page = body(client.get(module.url + "etape/2/"))
    assert "Continuer" in page and "Voir une autre réponse" in page


def test_posting_another_step_records_it_and_goes_on(client, learner, module):
    client.force_login(learner)
    response = client.post(module.url + "etape/1/")
    assert response.status_code == 302 and response["Location"] == module.url + "etape/2/"
    assert ModuleProgress.objects.get(user=learner, module=module).seen_steps == ["s-recit"]
    response = client.post(module.url + "etape/3/")
    assert response["Location"] == module.url + "quiz/"


def test_the_debrief_names_the_learners_own_escalation_chain_when_asked(
        client, learner, learner_b, course_index):
    EscalationContact.objects.create(organisation=learner.organisation,
                                     role="Responsable de secteur A", phone="01 02 03 04 05")
    EscalationContact.objects.create(organisation=learner_b.organisation,
                                     role="Responsable de secteur B")
    module = make_module(course_index, "bilan-alerte")
    client.force_login(learner)
    page = body(client.get(module.url + "etape/3/"))
    assert "Dans votre organisation, prévenez d'abord" in page
    assert "Responsable de secteur A" in page and "Responsable de secteur B" not in page

    steps = json.loads(json.dumps(STEPS))
    steps[2]["value"]["include_organisation_referent"] = False
    module.steps = json.dumps(steps)
    module.save_revision().publish()
    page = body(client.get(module.url + "etape/3/"))
    assert "prévenez d'abord" not in page and "Responsable de secteur A" not in page
