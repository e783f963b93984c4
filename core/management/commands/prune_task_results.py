"""django_tasks_db's `prune_db_task_results` with Repères' defaults, for cron: every queue,
results finished (succeeded or failed) more than REPERES_TASK_RESULT_RETENTION_DAYS ago.
Tasks waiting or running are never touched; the library's options still apply."""

from django.conf import settings
from django_tasks_db.management.commands import prune_db_task_results


class Command(prune_db_task_results.Command):
    help = ("Supprime les résultats des tâches terminées (réussies ou en échec) depuis plus de "
            "REPERES_TASK_RESULT_RETENTION_DAYS jours, dans toutes les files.")

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.set_defaults(min_age_days=settings.REPERES_TASK_RESULT_RETENTION_DAYS,
                            queue_name="*")
