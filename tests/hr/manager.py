"""A team leader (encadrant·e) of organisation A for the HR tests: the access-control roles of
tests/access.py, plus "manager". Import the fixtures into a test module to use them."""

import pytest

from accounts.models import JobRole
from accounts.roles import Role
from tests.factories import UserFactory

MANAGER_EMAIL = "encadrante@a.test"
ROLES_WITH_MANAGER = ("anonymous", "learner", "trainer", "hr_same", "hr_other", "coordinator",
                      "editor", "reviewer", "manager")


def make_manager(organisation, email=MANAGER_EMAIL, **fields):
    """A team leader with their second factor set up (the role counts only then)."""
    fields.setdefault("first_name", "Émilie")
    fields.setdefault("last_name", "Encadrante")
    return UserFactory(email=email, organisation=organisation, job_role=JobRole.MANAGER,
                       roles=[Role.MANAGER, Role.LEARNER], totp=True, **fields)


def make_team(manager, count, **fields):
    return UserFactory.create_batch(count, organisation=manager.organisation, manager=manager,
                                    **fields)


@pytest.fixture
def manager_a(org_a):
    return make_manager(org_a)


@pytest.fixture
def users_with_manager(users_by_role, manager_a):
    """Every role of the access-control table, and the team leader of organisation A."""
    return {**users_by_role, "manager": manager_a}
