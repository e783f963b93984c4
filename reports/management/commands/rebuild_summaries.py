import time

from django.core.management.base import BaseCommand

from reports import summaries


class Command(BaseCommand):
    help = ("Recompute the dashboards' summary tables from the raw rows (after an upgrade, a "
            "bulk load, or with --check to compare them).")

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true",
                            help="Only compare the summaries with the raw rows; exit 1 when "
                                 "they differ.")

    def handle(self, *args, check=False, **options):
        started = time.perf_counter()
        if check:
            found = summaries.differences()
            for line in found[:50]:
                self.stdout.write(line)
            if found:
                self.stderr.write(f"{len(found)} différences.")
                raise SystemExit(1)
            self.stdout.write(f"Résumés conformes aux données ({time.perf_counter() - started:.1f} s).")
            return
        summaries.rebuild()
        self.stdout.write(f"Résumés recalculés en {time.perf_counter() - started:.1f} s.")
