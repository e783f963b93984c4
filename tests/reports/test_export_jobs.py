"""Large exports as background tasks: the requester only, the same rows as the immediate
download, progress, expiry and pruning."""

import csv
import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from openpyxl import load_workbook

from reports.models import ExportJob
from tests.factories import UserFactory


@pytest.fixture
def small_threshold(settings):
    settings.REPERES_EXPORT_TASK_ROWS = 3


def rows_of(content):
    text = content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def request_large(client, url, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(url)
    assert response.status_code == 302
    job = ExportJob.objects.latest("pk")
    assert response["Location"] == f"/espace-rh/exports/{job.pk}/"
    return job


def test_a_large_matrix_is_built_by_the_worker_for_the_requester_only(
        client, org_c, small_threshold, django_capture_on_commit_callbacks, hr_a, coordinator):
    client.force_login(org_c.hr)
    job = request_large(client, "/espace-rh/tableau-de-bord/suivi.csv",
                        django_capture_on_commit_callbacks)
    job.refresh_from_db()
    assert (job.status, job.kind, job.total, job.requested_by) == (
        "ready", "matrix", 5, org_c.hr)
    page = client.get(f"/espace-rh/exports/{job.pk}/").content.decode()
    assert "Fichier prêt : 5 lignes." in page
    response = client.get(f"/espace-rh/exports/{job.pk}/telecharger/")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="suivi-formation-')
    rows = rows_of(b"".join(response.streaming_content))
    assert rows[0][:3] == ["Nom", "Prénom", "E-mail"]
    assert {row[2] for row in rows[1:]} == {"g1@c.test", "g2@c.test", "g3@c.test", "m1@c.test",
                                            "rh@c.test"}
    # The same rows as the immediate download of a smaller export would give.
    assert "Rita" in {row[1] for row in rows[1:]}
    # Nobody else fetches it: HR of another landlord, the coordination, anonymous.
    for other in (hr_a, coordinator):
        client.force_login(other)
        assert client.get(f"/espace-rh/exports/{job.pk}/").status_code == 404
        assert client.get(f"/espace-rh/exports/{job.pk}/telecharger/").status_code == 404
    client.logout()
    assert client.get(f"/espace-rh/exports/{job.pk}/telecharger/").status_code == 302


def test_the_worker_applies_the_filters_and_the_language(
        client, coordinator, org_c, settings, django_capture_on_commit_callbacks):
    settings.REPERES_EXPORT_TASK_ROWS = 2
    client.force_login(coordinator)
    client.cookies["reperes_language"] = "en"
    query = f"?organisation={org_c.organisation.pk}&job_role=gardien"
    job = request_large(client, "/espace-rh/tableau-de-bord/suivi.xlsx" + query,
                        django_capture_on_commit_callbacks)
    job.refresh_from_db()
    assert job.status == "ready" and job.language == "en"
    response = client.get(f"/espace-rh/exports/{job.pk}/telecharger/")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    rows = list(workbook.active.iter_rows(values_only=True))
    assert rows[0][0] == "Last name"
    assert "Organisation" in rows[0]
    assert {row[2] for row in rows[1:]} == {"g1@c.test", "g2@c.test", "g3@c.test"}


def test_small_exports_stay_immediate(client, org_c, settings):
    settings.REPERES_EXPORT_TASK_ROWS = 100
    client.force_login(org_c.hr)
    response = client.get("/espace-rh/tableau-de-bord/presences.csv")
    assert response.status_code == 200
    assert not ExportJob.objects.exists()


def test_an_export_requested_then_the_rights_lost_is_empty(
        client, org_c, small_threshold, django_capture_on_commit_callbacks):
    from reports import jobs

    client.force_login(org_c.hr)
    client.get("/espace-rh/tableau-de-bord/suivi.csv")  # queued, not run: no commit here
    job = ExportJob.objects.get()
    assert job.status == "pending"
    org_c.hr.groups.clear()
    jobs.build(ExportJob.objects.select_related("requested_by").get(pk=job.pk))
    job.refresh_from_db()
    assert job.status == "ready"
    with job.file.open("rb") as handle:
        assert len(rows_of(handle.read())) == 1  # the header only


def test_expired_exports_are_gone_and_pruned(
        client, org_c, small_threshold, django_capture_on_commit_callbacks):
    client.force_login(org_c.hr)
    job = request_large(client, "/espace-rh/tableau-de-bord/suivi.csv",
                        django_capture_on_commit_callbacks)
    job.refresh_from_db()
    path = job.file.path
    ExportJob.objects.filter(pk=job.pk).update(expires_at=timezone.now() - timedelta(hours=1))
    assert client.get(f"/espace-rh/exports/{job.pk}/telecharger/").status_code == 404
    call_command("prune_exports", stdout=io.StringIO())
    assert not ExportJob.objects.exists()
    import os

    assert not os.path.exists(path)


def test_the_dashboard_lists_ones_own_recent_exports(
        client, org_c, small_threshold, django_capture_on_commit_callbacks):
    client.force_login(org_c.hr)
    job = request_large(client, "/espace-rh/tableau-de-bord/suivi.csv",
                        django_capture_on_commit_callbacks)
    other = UserFactory(organisation=org_c.organisation)
    ExportJob.objects.create(requested_by=other, kind="matrix", extension="csv",
                             expires_at=timezone.now() + timedelta(days=1))
    page = client.get("/espace-rh/tableau-de-bord/").content.decode()
    assert f"/espace-rh/exports/{job.pk}/" in page
    assert page.count("/espace-rh/exports/") == 1
