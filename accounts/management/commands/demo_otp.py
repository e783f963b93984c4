from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from accounts.demo import DEMO_TOTP_SECRET


class Command(BaseCommand):
    help = "Affiche le code de double authentification actuel des comptes de démonstration."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Réservé à l'environnement de développement (DEBUG).")
        counters = list(yield_hotp_counters_from_time())
        current = counters[len(counters) // 2]
        code = format_hotp_value(hotp_value(DEMO_TOTP_SECRET, current))
        self.stdout.write(f"Code de double authentification des comptes de démonstration : {code}")
        self.stdout.write(f"(ou ajoutez la clé {DEMO_TOTP_SECRET} à votre application d'authentification)")
