"""Finished task results are pruned after REPERES_TASK_RESULT_RETENTION_DAYS (#12 item 8)."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult


@pytest.fixture
def database_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def result(status, days_ago, queue="default"):
    when = timezone.now() - timedelta(days=days_ago)
    row = DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}}, task_path="accounts.tasks.send_email",
        backend_name="default", queue_name=queue, status=status,
        finished_at=when if status in ("SUCCESSFUL", "FAILED") else None,
        started_at=when if status != "READY" else None)
    DBTaskResult.objects.filter(pk=row.pk).update(enqueued_at=when)
    return row.pk


def remaining():
    return set(DBTaskResult.objects.values_list("pk", flat=True))


def test_finished_results_older_than_the_retention_are_deleted(db, database_tasks, settings):
    old_success, old_failure = result("SUCCESSFUL", 8), result("FAILED", 8, queue="exports")
    recent = result("SUCCESSFUL", 6)
    waiting, running = result("READY", 30), result("RUNNING", 30)

    call_command("prune_task_results", verbosity=0)  # 7 days by default, every queue
    assert remaining() == {recent, waiting, running}
    assert {old_success, old_failure}.isdisjoint(remaining())

    settings.REPERES_TASK_RESULT_RETENTION_DAYS = 5
    call_command("prune_task_results", verbosity=0)
    assert remaining() == {waiting, running}
