from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from core.content_commands import content_modules
from core.content_files import ContentRun


class _Rollback(Exception):
    pass


class Command(BaseCommand):
    help = ("Crée ou met à jour le site à partir de content/ (guide, glossaire, annuaire, "
            "modules, quiz, parcours, pages). Tout est validé avant d'être gardé : à la "
            "moindre erreur, rien n'est écrit et chaque erreur est nommée par fichier et champ.")

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true",
                            help="Valide seulement : rien n'est gardé.")
        parser.add_argument("--path", default=None, help="Dossier du contenu (content/).")

    def handle(self, *args, check=False, path=None, verbosity=1, **options):
        run = ContentRun(path or settings.CONTENT_DIR, stdout=self.stdout)
        if not run.root.is_dir():
            raise CommandError(f"{run.root} : dossier introuvable.")
        try:
            with transaction.atomic():
                for module in content_modules():
                    module.load(run)
                if run.report.errors or check:
                    raise _Rollback
        except _Rollback:
            pass
        if run.report.errors:
            lines = "\n".join(f"  {error}" for error in run.report.errors)
            raise CommandError(f"{len(run.report.errors)} erreur(s) dans le contenu, rien n'a "
                               f"été écrit :\n{lines}")
        if verbosity > 1:
            for change in run.report.changes:
                self.stdout.write(f"  {change}")
        verb = "valide" if check else "chargé"
        self.stdout.write(self.style.SUCCESS(
            f"Contenu {verb} : {len(run.report.changes)} élément(s) "
            f"{'à créer ou mettre à jour' if check else 'créé(s) ou mis à jour'}."))
