from django.core.management.base import BaseCommand

from reports import jobs


class Command(BaseCommand):
    help = ("Supprime les exports de tableurs expirés (REPERES_EXPORT_DAYS) et leurs fichiers "
            "(cron, une fois par jour).")

    def handle(self, *args, **options):
        self.stdout.write(f"{jobs.prune()} export(s) supprimé(s).")
