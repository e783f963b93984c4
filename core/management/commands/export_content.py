from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.content_commands import content_modules
from core.content_files import ContentRun


class Command(BaseCommand):
    help = ("Réécrit content/ à partir de ce qui est publié dans l'administration, pour relire "
            "les modifications des éditeurs dans un diff.")

    def add_arguments(self, parser):
        parser.add_argument("--path", default=None, help="Dossier du contenu (content/).")

    def handle(self, *args, path=None, **options):
        run = ContentRun(path or settings.CONTENT_DIR, stdout=self.stdout)
        modules = content_modules()
        for module in modules:
            module.export(run)
        for module in modules:
            if hasattr(module, "export_late"):
                module.export_late(run)
        if run.report.errors:
            raise CommandError("\n".join(str(error) for error in run.report.errors))
        self.stdout.write(self.style.SUCCESS(f"Contenu exporté dans {run.root}."))
