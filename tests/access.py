"""The access-control harness: one row per URL, one expected outcome per role.

Later issues add their rows to ROWS (or to a list of their own passed to `check_row`).
Roles: anonymous, learner, trainer, hr_same (HR of the organisation that owns the object),
hr_other (HR of another organisation), coordinator, editor, reviewer (clinical review). The
reviewer, staff of the admin without an organisation like the editor, gets the editor's
expectation unless a row says otherwise.

Expected outcomes:
- an int: the status of the response, not following redirects;
- LOGIN: redirects followed, the person ends on the allauth login page;
- DENIED: redirects followed, the person ends on a 403 page;
- ADMIN_REFUSED: Wagtail's way of refusing someone who may use the admin but not this part
  of it: a redirect to the admin home, which shows "you do not have permission".
"""

from dataclasses import dataclass, field

ROLES = ("anonymous", "learner", "trainer", "hr_same", "hr_other", "coordinator", "editor",
         "reviewer")
LOGIN = "login"
DENIED = "denied"
ADMIN_REFUSED = "admin-refused"


@dataclass
class Row:
    url: str  # may contain {learner}, {invitation}: filled from the objects fixture
    expected: dict
    method: str = "get"
    data: dict = field(default_factory=dict)

    def __post_init__(self):
        self.expected.setdefault("reviewer", self.expected.get("editor"))
        missing = set(ROLES) - set(self.expected)
        assert not missing, f"{self.url}: no expectation for {sorted(missing)}"


def everyone(status):
    return dict.fromkeys(ROLES, status)


def signed_in(status, *, anonymous=LOGIN, **overrides):
    expected = {role: status for role in ROLES if role != "reviewer"}
    expected["anonymous"] = anonymous
    expected.update(overrides)
    return expected


def check_row(client, user, row, objects, role):
    url = row.url.format(**objects)
    if user is not None:
        client.force_login(user)
    expected = row.expected[role]
    call = getattr(client, row.method)
    if expected in (DENIED, LOGIN):
        response = call(url, row.data, follow=True)
        if expected == DENIED:
            assert response.status_code == 403, (url, role, response.redirect_chain)
        else:
            assert response.redirect_chain, (url, role, response.status_code)
            assert response.redirect_chain[-1][0].startswith("/compte/login/"), (url, role)
        return
    response = call(url, row.data)
    if expected == ADMIN_REFUSED:
        assert response.status_code == 302, (url, role, response.status_code)
        assert response["Location"] == "/admin/", (url, role, response["Location"])
    else:
        assert response.status_code == expected, (url, role, response.status_code)


def build_objects(users_by_role):
    """The objects the URLs of tests/test_access_control.py ROWS name, built for its roles
    (learner and HR of organisation A). Shared with the browser sweep."""
    from datetime import timedelta

    from django.core.files.base import ContentFile
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.utils import timezone

    from accounts.imports import create_batch, read_file
    from accounts.roles import Role
    from certificates.models import CertificateExport
    from certificates.services import issue
    from courses.models import Assignment, CourseIndexPage, ModulePage
    from guide.models import GuideChapterPage, GuideIndexPage
    from quizzes import services as quizzes
    from reports.models import ExportJob
    from tests.factories import InvitationFactory

    learner = users_by_role["learner"]
    invitation = InvitationFactory(organisation=learner.organisation, role=Role.LEARNER)
    module = ModulePage.objects.get(slug="signaux-faibles-logement")
    attempt = quizzes.start_or_resume(learner, module.quiz)
    attempt, _graded = quizzes.submit(attempt)
    certificate, _created = issue("module", learner, module.pk, {"title": module.title,
                                                                 "dates": ["2026-11-23"]})
    staff_file = SimpleUploadedFile("personnel.csv", "Prénom;Nom;E-mail;Métier\nLou;Neuve;"
                                    "lou.neuve@a.test;gardien\n".encode())
    batch = create_batch(read_file(staff_file), organisation=learner.organisation,
                         created_by=users_by_role["hr_same"], file_name="personnel.csv")
    assignment = Assignment.objects.create(organisation=learner.organisation, module=module,
                                           job_role="gardien", due_date="2026-12-31")

    job = ExportJob.objects.create(
        requested_by=users_by_role["hr_same"], kind=ExportJob.Kind.MATRIX, extension="csv",
        status=ExportJob.Status.READY, total=1, done=1, file_name="suivi-formation.csv",
        expires_at=timezone.now() + timedelta(days=2))
    job.file.save("suivi-formation.csv", ContentFile("\ufeffNom\n".encode()), save=True)

    return {"learner": learner.pk, "invitation": invitation.token, "batch": batch.pk,
            "export_job": job.pk,
            "assignment": assignment.pk,
            "invitation_pk": invitation.pk, "guide": GuideIndexPage.objects.get().pk,
            "chapter": GuideChapterPage.objects.live().first().pk, "attempt": attempt.pk,
            "course_index": CourseIndexPage.objects.get().pk, "module": module.pk,
            "quiz": module.quiz_id, "certificate": certificate.code,
            "export": CertificateExport.objects.create(requested_by=users_by_role["hr_same"]).pk}


def build_scheduling_objects(users_by_role, org_a):
    """The objects the URLs of tests/scheduling/test_access.py ROWS name. Shared with the
    browser sweep."""
    from datetime import timedelta

    from django.utils import timezone

    from certificates.services import issue
    from scheduling import services
    from scheduling.models import Registration
    from tests.factories import UserFactory
    from tests.scheduling.conftest import create_session

    learner, trainer = users_by_role["learner"], users_by_role["trainer"]
    session = create_session(slots=((0, 3),), trainers=[trainer])
    session_a = create_session(open_to_all=False, title="Réservée au bailleur A")
    session_a.organisations.set([org_a])
    session_a.save()
    registration = services.register(session, learner)
    slot = session.slots.get()
    certificate, _ = issue("session", learner, session.pk,
                           {"title": session.title, "dates": [timezone.localdate().isoformat()],
                            "hours": 3.0, "trainers": [trainer.get_full_name()]})
    colleague = UserFactory(organisation=org_a)
    session_now = create_session(starts_in=timedelta(hours=-1), trainers=[trainer])
    Registration.objects.create(session=session_now, user=learner)
    session_closed = create_session(starts_in=timedelta(hours=-4), trainers=[trainer])
    slot_closed = session_closed.slots.get()
    attended = Registration.objects.create(session=session_closed, user=colleague)
    services.mark(attended, slot_closed, "present", by=trainer)
    services.close_session(session_closed, by=trainer)
    return {"session": session.pk, "session_a": session_a.pk, "registration": registration.pk,
            "slot": slot.pk, "session_now": session_now.pk,
            "token_now": services.checkin_token(session_now, session_now.slots.get()),
            "session_closed": session_closed.pk, "slot_closed": slot_closed.pk,
            "registration_closed": attended.pk,
            "feed": services.calendar_feed(learner).token, "certificate": certificate.code,
            "hr_a_staff": colleague.pk}


# Every query parameter a view of Repères reads (forms' fields and request.GET lookups); the
# NUL test puts a NUL character in each, and in the path.
QUERY_PARAMETERS = (
    "q", "page", "next", "code", "statut", "status", "creneau", "metier", "organisation",
    "site", "job_role", "kind", "issued_from", "issued_to", "date_from", "date_to",
    "arrondissement", "situation", "category", "person_email", "slot", "module", "path",
    "a_completer", "fenetre",
)


def nul_variants(url):
    """The URL with a NUL in its path, in each of its own query parameters in turn, and in
    every parameter that some view reads, all at once."""
    path, _, query = url.partition("?")
    params = [pair.split("=", 1) for pair in query.split("&") if pair]
    head, _, last = path.rstrip("/").rpartition("/")
    yield f"{head}/{last}%00/" + (f"?{query}" if query else "")
    for name, *_value in params:
        others = "&".join(f"{n}={v[0] if v else ''}" for n, *v in params if n != name)
        yield f"{path}?{others}&{name}=a%00b" if others else f"{path}?{name}=a%00b"
    yield f"{path}?" + "&".join(f"{name}=a%00b" for name in QUERY_PARAMETERS)


def check_nul(client, user, row, objects):
    """A NUL character anywhere in a request is refused with 400, never a 500 (#12, item 9)."""
    client.logout()
    if user is not None:
        client.force_login(user)
    url = row.url.format(**objects)
    call = getattr(client, row.method)
    if row.method == "post":
        for name in [*row.data, "champ"]:
            data = {**row.data, name: "valeur\x00cachée"}
            response = call(url, data)
            assert response.status_code == 400, (url, name, response.status_code)
    for variant in nul_variants(url):
        response = call(variant, row.data)
        assert response.status_code == 400, (variant, response.status_code)
