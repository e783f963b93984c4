"""Remind holders (and their organisation's HR, in one digest each) that certificates end in
60, then 15 days. Run it from cron, daily: each reminder is sent once, whatever the number of
runs, even two at the same time."""

from django.core.management.base import BaseCommand

from certificates.expiry import send_expiry_reminders


class Command(BaseCommand):
    help = ("Envoie les rappels de fin de validité des attestations (60 puis 15 jours avant) "
            "aux titulaires et un récapitulatif à leurs RH ; jamais deux fois.")

    def handle(self, *args, **options):
        sent = send_expiry_reminders()
        if options["verbosity"]:
            self.stdout.write(f"{sent} reminder{'' if sent == 1 else 's'} queued.")
