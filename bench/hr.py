"""HR space speed, in one process, on generated data: one organisation of 5,000 staff,
20 modules, 50,000 quiz attempts (bulk-created).

    .venv/bin/python bench/hr.py

Targets: first page of the staff list and the dashboard (aggregates, charts, overdue list,
first page of the staff status list) median < 300 ms each; XLSX export of all 5,000 rows
< 10 s (above REPERES_EXPORT_TASK_ROWS, 5,000, it is a job: the request and its task, run
here, are timed together), with its Python memory peak (tracemalloc) < 64 MB and flat: the
peak for 5,000 rows at most 1.5 times the peak for 3,000 (the matrix reads people 2,000 at a
time, reports.exports.CHUNK: below one batch the peak is smaller, above it it stays the
same). Exits non-zero only if it could not measure.
"""

import json
import os
import random
import sys
import time
import tracemalloc
from datetime import timedelta
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE))

from bench._exports import run_export  # noqa: E402
from bench._inprocess import median_ms, setup_django  # noqa: E402
from bench._load import report, run  # noqa: E402

STAFF = 5_000
MODULES = 20
ATTEMPTS = 50_000
ROUNDS = 15
JOB_ROLES = ["gardien"] * 6 + ["mediateur"] * 2 + ["conseiller_social", "encadrant"]


def generate():
    """The organisation, its HR officer, 5,000 staff, 20 modules, progress and attempts."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.utils import timezone

    from accounts.models import Organisation
    from accounts.roles import Role, set_roles
    from bench.quiz import twenty_questions
    from courses.models import (
        Assignment,
        CourseIndexPage,
        LearningPathPage,
        ModulePage,
        ModuleProgress,
        PathCompletion,
    )
    from quizzes.models import Attempt, Quiz

    rng = random.Random(7)
    User = get_user_model()
    organisation = Organisation.objects.create(name="Bailleur de charge", slug="bailleur-charge")
    hr = User.objects.create_user("rh@charge.test", "un-mot-de-passe-solide", first_name="Rh",
                                  last_name="Charge", organisation=organisation)
    set_roles(hr, [Role.HR, Role.LEARNER])
    TOTP.activate(hr, generate_totp_secret())

    index = CourseIndexPage.objects.first()
    steps = ModulePage.objects.live().first().steps.raw_data
    existing = list(ModulePage.objects.live())
    questions = twenty_questions()
    for n in range(MODULES - len(existing)):
        quiz = Quiz.objects.create(title=f"Quiz de charge {n}", questions=questions)
        module = ModulePage(title=f"Module de charge {n}", slug=f"charge-{n}", summary="s",
                            audience=[], steps=json.dumps(list(steps)), quiz=quiz)
        index.add_child(instance=module)
    modules = list(ModulePage.objects.live().order_by("path"))
    quizzes = [m.quiz_id for m in modules if m.quiz_id]

    now = timezone.now()
    unusable = make_password(None)
    User.objects.bulk_create([
        User(email=f"personne{n}@charge.test", first_name=f"Prénom{n}", last_name=f"Nom{n:05d}",
             job_role=JOB_ROLES[n % len(JOB_ROLES)], site=f"Agence {n % 40}",
             employee_id=f"M{n:05d}", organisation=organisation, password=unusable)
        for n in range(STAFF)], batch_size=1000)
    staff = list(User.objects.filter(organisation=organisation).exclude(pk=hr.pk)
                 .values_list("pk", flat=True))

    progress = []
    for user_id in staff:
        for module in rng.sample(modules, 6):
            done = rng.random() < 0.7
            progress.append(ModuleProgress(
                user_id=user_id, module=module, seen_steps=[],
                completed_at=now - timedelta(days=rng.randint(0, 360)) if done else None))
    ModuleProgress.objects.bulk_create(progress, batch_size=2000)

    attempts = []
    per_user = ATTEMPTS // len(staff)
    for user_id in staff:
        for quiz_id in rng.sample(quizzes, per_user):
            passed = rng.random() < 0.75
            attempts.append(Attempt(user_id=user_id, quiz_id=quiz_id, number=1, seed=1,
                                    questions=[], submitted_at=now - timedelta(days=rng.randint(0, 360)),
                                    score=1, max_score=1, percent=90 if passed else 40,
                                    passed=passed))
    Attempt.objects.bulk_create(attempts, batch_size=2000)

    paths = list(LearningPathPage.objects.live())
    PathCompletion.objects.bulk_create([
        PathCompletion(user_id=user_id, path=paths[0], completed_at=now)
        for user_id in staff[::7]], batch_size=2000)
    for module, job_role, days in [(modules[0], "gardien", -30), (modules[1], "mediateur", -5),
                                   (modules[2], "gardien", 20), (modules[3], "encadrant", 40)]:
        Assignment.objects.create(organisation=organisation, module=module, job_role=job_role,
                                  due_date=timezone.localdate() + timedelta(days=days))
    return hr, len(progress), len(attempts)


def export_all(client, query=""):
    """The completion matrix in XLSX, as HR asks for it: a job above
    REPERES_EXPORT_TASK_ROWS rows (its task run here, timed with the request), otherwise a
    file streamed at once. Returns (mode, seconds, bytes)."""
    mode, seconds, size, _job = run_export(client, "/espace-rh/tableau-de-bord/suivi.xlsx"
                                           + query)
    return mode, seconds, size


def export_peak_mb(client, query=""):
    tracemalloc.start()
    try:
        export_all(client, query)
        return tracemalloc.get_traced_memory()[1] / 1024 / 1024
    finally:
        tracemalloc.stop()


def main():
    setup_django("reperes-bench-hr-")
    from django.core.management import call_command

    call_command("load_demo_content", quiet=True, stdout=open(os.devnull, "w"))  # noqa: SIM115
    from django.test import Client

    started = time.perf_counter()
    hr, progress_rows, attempt_rows = generate()
    print(f"data: {STAFF} staff, {MODULES} modules, {progress_rows} progress rows, "
          f"{attempt_rows} attempts, generated in {time.perf_counter() - started:.1f} s")

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(hr)
    for url in ("/espace-rh/", "/espace-rh/tableau-de-bord/"):
        assert client.get(url).status_code == 200, url
    staff_list = median_ms(lambda: client.get("/espace-rh/"), rounds=ROUNDS)
    dashboard = median_ms(lambda: client.get("/espace-rh/tableau-de-bord/"), rounds=ROUNDS)

    export_all(client)  # warm
    mode, export_seconds, size = export_all(client)
    peak_small = export_peak_mb(client, "?site=Agence+1")  # 125 rows
    peak_1000 = export_peak_mb(client, "?job_role=mediateur")  # 1,000 rows
    peak_3000 = export_peak_mb(client, "?job_role=gardien")  # 3,000 rows
    peak_5000 = export_peak_mb(client)
    print(f"xlsx: {size / 1024:.0f} KiB for {STAFF} rows ({mode}); tracemalloc peak "
          f"{peak_small:.1f} MB (125 rows), {peak_1000:.1f} MB (1,000), {peak_3000:.1f} MB "
          f"(3,000), {peak_5000:.1f} MB (5,000)")

    report("hr_staff_list_first_page", staff_list, "ms", "<=", 300)
    report("hr_dashboard_aggregates", dashboard, "ms", "<=", 300)
    report("hr_xlsx_export_5000_rows", export_seconds, "s", "<=", 10)
    report("hr_xlsx_export_peak_memory", peak_5000, "MB", "<=", 64)
    report("hr_xlsx_export_memory_growth_3000_to_5000", peak_5000 / peak_3000, "x", "<=", 1.5)


if __name__ == "__main__":
    run(main)
