import os

import pytest
from django.core.cache import caches
from django.db import connection
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from accounts.models import Organisation
from accounts.roles import Role

from .factories import OrganisationFactory, UserFactory

REQUIRE_POSTGRES = os.environ.get("REPERES_REQUIRE_POSTGRES") == "1"

# Property tests: no deadline, since on a busy machine a deadline measures the load rather
# than the code. In CI (HYPOTHESIS_PROFILE=ci, set by .ci/run) the examples are also
# derandomised: every run tries the same cases, and a failure is replayed as it was seen.
hypothesis_settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
hypothesis_settings.register_profile(
    "ci", parent=hypothesis_settings.get_profile("default"), derandomize=True, print_blob=True)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# The people of the access-control table. HR "same" is of organisation A, "other" of B.
ROLE_USERS = {
    "learner": ("apprenant@a.test", "bailleur-a", [Role.LEARNER], False),
    "learner_b": ("apprenant@b.test", "bailleur-b", [Role.LEARNER], False),
    "trainer": ("formateur@equipe.test", "equipe-dediee-test", [Role.TRAINER, Role.LEARNER], True),
    "hr_a": ("rh@a.test", "bailleur-a", [Role.HR, Role.LEARNER], True),
    "hr_b": ("rh@b.test", "bailleur-b", [Role.HR, Role.LEARNER], True),
    "coordinator": ("coordination@programme.test", None, [Role.COORDINATOR], True),
    "editor": ("redaction@programme.test", None, [Role.EDITOR], True),
    "reviewer": ("relecture@programme.test", None, [Role.REVIEWER], True),
}


def pytest_collection_modifyitems(config, items):
    """PostgreSQL-only tests: skipped on SQLite with a reason, required in CI."""
    if connection.vendor == "postgresql" or REQUIRE_POSTGRES:
        return
    skip = pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL=postgres://… (CI does)")
    for item in items:
        if "postgres" in item.keywords:
            item.add_marker(skip)


def build_shared_data():
    """The test site (tests/content.py: pages, settings, guide, directory, modules, quizzes,
    paths), three organisations and one person per role.

    Built once per test database; every test runs in a transaction rolled back after it.
    """
    from tests import content

    content.build()
    OrganisationFactory(name="Bailleur A", slug="bailleur-a", signup_code="CODEAAAA26")
    OrganisationFactory(name="Bailleur B", slug="bailleur-b", signup_code="CODEBBBB26")
    OrganisationFactory(name="Équipe dédiée test", slug="equipe-dediee-test",
                        kind=Organisation.Kind.CARE_TEAM, signup_code=None)
    for email, org_slug, roles, totp in ROLE_USERS.values():
        organisation = Organisation.objects.get(slug=org_slug) if org_slug else None
        UserFactory(email=email, organisation=organisation, roles=roles, totp=totp)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        build_shared_data()


@pytest.fixture(scope="package")
def _shared_data_snapshot(django_db_setup, django_db_blocker):
    """The database as transactional tests (browser, concurrency) find it (migrations plus the shared test data of
    tests/conftest.py), for the serialized rollback of each browser test.

    Django's own snapshot is taken before tests/conftest.py adds the shared data, and its
    rollback would clash with it; this one is taken when the first browser test starts. At
    the end, the shared data are put back for whatever runs after the browser tests.
    """
    from django.db import DEFAULT_DB_ALIAS, connections

    connection = connections[DEFAULT_DB_ALIAS]
    with django_db_blocker.unblock():
        snapshot = connection.creation.serialize_db_to_string()
    django_snapshot = getattr(connection, "_test_serialized_contents", None)
    connection._test_serialized_contents = snapshot
    yield
    with django_db_blocker.unblock():
        connection.creation.deserialize_db_from_string(snapshot)
    if django_snapshot is None:
        del connection._test_serialized_contents
    else:
        connection._test_serialized_contents = django_snapshot


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate limits, cached fragments and routes live in the caches: start every test clean."""
    for each in caches.all():
        each.clear()
    yield
    for each in caches.all():
        each.clear()


@pytest.fixture
def site(db):
    """The default Wagtail site with the test site's home page (tests/content.py)."""
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


def _user(key):
    from django.contrib.auth import get_user_model

    return get_user_model().objects.select_related("organisation").get(email=ROLE_USERS[key][0])


def _organisation_fixture(slug):
    @pytest.fixture
    def organisation(db):
        return Organisation.objects.get(slug=slug)

    return organisation


def _person_fixture(key):
    @pytest.fixture
    def person(db):
        return _user(key)

    person.__doc__ = f"The shared {key} (see ROLE_USERS)."
    return person


org_a = _organisation_fixture("bailleur-a")
org_b = _organisation_fixture("bailleur-b")
care_team = _organisation_fixture("equipe-dediee-test")
learner = _person_fixture("learner")
learner_b = _person_fixture("learner_b")
trainer = _person_fixture("trainer")
hr_a = _person_fixture("hr_a")
hr_b = _person_fixture("hr_b")
coordinator = _person_fixture("coordinator")
editor = _person_fixture("editor")
reviewer = _person_fixture("reviewer")


@pytest.fixture
def users_by_role(learner, trainer, hr_a, hr_b, coordinator, editor, reviewer):
    """Every role of the access-control table."""
    return {
        "anonymous": None,
        "learner": learner,
        "trainer": trainer,
        "hr_same": hr_a,
        "hr_other": hr_b,
        "coordinator": coordinator,
        "editor": editor,
        "reviewer": reviewer,
    }


def login_recently(client, user):
    """Log `user` in as if they had just confirmed their password on allauth's
    reauthentication page: pages that ask for a recent proof of identity (data export,
    account deletion) let them through."""
    import time

    client.force_login(user)
    session = client.session
    session["account_authentication_methods"] = [
        {"method": "password", "at": time.time(), "reauthenticated": True}]
    session["account_authentication_methods_user"] = str(user.pk)
    session.save()
