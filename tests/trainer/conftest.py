"""The trainer's screens in the room: the sessions' fixtures, and the objects that the access
rows of this package name (shared with the browser sweep)."""

from datetime import timedelta

import pytest

from tests.scheduling.conftest import create_session, make_session, session, staff_a  # noqa: F401


def build_trainer_objects(users_by_role, org_a, objects=None):
    """The objects of tests/scheduling/test_access.py's rows (`objects`, when already built),
    plus: the slot of the session running now (the learner holds a seat in it), a walk-in of
    organisation A who came without an email address (HR of A complete it), and another
    session running now with its slot."""
    from scheduling import services
    from scheduling.models import AwarenessSession
    from tests.access import build_scheduling_objects

    objects = objects or build_scheduling_objects(users_by_role, org_a)
    session_now = AwarenessSession.objects.get(pk=objects["session_now"])
    slot_now = session_now.slots.get()
    added = services.add_walk_in(session_now, slot_now, first_name="Sans", last_name="Adresse",
                                 organisation=org_a, job_role="gardien",
                                 by=users_by_role["trainer"])
    other = create_session(starts_in=timedelta(hours=-1), title="Une autre session en cours")
    return {**objects, "slot_now": slot_now.pk, "walk_in_no_email": added.person.pk,
            "org_a": org_a.pk, "learner": users_by_role["learner"].pk,
            "other_now": other.pk, "other_slot": other.slots.get().pk}


@pytest.fixture
def objects(users_by_role, org_a):
    return build_trainer_objects(users_by_role, org_a)


@pytest.fixture
def json_client(client):
    """The test client asking for JSON, as the page's script does."""
    client.defaults["HTTP_ACCEPT"] = "application/json"
    return client
