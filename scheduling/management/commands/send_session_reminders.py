from django.core.management.base import BaseCommand

from scheduling.services import send_reminders


class Command(BaseCommand):
    help = ("Envoie le rappel de la veille aux personnes inscrites aux sessions de demain. "
            "Pour cron (une fois par jour) : sans risque si lancée deux fois, personne ne "
            "reçoit deux rappels.")

    def handle(self, *args, **options):
        sent = send_reminders()
        self.stdout.write(f"Rappels envoyés : {sent}")
