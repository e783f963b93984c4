"""Remind people who are late on an assignment. Run it from cron, daily or more often:
each person is reminded once per assignment, whatever the number of runs."""

from django.core.management.base import BaseCommand

from courses.assignments import send_overdue_reminders


class Command(BaseCommand):
    help = "Send one reminder email to each person late on an assignment (never twice)."

    def handle(self, *args, **options):
        sent = send_overdue_reminders()
        if options["verbosity"]:
            self.stdout.write(f"{sent} reminder{'' if sent == 1 else 's'} queued.")
