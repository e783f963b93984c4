"""The sweep: every page of the access-control tables, as every role allowed to open it, on a
375 px phone and a 1280 px desktop, in French and in English; the admin's forms worked as an
editor would; every email as a browser shows it.

Each page must show no console error, no failed request and no CSP violation, fit the
screen's width, pass axe-core's WCAG 2.1 A/AA rules, and show neither raw markup nor a
sentence missing its value. A failure lists every page that is wrong, with its URL, role,
viewport and language, and everything wrong with it. Problems already reported to whoever
changes the page are listed in KNOWN_ISSUES until they are fixed.

The pages and admin forms (marked `sweep`) take about ten minutes on two cores: they run as
their own step, `make sweep`, which CI runs after `make test`; the emails run in `make test`.
"""

import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from tests.access import build_objects, build_scheduling_objects
from tests.evaluation.sweep_objects import evaluation_tables
from tests.hr.manager import make_manager, make_team
from tests.hr.test_team import ROWS as TEAM_ROWS
from tests.scheduling.test_access import ROWS as SCHEDULING_ROWS
from tests.test_access_control import ROWS as ACCESS_ROWS
from tests.trainer.conftest import build_trainer_objects
from tests.trainer.test_attendance_phone import ROWS as ATTENDANCE_ROWS
from tests.trainer.test_qr_checkin import ROWS as CHECKIN_ROWS
from tests.trainer.test_walk_in_without_email import ROWS as WALK_IN_ROWS

from .sweep import LANGUAGES, VIEWPORTS, Sweep, Tab, new_context, session_cookie

# Not pages: files and data, checked by the access tests and their own tests.
NOT_PAGES = (".pdf", ".csv", ".xlsx", ".ics", ".json", "/pdf/", "/zip/", "/telecharger/",
             "/health/")
ERROR_STATUSES = (403, 404)
# Problems found in pages that other work in progress changes, reported there (URL start,
# problem start): the sweep still expects them, and asks for each to be removed once fixed.
KNOWN_ISSUES = {}


def page_targets(tables):
    """(role, url, status) of every page to open: each GET row for each role expected to get
    a 200; the error pages (403, 404) once per role and status, as they share one template."""
    targets, error_pages = [], set()
    for rows, objects in tables:
        for row in rows:
            url = row.url.format(**objects)
            if row.method != "get" or url.split("?")[0].endswith(NOT_PAGES):
                continue
            for role, expected in row.expected.items():
                if expected == 200:
                    targets.append((role, url, 200))
                elif expected in ERROR_STATUSES and (role, expected) not in error_pages:
                    error_pages.add((role, expected))
                    targets.append((role, url, expected))
    return list(dict.fromkeys(targets))


CHECKIN_URL = re.compile(r"^/sessions/(?P<session>\d+)/pointage/(?P<token>[^/]+\.[^/]+)/$")


def current(url):
    """The URL as it must be opened now: a room's check-in code is valid for its minute only,
    and the sweep reaches it minutes after the tables were built."""
    from scheduling import services
    from scheduling.models import AwarenessSession

    match = CHECKIN_URL.match(url)
    if match is None:
        return url
    session = AwarenessSession.objects.get(pk=match["session"])
    slot_pk = int(match["token"].split(".")[0])
    return url.replace(match["token"], services.checkin_token(session, session.slots.get(pk=slot_pk)))


def add_demo_like_data(users, scheduling_objects):
    """What a landlord's HR and a trainer see after a few months: colleagues of every job,
    modules completed over several months, one assignment overdue, a session of two slots
    with people registered, present, absent; and names as long as real ones get."""
    from accounts.models import JobRole
    from courses.models import Assignment, ModulePage, ModuleProgress
    from courses.services import module_completed
    from scheduling import services
    from scheduling.models import AwarenessSession, TimeSlot
    from tests.factories import UserFactory

    organisation = users["learner"].organisation
    people = [
        UserFactory(organisation=organisation, first_name=first, last_name=last, job_role=job,
                    site=site, email=f"{first}.{last}@a.test".lower().replace(" ", "-"))
        for first, last, job, site in [
            ("Marie-Christine", "Delacroix-Fontaine", JobRole.CARETAKER, "Agence Nord-Est"),
            ("Jean-Baptiste", "Nguyen Van Long", JobRole.MEDIATOR, "Agence Sud"),
            ("Fatoumata", "Traoré", JobRole.SOCIAL_ADVISER, "Siège"),
            ("Élise", "Martin", JobRole.MANAGER, "Agence Nord-Est"),
        ]
    ]
    modules = list(ModulePage.objects.live().order_by("pk")[:3])
    now = timezone.now()
    for index, (person, module) in enumerate(zip(people, modules * 2, strict=False)):
        done = now - timedelta(days=25 * index + 3)
        ModuleProgress.objects.create(user=person, module=module, completed_at=done,
                                      steps_completed_at=done, seen_steps=list(module.step_ids))
        module_completed.send(sender=ModulePage, user=person, module=module, completed_at=done)
    Assignment.objects.create(organisation=organisation, module=modules[1],
                              job_role=JobRole.MEDIATOR,
                              due_date=timezone.localdate() - timedelta(days=7))

    session = AwarenessSession.objects.get(pk=scheduling_objects["session"])
    first_slot = session.slots.get()
    TimeSlot.objects.create(session=session, starts_at=first_slot.ends_at + timedelta(hours=1),
                            ends_at=first_slot.ends_at + timedelta(hours=3), sort_order=1)
    services.update_span(session)
    for person in people:
        services.register(session, person)
    services.mark(session.registrations.get(user=people[0]), first_slot, "present",
                  by=users["trainer"])
    services.mark(session.registrations.get(user=people[1]), first_slot, "absent",
                  by=users["trainer"])


@pytest.fixture
def live_site(live_site):
    """The sweep checks real use: the pages hold the content of content/ (loaded over the test
    site of tests/content.py, as load_content updates a site), not the tests' short texts."""
    from core import demo

    demo.load()
    return live_site


@pytest.fixture
def sweep_data(live_site, users_by_role):
    """The objects of both access tables and demo-like records, committed for the live server;
    each role logged in once. Returns (targets, sessions by role)."""
    objects = build_objects(users_by_role)
    scheduling_objects = build_scheduling_objects(users_by_role,
                                                  users_by_role["learner"].organisation)
    trainer_objects = build_trainer_objects(users_by_role, users_by_role["learner"].organisation,
                                            scheduling_objects)
    add_demo_like_data(users_by_role, scheduling_objects)
    # The roles of later issues: a team leader of organisation A and the research team.
    from accounts.roles import Role
    from tests.factories import UserFactory

    users = {**users_by_role,
             "manager": make_manager(users_by_role["learner"].organisation),
             "research": UserFactory(email="recherche@programme.test", organisation=None,
                                     roles=[Role.RESEARCH], totp=True)}
    team = make_team(users["manager"], 2)
    team_objects = {"member": team[0].pk, "colleague": users["learner"].pk,
                    "learner_b": get_user_model().objects.get(email="apprenant@b.test").pk}
    evaluation, research_targets = evaluation_tables(users)
    targets = page_targets([(ACCESS_ROWS, objects), (SCHEDULING_ROWS, scheduling_objects),
                            (ATTENDANCE_ROWS + CHECKIN_ROWS + WALK_IN_ROWS, trainer_objects),
                            (TEAM_ROWS, team_objects), *evaluation]) + research_targets
    sessions = {role: session_cookie(user.email) if user else None
                for role, user in users.items()}
    return targets, sessions


# One test per width and language: pytest-xdist can run them side by side.
@pytest.mark.sweep
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_every_page_as_every_role(live_site, browser, sweep_data, viewport, language):
    targets, sessions = sweep_data
    base, sweep = live_site.url, Sweep(known=KNOWN_ISSUES)
    for role, session in sessions.items():
        # Two tabs of the same person: one loads a page while axe-core checks the other.
        tabs = [Tab(new_context(browser, base, viewport, language, session)) for _ in range(2)]
        urls = [(url, status) for target_role, url, status in targets if target_role == role]
        for index, (url, status) in enumerate(urls):
            sweep.visit(tabs[index % 2], base + current(url),
                        f"{url} — {role}, {viewport}, {language}", expected_status=status)
        for tab in tabs:
            sweep.finish(tab)
            tab.context.close()

    sweep.check_known()
    print(sweep.summary())
    assert not sweep.problems, sweep.report() + "\n" + sweep.summary()


@pytest.mark.sweep
def test_admin_forms_work_under_the_csp(live_site, browser):
    """As the coordination (who may use every form), at 1280 px in French: the add and edit
    forms of sessions, quizzes, modules, chapters, snippets, settings and users."""
    from wagtail.models import Site

    from accounts.models import Organisation
    from courses.models import CourseIndexPage, ModulePage
    from guide.models import Contact, GlossaryTerm, GuideChapterPage, GuideIndexPage
    from quizzes.models import Quiz
    from tests.scheduling.conftest import create_session

    from .sweep import Console, exercise_admin_form, page_problems

    coordinator = get_user_model().objects.get(email="coordination@programme.test")
    session = create_session(slots=((0, 3), (4, 2)), trainers=[])
    urls = [
        "/admin/sessions/new/", f"/admin/sessions/edit/{session.pk}/",
        "/admin/snippets/quizzes/quiz/add/", f"/admin/snippets/quizzes/quiz/edit/{Quiz.objects.first().pk}/",
        f"/admin/pages/add/courses/modulepage/{CourseIndexPage.objects.get().pk}/",
        f"/admin/pages/{ModulePage.objects.live().first().pk}/edit/",
        f"/admin/pages/add/guide/guidechapterpage/{GuideIndexPage.objects.get().pk}/",
        f"/admin/pages/{GuideChapterPage.objects.live().first().pk}/edit/",
        "/admin/snippets/guide/contact/add/", f"/admin/snippets/guide/contact/edit/{Contact.objects.first().pk}/",
        "/admin/snippets/guide/glossaryterm/add/",
        f"/admin/snippets/guide/glossaryterm/edit/{GlossaryTerm.objects.first().pk}/",
        "/admin/snippets/accounts/organisation/add/",
        f"/admin/snippets/accounts/organisation/edit/{Organisation.objects.get(slug='bailleur-a').pk}/",
        f"/admin/settings/core/programmesettings/{Site.objects.get(is_default_site=True).pk}/",
        "/admin/users/new/", f"/admin/users/edit/{coordinator.pk}/",
    ]
    sweep = Sweep()
    context = new_context(browser, live_site.url, "1280px", "fr", session_cookie(coordinator.email))
    page = context.new_page()
    console = Console(page)
    for url in urls:
        response = page.goto(live_site.url + url)
        sweep.opened += 1
        problems = exercise_admin_form(page)
        problems += page_problems(page, console, status=response.status)[0]
        sweep.add(f"{url} — coordinator, 1280px, fr", problems)
    context.close()
    print(sweep.summary())
    assert not sweep.problems, sweep.report() + "\n" + sweep.summary()


def send_every_email(client, users):
    """Run every flow that emails someone; the emails land in Django's outbox."""
    from django.db import transaction

    from accounts.models import JobRole, OrganisationEmailDomain
    from accounts.services import send_invitation
    from courses.assignments import send_overdue_reminders
    from courses.models import Assignment, ModulePage
    from scheduling import services
    from tests.factories import InvitationFactory, UserFactory
    from tests.scheduling.conftest import create_session

    learner, trainer, hr = users["learner"], users["trainer"], users["hr_same"]
    organisation = learner.organisation
    # Accounts: invitation, login code, password reset, a new address to confirm.
    send_invitation(InvitationFactory(organisation=organisation, invited_by=hr,
                                      first_name="Inès", last_name="Invitée"))
    client.post("/compte/login/code/", {"email": learner.email})
    client.post("/compte/password/reset/", {"email": learner.email})
    client.force_login(learner)
    client.post("/compte/email/", {"email": "autre.adresse@a.test", "action_add": ""})
    client.logout()
    # Sessions: registered, waiting list, promoted, cancelled, moved, reminder, cancelled by
    # the trainers; a walk-in with a new address.
    session = create_session(capacity=1, starts_in=timedelta(days=1), trainers=[trainer],
                             title="Repérer la souffrance psychique")
    first = services.register(session, learner)
    colleague = UserFactory(organisation=organisation, first_name="Awa", last_name="Diallo")
    services.register(session, colleague)  # waiting list
    services.send_reminders(now=timezone.now())
    services.cancel(first, by=learner)  # the colleague is promoted
    before = services.schedule_fingerprint(session)
    slot = session.slots.get()
    slot.starts_at += timedelta(hours=1)
    slot.ends_at += timedelta(hours=1)
    slot.save()
    services.update_span(session)
    services.after_admin_save(session, before=before, previous_status=session.status, user=trainer)
    with transaction.atomic():
        services.cancel_session(session, reason="Salle indisponible")
    # (This hour's slot: always the same day in Paris as now; the address's domain is one the
    # organisation declared, so that the walk-in gets an account and its email.)
    running = create_session(starts_in=timedelta(0), trainers=[trainer])
    running.organisations.add(organisation)
    OrganisationEmailDomain.objects.get_or_create(organisation=organisation, domain="a.test")
    client.force_login(trainer)
    response = client.post(f"/formateur/sessions/{running.pk}/sans-inscription/",
                           {"email": "nouvelle.venue@a.test", "first_name": "Nora",
                            "last_name": "Venue", "job_role": JobRole.CARETAKER})
    assert response.status_code == 302, response.status_code
    client.logout()
    # A walk-in who came without an address: their HR enter it, the account's activation.
    from accounts.services import complete_email

    added = services.add_walk_in(running, running.slots.get(), first_name="Noé",
                                 last_name="Sansmail", organisation=organisation,
                                 job_role=JobRole.CARETAKER, by=trainer)
    complete_email(added.person, "noe.sansmail@a.test", by=hr)
    # Training: a person late on an assignment is reminded (their account is older than the
    # newcomers' grace period).
    type(learner).objects.filter(pk=learner.pk).update(
        date_joined=timezone.now() - timedelta(days=90))
    Assignment.objects.create(organisation=organisation, module=ModulePage.objects.live().first(),
                              job_role=learner.job_role,
                              due_date=timezone.localdate() - timedelta(days=3))
    assert send_overdue_reminders() >= 1
    # Questionnaires: 90 days after a session the learner attended, the invitation to the
    # before/after questionnaire (with its opt-out link).
    from evaluation.followups import send_questionnaire_emails
    from tests.evaluation.conftest import make_questionnaire
    from tests.evaluation.test_followups import attended

    make_questionnaire("courriel-avant-apres")
    attended(learner, trainer, closed_days_ago=90)
    assert send_questionnaire_emails() >= 1
    # Certificates: a module completed, its certificate issued (the holder is told).
    from courses.services import module_completed

    module_completed.send(sender=ModulePage, user=learner, module=ModulePage.objects.live()
                          .first(), completed_at=timezone.now())


KNOWN_EMAIL_ISSUES = {}


def test_every_email_reads_well_in_a_browser(browser, client, users_by_role, site,
                                             django_capture_on_commit_callbacks):
    from django.core import mail

    from .sweep import email_problems

    with django_capture_on_commit_callbacks(execute=True):
        send_every_email(client, users_by_role)
    sent = {message.subject for message in mail.outbox}
    assert len(sent) >= 13, sorted(sent)

    sweep = Sweep(known=KNOWN_EMAIL_ISSUES)
    context = new_context(browser, "http://testserver", "375px", "fr")
    page = context.new_page()
    for message in mail.outbox:
        sweep.opened += 1
        sweep.axe_runs += 1  # on its HTML part
        sweep.add(f"email « {message.subject} » to {', '.join(message.to)}",
                  email_problems(page, message))
    context.close()
    sweep.check_known()
    print(sweep.summary(), sorted(sent))
    assert not sweep.problems, sweep.report() + "\n" + sweep.summary()
