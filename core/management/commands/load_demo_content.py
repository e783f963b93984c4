from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction


class Command(BaseCommand):
    help = ("Charge le contenu et les comptes de démonstration (idempotent) : chaque application "
            "qui a un module `demo` avec `load()` y contribue, dans l'ordre d'INSTALLED_APPS.")

    def add_arguments(self, parser):
        parser.add_argument("--quiet", action="store_true", help="N'affiche pas les comptes.")

    def handle(self, *args, quiet=False, **options):
        if not settings.REPERES_DEMO_CONTENT_ALLOWED:
            # The demo accounts share a published password and a known second factor.
            raise CommandError(
                "Refusé : les réglages de production n'acceptent pas le contenu de "
                "démonstration (comptes au mot de passe public). Pour un serveur de "
                "démonstration seulement, définissez ALLOW_DEMO_CONTENT=1.")
        modules = []
        for app_config in apps.get_app_configs():
            try:
                modules.append(import_module(f"{app_config.name}.demo"))
            except ModuleNotFoundError as error:
                if error.name != f"{app_config.name}.demo":
                    raise
        with transaction.atomic():
            for module in modules:
                module.load(self.stdout)
        self.stdout.write(self.style.SUCCESS("Contenu de démonstration chargé."))
        if not quiet:
            for module in modules:
                for line in getattr(module, "describe", list)():
                    self.stdout.write(line)
