"""Demo of the clinical review of modules: the demo reviewer has approved one (see guide.demo)."""

from guide.demo import approve_as_demo_reviewer

from .models import ModulePage

REVIEWED = ["risque-suicidaire"]


def load(stdout=None):
    approve_as_demo_reviewer(ModulePage.objects.filter(slug__in=REVIEWED))
