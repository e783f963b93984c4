from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import JobRole
from scheduling import services
from scheduling.models import AwarenessSession, TimeSlot
from tests.factories import UserFactory


def create_session(*, capacity=10, starts_in=timedelta(days=10), slots=((0, 3),), trainers=(),
                   **fields):
    """A scheduled session whose slots are (start hour offset, duration in hours) from the
    start, rounded to the hour so that times are easy to read in failures."""
    start = (timezone.now() + starts_in).replace(minute=0, second=0, microsecond=0)
    fields.setdefault("place_name", "Salle de test")
    fields.setdefault("address", "1 rue de l'Essai, 75013 Paris")
    session = AwarenessSession.objects.create(title=fields.pop("title", "Sensibilisation test"),
                                              capacity=capacity, **fields)
    for order, (offset, hours) in enumerate(slots):
        begin = start + timedelta(hours=offset)
        TimeSlot.objects.create(session=session, starts_at=begin,
                                ends_at=begin + timedelta(hours=hours), sort_order=order)
    session.trainers.set(trainers)
    session.save()  # parental many-to-many: written on save
    services.update_span(session)
    session.refresh_from_db()
    return session


@pytest.fixture
def make_session(db):
    return create_session


@pytest.fixture
def session(db, trainer):
    """In ten days, two slots of 3 h and 2 h the same day, run by the shared trainer."""
    return create_session(slots=((0, 3), (4, 2)), trainers=[trainer])


@pytest.fixture
def staff_a(db, org_a):
    return [UserFactory(organisation=org_a, job_role=JobRole.CARETAKER, last_name=f"A{i:02d}")
            for i in range(5)]
