"""Registrations per second under concurrency, on PostgreSQL.

    .venv/bin/python bench/registration.py        # DATABASE_URL defaults to the local server

16 threads register 1,600 people to 8 sessions of 150 seats at once (so that most sessions
fill up and the waiting list is used): every registration takes the session's row lock, counts
seats and writes one row, then queues its confirmation email in the database after the
commit, as production does (the worker writes and sends it; not measured here). The floor, in the same run, is the same threads taking the same lock and writing
nothing. Also checks that no session is overbooked. Runs in a throw-away database
(`reperes_bench_registration`), dropped at the end. Exits non-zero only if it could not
measure.
"""

import sys
import threading
import time
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE))

from bench import _postgres  # noqa: E402
from bench._load import report, run  # noqa: E402

THREADS = 16
PEOPLE = 1600
SESSIONS = 8
CAPACITY = 150
DB_NAME = "reperes_bench_registration"
def setup():
    _postgres.create_database(DB_NAME)
    from django.conf import settings

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"


def run_threads(work, items):
    """`work(item)` for every item, spread over THREADS threads; returns seconds."""
    from django.db import connection

    chunks = [items[i::THREADS] for i in range(THREADS)]
    barrier = threading.Barrier(THREADS + 1)
    errors = []

    def worker(chunk):
        try:
            barrier.wait()
            for item in chunk:
                work(item)
        except Exception as error:  # noqa: BLE001 (reported below)
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(c,)) for c in chunks]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    if errors:
        raise RuntimeError(f"{len(errors)} errors, first: {errors[0]!r}")
    return elapsed


def main():
    setup()
    from datetime import timedelta

    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.utils import timezone

    from accounts.models import Organisation
    from scheduling import services
    from scheduling.models import AwarenessSession, Registration, TimeSlot

    organisation = Organisation.objects.create(name="Bailleur de charge", slug="charge")
    User = get_user_model()
    User.objects.bulk_create([
        User(email=f"charge{n}@exemple.test", first_name=f"P{n}", last_name="Charge",
             organisation=organisation, job_role="gardien", password="!")  # noqa: S106
        for n in range(PEOPLE)])
    people = list(User.objects.filter(organisation=organisation).order_by("pk"))
    start = timezone.now() + timedelta(days=10)
    sessions = []
    for n in range(SESSIONS):
        session = AwarenessSession.objects.create(title=f"Session de charge {n}",
                                                  capacity=CAPACITY, address="Paris")
        TimeSlot.objects.create(session=session, starts_at=start,
                                ends_at=start + timedelta(hours=3))
        services.update_span(session)
        session.refresh_from_db()
        sessions.append(session)

    pairs = [(sessions[i % SESSIONS], person) for i, person in enumerate(people)]

    def lock_only(pair):
        with transaction.atomic():
            AwarenessSession.objects.select_for_update().get(pk=pair[0].pk)

    def register(pair):
        with transaction.atomic():  # as a view runs it: emails leave after the commit
            services.register(*pair)

    floor_seconds = run_threads(lock_only, pairs)
    seconds = run_threads(register, pairs)
    rate, floor_rate = PEOPLE / seconds, PEOPLE / floor_seconds

    overbooked = sum(max(0, s.registrations.seated().count() - s.capacity) for s in sessions)
    registered = Registration.objects.filter(status="registered").count()
    waiting = Registration.objects.filter(status="waiting").count()
    print(f"floor: lock-only transactions {floor_rate:.0f} per second ({THREADS} threads)")
    from django_tasks_db.models import DBTaskResult

    print(f"{PEOPLE} registrations in {seconds:.2f} s: {registered} seated, {waiting} waiting, "
          f"{DBTaskResult.objects.filter(task_path='scheduling.tasks.notify').count()} emails "
          "queued for the worker")
    report("registrations_per_second", rate, "per s", ">=", 100)
    report("registration_vs_lock_floor", rate / floor_rate * 100, "%", ">=", 5)
    report("overbooked_seats", overbooked, "seats", "<=", 0)


def drop_database():
    _postgres.drop_database(DB_NAME)


if __name__ == "__main__":
    run(main, cleanup=drop_database)
