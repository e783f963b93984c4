from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.content_files import ContentRun
from courses.lint import lint


class Command(BaseCommand):
    help = ("Relit les décisions des modules et les quiz de content/ : meilleure option toujours "
            "à la même place ou toujours la plus longue, mêmes nombres de bonnes réponses, quiz "
            "qui pose tout son pool.")

    def add_arguments(self, parser):
        parser.add_argument("--path", default=None, help="Dossier du contenu (content/).")

    def handle(self, *args, path=None, **options):
        run = ContentRun(path or settings.CONTENT_DIR)
        problems = lint(run)
        problems += [(error.file, f"{error.field} : {error.message}")
                     for error in run.report.errors]
        if problems:
            raise CommandError(f"{len(problems)} problème(s) :\n" + "\n".join(
                f"  {where} : {message}" for where, message in problems))
        self.stdout.write(self.style.SUCCESS("Contenu relu : aucun problème."))
