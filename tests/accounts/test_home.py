"""Mon espace says what to do next: the panels that courses, scheduling and certificates add
through the `reperes_home_panels` hook (accounts/home.py)."""

from datetime import timedelta
from html import unescape

import pytest
from django.utils import timezone

from certificates import services as certificates
from certificates.models import Certificate
from courses.models import Assignment, ModulePage, ModuleProgress
from scheduling import services as scheduling
from tests.factories import UserFactory
from tests.scheduling.conftest import create_session

pytestmark = pytest.mark.django_db


def text(response):
    return unescape(response.content.decode())


@pytest.fixture
def modules(site):
    return list(ModulePage.objects.live().defer("steps").order_by("path")[:4])


def section(page, title):
    """The panel whose heading is `title`."""
    start = page.index(f">{title}</h2>")
    return page[start:page.index("</section>", start)]


def test_the_home_lists_what_is_due_late_first_then_what_was_left(client, learner, org_a,
                                                                   org_b, modules):
    today = timezone.localdate()
    learner.date_joined = timezone.now() - timedelta(days=200)  # not a newcomer: late is late
    learner.save(update_fields=["date_joined"])
    late, soon, done, left = modules
    Assignment.objects.create(organisation=org_a, job_role=learner.job_role, module=soon,
                              due_date=today + timedelta(days=20))
    Assignment.objects.create(organisation=org_a, person=learner, module=late,
                              due_date=today - timedelta(days=3))
    Assignment.objects.create(organisation=org_a, person=learner, module=done,
                              due_date=today + timedelta(days=5))
    Assignment.objects.create(organisation=org_b, job_role=learner.job_role, module=left,
                              due_date=today - timedelta(days=1))  # another landlord's
    ModuleProgress.objects.create(user=learner, module=done, completed_at=timezone.now())
    ModuleProgress.objects.create(user=learner, module=left)
    client.force_login(learner)
    panel = section(text(client.get("/compte/")), "À faire")
    assert panel.index(late.title) < panel.index(soon.title) < panel.index(left.title)
    assert done.title not in panel
    assert panel.count("En retard") == 1
    assert "Commencé : reprenez là où vous en étiez" in panel  # `left`: started, not assigned


def test_the_home_shows_the_next_session_and_the_place_in_line(client, learner, org_a):
    full = create_session(title="Session complète", capacity=1,
                          starts_in=timedelta(days=5))
    create_session(title="Session plus tardive", starts_in=timedelta(days=30))
    scheduling.register(full, UserFactory(organisation=org_a))
    scheduling.register(full, learner)
    client.force_login(learner)
    panel = section(text(client.get("/compte/")), "Ma prochaine session")
    assert "Session complète" in panel and "Liste d'attente, position 1" in panel
    assert "Session plus tardive" not in panel


def test_the_home_counts_certificates_but_not_revoked_ones(client, learner, modules):
    first, second = modules[:2]
    certificates.issue_for_module(None, user=learner, module=first,
                                  completed_at=timezone.now() - timedelta(days=3))
    certificates.issue_for_module(None, user=learner, module=second,
                                  completed_at=timezone.now())
    Certificate.objects.filter(subject_id=second.pk).update(status=Certificate.Status.REVOKED)
    client.force_login(learner)
    panel = section(text(client.get("/compte/")), "Mes attestations")
    assert "Vous avez 1 attestation." in panel and first.title in panel


def test_a_newcomer_is_told_what_will_appear(client, org_a, site):
    newcomer = UserFactory(organisation=org_a)
    client.force_login(newcomer)
    page = text(client.get("/compte/"))
    assert "Rien ne vous est demandé pour l'instant" in page
    assert "Aucune session à venir pour vous." in page
    assert "Vos attestations apparaîtront ici" in page


def test_staff_without_an_organisation_get_no_training_panels(client, coordinator, site):
    client.force_login(coordinator)
    page = text(client.get("/compte/"))
    assert "Qui prévenir dans mon organisation" in page
    assert "À faire" not in page and "Ma prochaine session" not in page


def test_the_home_stays_bounded_as_the_history_grows(client, learner, org_a, modules,
                                                     django_assert_max_num_queries):
    today = timezone.localdate()
    Assignment.objects.create(organisation=org_a, person=learner, module=modules[0],
                              due_date=today)
    client.force_login(learner)
    with django_assert_max_num_queries(30) as few:
        client.get("/compte/")
    for module in modules:
        Assignment.objects.create(organisation=org_a, person=learner, module=module,
                                  due_date=today + timedelta(days=3))
        ModuleProgress.objects.get_or_create(user=learner, module=module)
    for n in range(5):
        session = create_session(title=f"Session {n}", starts_in=timedelta(days=3 + n))
        scheduling.register(session, learner)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get("/compte/").status_code == 200
