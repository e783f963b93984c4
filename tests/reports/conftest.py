"""A small organisation whose figures are computed by hand in the tests.

Bailleur C: gardiens g1, g2, g3 (sites Nord, Nord, Sud), médiatrice m1 (Nord), the HR officer
(job role "autre", targeted by no module) and g4, deactivated. The test site's six modules
(tests/content.py) target every job role but "autre"; path "gardiens" has the six, path
"médiation" four.

- g1 completed modules 1 and 2 (this month) and the gardiens path;
- g2 completed module 1 (last month) and started module 3;
- m1 completed module 1 (this month);
- g4 (inactive) completed module 1: never counted.
Assignments: module 1 to every gardien, due ten days ago (g3 is late); module 2 to m1, due
in a month.
"""

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import JobRole
from accounts.roles import Role
from courses.models import Assignment, LearningPathPage, ModulePage, ModuleProgress, PathCompletion
from tests.factories import OrganisationFactory, UserFactory


@dataclass
class Org:
    organisation: object
    hr: object
    g1: object
    g2: object
    g3: object
    g4: object
    m1: object
    modules: list
    gardiens: object
    mediation: object
    late: object
    pending: object


def previous_month(moment):
    first = timezone.localtime(moment).replace(day=1)
    return first - timedelta(days=3)


@pytest.fixture
def org_c(db, site):
    organisation = OrganisationFactory(name="Bailleur C", slug="bailleur-c")
    hr = UserFactory(email="rh@c.test", first_name="Rita", last_name="Hérault",
                     organisation=organisation, job_role=JobRole.OTHER,
                     roles=[Role.HR, Role.LEARNER], totp=True)

    def person(email, first, last, job_role, site, **extra):
        # On the staff for months: late as soon as an assignment's date has passed.
        return UserFactory(email=email, first_name=first, last_name=last, job_role=job_role,
                           site=site, organisation=organisation,
                           date_joined=timezone.now() - timedelta(days=180), **extra)

    g1 = person("g1@c.test", "Gaston", "Un", JobRole.CARETAKER, "Nord")
    g2 = person("g2@c.test", "Gisèle", "Deux", JobRole.CARETAKER, "Nord")
    g3 = person("g3@c.test", "Gérard", "Trois", JobRole.CARETAKER, "Sud")
    g4 = person("g4@c.test", "Guy", "Quatre", JobRole.CARETAKER, "Sud", is_active=False)
    m1 = person("m1@c.test", "Maya", "Médiane", JobRole.MEDIATOR, "Nord")
    modules = list(ModulePage.objects.live().order_by("path"))
    now = timezone.now()
    for user, module, completed_at in [(g1, modules[0], now), (g1, modules[1], now),
                                       (g2, modules[0], previous_month(now)),
                                       (m1, modules[0], now), (g4, modules[0], now),
                                       (g2, modules[2], None)]:
        ModuleProgress.objects.create(user=user, module=module, completed_at=completed_at)
    gardiens = LearningPathPage.objects.get(slug="sensibilisation-gardiens")
    mediation = LearningPathPage.objects.get(slug="mediation-et-accompagnement")
    PathCompletion.objects.create(user=g1, path=gardiens, completed_at=now)
    today = timezone.localdate()
    late = Assignment.objects.create(organisation=organisation, module=modules[0],
                                     job_role=JobRole.CARETAKER,
                                     due_date=today - timedelta(days=10), created_by=hr)
    pending = Assignment.objects.create(organisation=organisation, module=modules[1], person=m1,
                                        due_date=today + timedelta(days=30), created_by=hr)
    return Org(organisation, hr, g1, g2, g3, g4, m1, modules, gardiens, mediation, late, pending)
