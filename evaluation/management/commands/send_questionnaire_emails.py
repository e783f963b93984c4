"""Invite people to the questionnaires of 30, 60 and 90 days. Run it from cron, daily: each
person gets each invitation once, whatever the number of runs (evaluation.followups)."""

from django.core.management.base import BaseCommand

from evaluation.followups import send_questionnaire_emails


class Command(BaseCommand):
    help = ("Send the emails inviting to the questionnaires of 30, 60 and 90 days "
            "(never twice, never to those who opted out).")

    def handle(self, *args, **options):
        sent = send_questionnaire_emails()
        if options["verbosity"]:
            self.stdout.write(f"{sent} questionnaire email{'' if sent == 1 else 's'} queued.")
