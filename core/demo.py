"""The demo site's content: everything in content/, through load_content (creates what is
missing, updates what the files changed, leaves the rest)."""

from django.conf import settings
from django.core.management.base import CommandError

from .content_commands import content_modules
from .content_files import ContentRun


def load(stdout=None):
    run = ContentRun(settings.CONTENT_DIR, stdout=stdout)
    for module in content_modules():
        module.load(run)
    if run.report.errors:
        raise CommandError("Le contenu de content/ n'est pas valide :\n" + "\n".join(
            f"  {error}" for error in run.report.errors))
