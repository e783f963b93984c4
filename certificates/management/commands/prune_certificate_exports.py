from django.core.management.base import BaseCommand

from certificates.services import prune_exports


class Command(BaseCommand):
    help = ("Supprime les exports ZIP d'attestations plus anciens que "
            "REPERES_CERTIFICATE_EXPORT_DAYS (cron, une fois par jour).")

    def handle(self, *args, **options):
        count = prune_exports()
        self.stdout.write(f"{count} export(s) supprimé(s).")
