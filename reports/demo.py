"""Demo training records for the HR dashboard: Paris Habitat's assignments, and modules
completed by some of its fictitious staff over the last months. Creates what is missing only."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts.models import JobRole, Organisation
from courses import assignments
from courses.models import Assignment, ModulePage, ModuleProgress
from courses.services import module_completed

from . import summaries

ORGANISATION = "Paris Habitat"
HR_EMAIL = "rh@paris-habitat.example"

# (module slug, job role, days until due): the last one is already overdue.
ASSIGNMENTS = [
    ("signaux-faibles-logement", JobRole.CARETAKER, 30),
    ("signaler-equipe-dediee", JobRole.SOCIAL_ADVISER, 45),
    ("risque-suicidaire", JobRole.MEDIATOR, -7),
]
JOINED_DAYS_AGO = 120  # the demo staff's accounts date back this far
# (person email, module slug, days ago): completions spread over three months.
COMPLETIONS = [
    ("gardien2@paris-habitat.example", "signaux-faibles-logement", 70),
    ("gardienne3@paris-habitat.example", "signaux-faibles-logement", 40),
    ("gardienne3@paris-habitat.example", "agressivite-loge", 35),
    ("conseiller@paris-habitat.example", "signaler-equipe-dediee", 12),
    ("conseiller@paris-habitat.example", "locataire-confus", 5),
]


def load(stdout=None):
    _load_scenario()
    # Parts of the demo are written in bulk, without signals: the figures from scratch.
    summaries.rebuild()


def _load_scenario():
    organisation = Organisation.objects.filter(name=ORGANISATION).first()
    hr = get_user_model().objects.filter(email=HR_EMAIL).first()
    modules = {m.slug: m for m in ModulePage.objects.live()}
    if organisation is None or hr is None or not modules:
        return
    # Its staff joined months ago: an account created today is not late on anything yet
    # (courses.assignments), and the overdue assignment must show.
    joined = timezone.now() - timedelta(days=JOINED_DAYS_AGO)
    get_user_model().objects.filter(organisation=organisation, date_joined__gt=joined).update(
        date_joined=joined)
    today = timezone.localdate()
    for slug, job_role, days in ASSIGNMENTS:
        module = modules.get(slug)
        if module and not Assignment.objects.filter(organisation=organisation, module=module,
                                                    job_role=job_role).exists():
            assignments.create_assignment(organisation=organisation, module=module,
                                          job_role=job_role, created_by=hr,
                                          due_date=today + timedelta(days=days))
    people = {u.email: u for u in get_user_model().objects.filter(
        email__in={email for email, _slug, _days in COMPLETIONS})}
    for email, slug, days in COMPLETIONS:
        person, module = people.get(email), modules.get(slug)
        if person and module:
            done = timezone.now() - timedelta(days=days)
            progress, created = ModuleProgress.objects.get_or_create(
                user=person, module=module,
                defaults={"completed_at": done, "steps_completed_at": done,
                          "seen_steps": list(module.step_ids)})
            if created:  # as a real completion: the certificate follows
                module_completed.send(sender=ModulePage, user=person, module=module,
                                      completed_at=done)


def describe():
    return ["RH : Paris Habitat a des affectations (dont une en retard) et des modules "
            "terminés par son personnel : voir /espace-rh/tableau-de-bord/."]
