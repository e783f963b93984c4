"""Staff import speed, in one process, on generated data: one organisation of 6,000 learners
and a 10,000-row file (5,000 known learners, half of them moving agency, and 5,000 new
people), imported as a full import (1,000 learners missing from the file are deactivated).

    .venv/bin/python bench/import.py

Runs on a throw-away SQLite database, then, if PostgreSQL answers (BENCH_POSTGRES, default
the local server), again on a throw-away PostgreSQL database (`reperes_bench_import`),
dropped at the end. Tasks are queued in the database, as in production; the benchmark runs
them as the worker would.

Targets: preview of the 10,000 rows (upload, read, check, store) <= 10 s; applying them
(the apply_import task) <= 30 s; applying the same file again changes nothing; the largest
workbook the limits let through is read in <= 10 s; the worker renders and queues the 5,000
invitation emails (send_invitations) in <= 120 s. Exits non-zero only if it could not
measure.
"""

import io
import os
import subprocess
import sys
import time
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE))

from bench import _postgres  # noqa: E402
from bench._load import report, run  # noqa: E402

KNOWN = 6_000  # learners of the organisation
ROWS = 10_000  # in the file: 5,000 of the known learners and 5,000 new people
IN_FILE = 5_000
DB_NAME = "reperes_bench_import"


def generate():
    """The organisation, its HR officer, 6,000 learners; the staff file as CSV bytes."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group

    from accounts.models import Organisation
    from accounts.roles import GROUP_NAMES, Role, set_roles

    User = get_user_model()
    organisation = Organisation.objects.create(name="Bailleur de charge", slug="bailleur-charge")
    hr = User.objects.create_user("rh@charge.test", "un-mot-de-passe-solide", first_name="Rh",
                                  last_name="Charge", organisation=organisation)
    set_roles(hr, [Role.HR, Role.LEARNER])
    TOTP.activate(hr, generate_totp_secret())
    unusable = make_password(None)
    User.objects.bulk_create([
        User(email=f"personne{n}@charge.test", first_name=f"Prénom{n}", last_name=f"Nom{n:05d}",
             job_role="gardien", site="Agence 1", employee_id=f"M{n:05d}",
             organisation=organisation, password=unusable)
        for n in range(KNOWN)], batch_size=1000)
    learners = Group.objects.get(name=GROUP_NAMES[Role.LEARNER])
    Through = User.groups.through
    Through.objects.bulk_create([
        Through(user_id=pk, group_id=learners.pk)
        for pk in User.objects.filter(organisation=organisation).exclude(pk=hr.pk)
        .values_list("pk", flat=True)], batch_size=2000)

    lines = ["Prénom;Nom;E-mail;Métier;Site/Agence;Matricule"]
    for n in range(IN_FILE):  # known: every other one moves agency
        site = "Agence 2" if n % 2 else "Agence 1"
        lines.append(f"Prénom{n};Nom{n:05d};personne{n}@charge.test;gardien;{site};M{n:05d}")
    for n in range(ROWS - IN_FILE):
        lines.append(f"Nouveau{n};Arrivant{n:05d};nouveau{n}@charge.test;médiateur;Agence 3;")
    return hr, ("\r\n".join(lines) + "\r\n").encode("utf-8")


def upload(client, data):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from accounts.models import ImportBatch

    response = client.post("/espace-rh/import/", {
        "file": SimpleUploadedFile("personnel.csv", data), "deactivate_missing": "on"})
    assert response.status_code == 302, response.status_code
    return ImportBatch.objects.filter(status="preview").latest("created_at")


def apply(client, batch):
    """Confirm (the request queues the task), then run the task as the worker does."""
    from django_tasks_db.models import DBTaskResult

    from accounts.models import ImportBatch
    from accounts.tasks import apply_import

    started = time.perf_counter()
    response = client.post(f"/espace-rh/import/{batch.pk}/confirmer/")
    confirm = time.perf_counter() - started
    assert response.status_code == 302, response.status_code
    queued = DBTaskResult.objects.filter(task_path="accounts.tasks.apply_import").latest(
        "enqueued_at")
    started = time.perf_counter()
    apply_import.call(*queued.args_kwargs["args"], **queued.args_kwargs["kwargs"])
    seconds = time.perf_counter() - started
    batch = ImportBatch.objects.get(pk=batch.pk)
    assert batch.status == "applied", batch.result
    return confirm, seconds, batch.result


def largest_allowed_xlsx():
    """A workbook just inside the limits, written so that it costs the most to read: 10,000
    rows of 12 text cells, no declared dimension (openpyxl then reads the sheet twice)."""
    import zipfile

    from openpyxl import Workbook

    workbook, template = Workbook(), io.BytesIO()
    workbook.save(template)
    head = "".join(f'<c t="inlineStr"><is><t>{t}</t></is></c>'
                   for t in ["Prénom", "Nom", "E-mail", "Métier"])
    cells = '<c t="inlineStr"><is><t>x</t></is></c>' * 12
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
             f'openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">{head}</row>'
             + "".join(f'<row r="{r}">{cells}</row>' for r in range(2, 10_002))
             + "</sheetData></worksheet>").encode()
    source, output = zipfile.ZipFile(io.BytesIO(template.getvalue())), io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            archive.writestr(info.filename, sheet if info.filename.endswith("sheet1.xml")
                             else source.read(info.filename))
    return output.getvalue()


def measure(suffix):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.test import Client

    from accounts import imports
    from accounts.models import Invitation

    started = time.perf_counter()
    hr, data = generate()
    print(f"data{suffix}: {KNOWN} learners, a file of {ROWS} rows ({len(data) // 1024} KiB), "
          f"generated in {time.perf_counter() - started:.1f} s", flush=True)
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(hr)

    started = time.perf_counter()
    batch = upload(client, data)
    preview = time.perf_counter() - started
    counts = batch.result["counts"]
    print(f"preview{suffix}: {counts}, {batch.result['deactivate_count']} to deactivate")
    confirm, seconds, result = apply(client, batch)
    print(f"apply{suffix}: confirm request {confirm * 1000:.0f} ms; {result['invited']} "
          f"invitations, {result['counts']['updated']} updates, {result['deactivated']} "
          "deactivated", flush=True)

    from django_tasks_db.models import DBTaskResult

    from accounts.tasks import send_invitations

    queued = DBTaskResult.objects.get(task_path="accounts.tasks.send_invitations")
    started = time.perf_counter()  # the worker's next job: one email task per invitation
    sent = send_invitations.call(**queued.args_kwargs["kwargs"])
    emails = time.perf_counter() - started
    print(f"invitation emails{suffix}: {sent} rendered and queued")

    again = upload(client, data)
    _confirm, _seconds, second = apply(client, again)
    changes = second["invited"] + second["counts"]["updated"] + second["deactivated"]
    print(f"same file again{suffix}: {second['counts']}, {Invitation.objects.count()} "
          "invitations in all")

    workbook = largest_allowed_xlsx()
    started = time.perf_counter()
    rows = len(imports.read_file(SimpleUploadedFile("personnel.xlsx", workbook)).rows)
    xlsx_seconds = time.perf_counter() - started
    print(f"largest allowed workbook{suffix}: {len(workbook) // 1024} KiB, {rows} rows read")

    report(f"import_preview_{ROWS}_rows{suffix}", preview, "s", "<=", 10)
    report(f"import_apply_{ROWS}_rows{suffix}", seconds, "s", "<=", 30)
    report(f"import_apply_same_file_again_changes{suffix}", changes, "rows", "<=", 0)
    report(f"import_read_largest_allowed_xlsx{suffix}", xlsx_seconds, "s", "<=", 10)
    report(f"import_invitation_emails_{sent}{suffix}", emails, "s", "<=", 120)


def on_sqlite():
    os.environ["BENCH_TASKS_DB"] = "1"
    from bench._inprocess import setup_django

    setup_django("reperes-bench-import-")
    measure("")


def on_postgres():
    _postgres.create_database(DB_NAME)
    measure("_postgresql")


def drop_database():
    _postgres.drop_database(DB_NAME)


def main():
    on_sqlite()
    if not _postgres.answers():
        print("PostgreSQL does not answer: measured on SQLite only")
        return
    # Django is set up once per process: PostgreSQL in a child process.
    child = subprocess.run([sys.executable, __file__, "--postgresql"], check=False)
    if child.returncode:
        raise RuntimeError("could not measure on PostgreSQL")


if __name__ == "__main__":
    if "--postgresql" in sys.argv:
        run(on_postgres, cleanup=drop_database)
    else:
        run(main)
