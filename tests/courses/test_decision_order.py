"""A decision's options are shown in an order of their own for each learner, the same at each
visit: the order of the file (often the best first) gives nothing away."""

from courses import services
from courses.models import ModulePage
from tests.factories import UserFactory


def _decision(module):
    return next(step for step in module.steps if step.block_type == "decision")


def test_each_learner_gets_a_stable_order_and_learners_differ(site, db):
    module = next(m for m in ModulePage.objects.live()
                  if any(s.block_type == "decision" for s in m.steps))
    step = _decision(module)
    file_order = [choice.id for choice in step.value["choices"].bound_blocks]
    orders = []
    for _ in range(12):
        learner = UserFactory()
        order = [c.id for c in services.decision_choices(learner, module, step)]
        assert order == [c.id for c in services.decision_choices(learner, module, step)]
        assert sorted(order) == sorted(file_order)
        orders.append(tuple(order))
    assert len(set(orders)) > 1
    assert any(order[0] != file_order[0] for order in orders)


def test_the_step_page_shows_the_learner_s_order(client, site, learner):
    module = next(m for m in ModulePage.objects.live()
                  if any(s.block_type == "decision" for s in m.steps))
    number = next(i for i, s in enumerate(module.steps, start=1) if s.block_type == "decision")
    step = module.steps[number - 1]
    client.force_login(learner)
    page = client.get(f"{module.url}etape/{number}/").content.decode()
    expected = [c.id for c in services.decision_choices(learner, module, step)]
    positions = [page.index(f'id="choice-{choice_id}"') for choice_id in expected]
    assert positions == sorted(positions)
