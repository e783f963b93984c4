"""Demo of the clinical review: the demo reviewer has approved a few chapters, as they would
in the admin, so that those pages show "relu par l'équipe clinique le …" and the rest show
that they still wait for review (courses.demo does the same for one module)."""

from django.contrib.auth import get_user_model

from .models import GuideChapterPage
from .review import approve, reviewed_on

REVIEWER = "relecture@equipe20.example"
REVIEWED = ["comprendre-sante-mentale", "risque-suicidaire", "reperer-signaux-faibles"]


def approve_as_demo_reviewer(pages):
    reviewer = get_user_model().objects.filter(email=REVIEWER).first()
    if reviewer is None:
        return
    for page in pages:
        if reviewed_on(page) is None:
            approve(page, reviewer)


def load(stdout=None):
    approve_as_demo_reviewer(GuideChapterPage.objects.filter(slug__in=REVIEWED))
