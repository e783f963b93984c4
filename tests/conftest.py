import os

import pytest
from django.core.cache import cache
from django.db import connection

from accounts.roles import Role

from .factories import OrganisationFactory, UserFactory

REQUIRE_POSTGRES = os.environ.get("REPERES_REQUIRE_POSTGRES") == "1"


def pytest_collection_modifyitems(config, items):
    """PostgreSQL-only tests: skipped on SQLite with a reason, required in CI."""
    if connection.vendor == "postgresql" or REQUIRE_POSTGRES:
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL=postgres://… (CI does)")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate limits and cached fragments live in the cache: start every test clean."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site(db):
    """The demo home page, institutional pages and settings, as `make run` has them."""
    from wagtail.models import Site

    from core import demo

    demo.load()
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def org_a(db):
    return OrganisationFactory(name="Bailleur A", slug="bailleur-a", signup_code="CODEAAAA26")


@pytest.fixture
def org_b(db):
    return OrganisationFactory(name="Bailleur B", slug="bailleur-b", signup_code="CODEBBBB26")


@pytest.fixture
def care_team(db):
    from accounts.models import Organisation

    return OrganisationFactory(name="Équipe dédiée test", slug="equipe-dediee-test",
                               kind=Organisation.Kind.CARE_TEAM, signup_code=None)


@pytest.fixture
def learner(org_a):
    return UserFactory(email="apprenant@a.test", organisation=org_a, roles=[Role.LEARNER])


@pytest.fixture
def learner_b(org_b):
    return UserFactory(email="apprenant@b.test", organisation=org_b, roles=[Role.LEARNER])


@pytest.fixture
def trainer(care_team):
    return UserFactory(email="formateur@equipe.test", organisation=care_team,
                       roles=[Role.TRAINER, Role.LEARNER], totp=True)


@pytest.fixture
def hr_a(org_a):
    return UserFactory(email="rh@a.test", organisation=org_a, roles=[Role.HR, Role.LEARNER],
                       totp=True)


@pytest.fixture
def hr_b(org_b):
    return UserFactory(email="rh@b.test", organisation=org_b, roles=[Role.HR, Role.LEARNER],
                       totp=True)


@pytest.fixture
def coordinator(db):
    return UserFactory(email="coordination@programme.test", organisation=None,
                       roles=[Role.COORDINATOR], totp=True)


@pytest.fixture
def editor(db):
    return UserFactory(email="redaction@programme.test", organisation=None,
                       roles=[Role.EDITOR], totp=True)


@pytest.fixture
def users_by_role(learner, trainer, hr_a, hr_b, coordinator, editor):
    """Every role of the access-control table; HR "same" is of org A, "other" of org B."""
    return {
        "anonymous": None,
        "learner": learner,
        "trainer": trainer,
        "hr_same": hr_a,
        "hr_other": hr_b,
        "coordinator": coordinator,
        "editor": editor,
    }
