"""Certificate validity (issue 17): the end date set at issue per kind, reminders 60 and 15
days before it (once, to the holder and in one digest per HR person), the refresher path that
renews, and what the verification page, "Mes attestations" and HR's table say of it."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from certificates import services
from certificates.expiry import send_expiry_reminders
from certificates.models import Certificate, CertificateValidity, ExpiryReminder, Validity
from courses.models import LearningPathPage
from courses.services import path_completed
from tests.access import LOGIN, Row, check_row
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def validity():
    setting = CertificateValidity.load()
    setting.session_months, setting.module_months, setting.path_months = 36, 0, 24
    setting.save()
    return setting


def make_certificate(person, *, expires_on, subject_id=1, kind=Certificate.Kind.SESSION,
                     title="Sensibilisation", status=Certificate.Status.VALID):
    return Certificate.objects.create(
        kind=kind, subject_id=subject_id, recipient=person,
        organisation_id=person.organisation_id, expires_on=expires_on, status=status,
        snapshot={"recipient_name": person.get_full_name() or person.email, "title": title,
                  "dates": ["2024-01-10"], "hours": 3.0})


def run_reminders(capture, today):
    with capture(execute=True):
        return send_expiry_reminders(today=today)


def sent_to(address):
    return [message for message in mail.outbox if address in message.to]


# --- The end date, at issue --------------------------------------------------------------------

def test_the_end_date_follows_the_kind_and_zero_means_none(learner, validity):
    today = timezone.localdate()
    session, _ = services.issue(Certificate.Kind.SESSION, learner, 10, {"title": "S"})
    module, _ = services.issue(Certificate.Kind.MODULE, learner, 11, {"title": "M"})
    path, _ = services.issue(Certificate.Kind.PATH, learner, 12, {"title": "P"})
    assert session.expires_on == services.add_months(today, 36)
    assert (session.expires_on - today).days in (1095, 1096)
    assert module.expires_on is None and not module.is_expired and module.is_current
    assert path.expires_on == services.add_months(today, 24)


def test_a_reissue_or_a_second_issue_keeps_the_end_date(learner, validity):
    certificate, _ = services.issue(Certificate.Kind.SESSION, learner, 10, {"title": "S"})
    Certificate.objects.filter(pk=certificate.pk).update(expires_on=date(2027, 3, 1))
    certificate.refresh_from_db()
    services.reissue(certificate, {"title": "S corrigée"})
    again, created = services.issue(Certificate.Kind.SESSION, learner, 10, {"title": "S"})
    certificate.refresh_from_db()
    assert not created and again.expires_on == certificate.expires_on == date(2027, 3, 1)


def test_add_months_keeps_the_end_of_month():
    assert services.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert services.add_months(date(2024, 2, 29), 36) == date(2027, 2, 28)
    assert services.add_months(date(2026, 3, 15), -36) == date(2023, 3, 15)


# --- Reminders ---------------------------------------------------------------------------------

def test_reminders_at_60_and_15_days_are_sent_once_each(learner, hr_a,
                                                         django_capture_on_commit_callbacks):
    today = date(2026, 12, 1)
    certificate = make_certificate(learner, expires_on=today + timedelta(days=60))
    assert run_reminders(django_capture_on_commit_callbacks, today) == 1
    assert run_reminders(django_capture_on_commit_callbacks, today) == 0  # cron twice
    assert run_reminders(django_capture_on_commit_callbacks, today + timedelta(days=10)) == 0
    [message] = sent_to(learner.email)
    assert "Sensibilisation" in message.subject and "30 janvier 2027" in message.subject
    assert f"/verifier/{certificate.code}/" in message.body
    assert len(sent_to(hr_a.email)) == 1
    # 15 days before: the second one, once.
    later = today + timedelta(days=45)
    assert run_reminders(django_capture_on_commit_callbacks, later) == 1
    assert run_reminders(django_capture_on_commit_callbacks, later) == 0
    assert len(sent_to(learner.email)) == 2 and len(sent_to(hr_a.email)) == 2
    assert sorted(certificate.expiry_reminders.values_list("days_before", flat=True)) == [15, 60]


def test_a_certificate_ending_within_15_days_gets_the_15_day_reminder_only(
        learner, django_capture_on_commit_callbacks):
    today = date(2026, 12, 1)
    certificate = make_certificate(learner, expires_on=today + timedelta(days=10))
    assert run_reminders(django_capture_on_commit_callbacks, today) == 1
    assert list(certificate.expiry_reminders.values_list("days_before", flat=True)) == [15]


def test_no_reminder_far_ahead_after_the_end_or_without_end(learner,
                                                          django_capture_on_commit_callbacks):
    today = date(2026, 12, 1)
    make_certificate(learner, expires_on=today + timedelta(days=61), subject_id=1)
    make_certificate(learner, expires_on=today - timedelta(days=1), subject_id=2)
    make_certificate(learner, expires_on=None, subject_id=3)
    assert run_reminders(django_capture_on_commit_callbacks, today) == 0
    assert mail.outbox == [] and not ExpiryReminder.objects.exists()


def test_none_for_revoked_inactive_deleted_or_placeholder_accounts(
        org_a, hr_a, django_capture_on_commit_callbacks):
    today = date(2026, 12, 1)
    ends = today + timedelta(days=30)
    revoked = UserFactory(organisation=org_a)
    make_certificate(revoked, expires_on=ends, status=Certificate.Status.REVOKED)
    make_certificate(UserFactory(organisation=org_a, is_active=False), expires_on=ends)
    make_certificate(UserFactory(organisation=org_a, deleted_at=timezone.now()), expires_on=ends)
    placeholder = UserFactory(organisation=org_a, email_to_complete=True,
                              email="sans-adresse-1@invalid")
    make_certificate(placeholder, expires_on=ends)
    assert run_reminders(django_capture_on_commit_callbacks, today) == 0
    assert mail.outbox == [] and not ExpiryReminder.objects.exists()


def test_one_digest_per_hr_person_with_only_their_organisation(
        org_a, org_b, hr_a, hr_b, learner, learner_b, django_capture_on_commit_callbacks):
    from accounts.roles import Role

    second_hr_a = UserFactory(organisation=org_a, roles=[Role.HR])
    colleague = UserFactory(organisation=org_a, first_name="Zoé", last_name="Collègue")
    today = date(2026, 12, 1)
    ends = today + timedelta(days=50)
    make_certificate(learner, expires_on=ends, title="Sensibilisation A1")
    make_certificate(learner, expires_on=ends, subject_id=2, title="Parcours A2",
                     kind=Certificate.Kind.PATH)
    make_certificate(colleague, expires_on=ends, title="Sensibilisation A3")
    make_certificate(learner_b, expires_on=ends, title="Sensibilisation B1")
    assert run_reminders(django_capture_on_commit_callbacks, today) == 4
    assert len(sent_to(learner.email)) == 2  # the holder: one per certificate
    for hr in (hr_a, second_hr_a):
        [digest] = sent_to(hr.email)  # HR: one email for the run, never one per certificate
        assert "3 attestations de votre personnel" in digest.subject
        for title in ("Sensibilisation A1", "Parcours A2", "Sensibilisation A3"):
            assert title in digest.body
        assert "B1" not in digest.body and learner_b.email not in digest.body
    [digest_b] = sent_to(hr_b.email)
    assert "Sensibilisation B1" in digest_b.body and "A1" not in digest_b.body
    assert run_reminders(django_capture_on_commit_callbacks, today) == 0
    assert len(sent_to(hr_a.email)) == 1


def test_a_renewal_after_a_reminder_gets_reminders_for_its_new_date(
        learner, validity, django_capture_on_commit_callbacks):
    today = date(2026, 12, 1)
    certificate = make_certificate(learner, expires_on=today + timedelta(days=20))
    assert run_reminders(django_capture_on_commit_callbacks, today) == 1
    assert services.renew_for(learner, today=today) == 1
    certificate.refresh_from_db()
    new_end = services.add_months(today, 36)
    assert certificate.expires_on == new_end and certificate.renewed_on == today
    assert run_reminders(django_capture_on_commit_callbacks, new_end - timedelta(days=59)) == 1
    assert run_reminders(django_capture_on_commit_callbacks, new_end - timedelta(days=14)) == 1
    assert set(certificate.expiry_reminders.values_list("days_before", "expires_on")) == {
        (60, today + timedelta(days=20)), (60, new_end), (15, new_end)}


def test_the_learner_email_links_the_refresher_path(learner, validity, course_index,
                                                     django_capture_on_commit_callbacks):
    refresher = LearningPathPage(title="Rappel test", slug="rappel-test", summary="Court.",
                                 audience=["gardien"])
    course_index.add_child(instance=refresher)
    validity.refresher_path = refresher
    validity.save()
    today = date(2026, 12, 1)
    make_certificate(learner, expires_on=today + timedelta(days=40))
    run_reminders(django_capture_on_commit_callbacks, today)
    [message] = sent_to(learner.email)
    assert "parcours de rappel « Rappel test »" in message.body
    assert "/rappel-test/" in message.body


def test_the_command_runs_twice_safely(learner, django_capture_on_commit_callbacks):
    make_certificate(learner, expires_on=timezone.localdate() + timedelta(days=5))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_expiry_reminders", verbosity=0)
        call_command("send_expiry_reminders", verbosity=0)
    assert len(sent_to(learner.email)) == 1


# --- Renewal by the refresher path -------------------------------------------------------------

def complete_path(user, path, capture):
    with capture(execute=True):
        path_completed.send(sender=LearningPathPage, user=user, path=path,
                            completed_at=timezone.now())


def test_completing_the_refresher_path_renews_current_and_expired_certificates(
        learner, validity, learning_path, django_capture_on_commit_callbacks):
    from wagtail.models import ModelLogEntry

    path, _first, _second = learning_path
    validity.refresher_path = path
    validity.save()
    today = timezone.localdate()
    expired = make_certificate(learner, expires_on=today - timedelta(days=100), subject_id=1)
    current = make_certificate(learner, expires_on=today + timedelta(days=10), subject_id=2)
    revoked = make_certificate(learner, expires_on=today - timedelta(days=5), subject_id=3,
                               status=Certificate.Status.REVOKED)
    unlimited = make_certificate(learner, expires_on=None, subject_id=4,
                                 kind=Certificate.Kind.MODULE)
    complete_path(learner, path, django_capture_on_commit_callbacks)
    for certificate in (expired, current, revoked, unlimited):
        certificate.refresh_from_db()
    assert expired.expires_on == current.expires_on == services.add_months(today, 36)
    assert expired.renewed_on == current.renewed_on == today and expired.is_current
    assert revoked.expires_on == today - timedelta(days=5) and revoked.renewed_on is None
    assert unlimited.expires_on is None and unlimited.renewed_on is None
    # The refresher path's own certificate: the normal rule, not "renewed".
    own = Certificate.objects.get(recipient=learner, kind=Certificate.Kind.PATH,
                                  subject_id=path.pk)
    assert own.expires_on == services.add_months(today, 24) and own.renewed_on is None
    assert ModelLogEntry.objects.filter(action=services.LOG_RENEWED,
                                        object_id=str(expired.pk)).exists()


def test_another_path_renews_nothing(learner, validity, learning_path,
                                     django_capture_on_commit_callbacks):
    path, _first, _second = learning_path
    expired = make_certificate(learner, expires_on=timezone.localdate() - timedelta(days=3))
    complete_path(learner, path, django_capture_on_commit_callbacks)  # no refresher set
    expired.refresh_from_db()
    assert expired.is_expired and expired.renewed_on is None


# --- What the pages say ------------------------------------------------------------------------

def test_the_verification_page_says_current_expired_and_renewed(client, learner):
    today = timezone.localdate()
    current = make_certificate(learner, expires_on=date(2029, 3, 14), subject_id=1)
    expired = make_certificate(learner, expires_on=today - timedelta(days=2), subject_id=2)
    renewed = make_certificate(learner, expires_on=date(2029, 5, 2), subject_id=3)
    Certificate.objects.filter(pk=renewed.pk).update(renewed_on=date(2026, 5, 2))
    text = client.get(current.get_verification_url()).content.decode()
    assert "Attestation valide." in text and "Valable jusqu'au 14 mars 2029." in text
    text = client.get(expired.get_verification_url()).content.decode()
    assert "Attestation authentique, mais expirée." in text
    assert "Attestation valide." not in text
    text = client.get(renewed.get_verification_url()).content.decode()
    assert "Attestation valide." in text and "renouvelée le 2 mai 2026" in text


def test_mes_attestations_says_when_each_ends(client, learner):
    today = timezone.localdate()
    make_certificate(learner, expires_on=date(2029, 3, 14), subject_id=1)
    make_certificate(learner, expires_on=today - timedelta(days=2), subject_id=2)
    client.force_login(learner)
    text = client.get("/mes-attestations/").content.decode()
    assert "expire le 14 mars 2029" in text and "expirée (valable jusqu" in text


def test_the_pdf_prints_the_end_date(learner):
    from django.template.loader import render_to_string

    certificate = make_certificate(learner, expires_on=date(2029, 3, 14))
    html = render_to_string("certificates/pdf.html", {
        "certificate": certificate, "data": certificate.snapshot, "verification_url": "x",
        "qr": ""})
    assert "Valable jusqu'au</th><td>14 mars 2029" in html


# --- HR's table --------------------------------------------------------------------------------

@pytest.fixture
def four_states(learner):
    today = timezone.localdate()
    return {
        Validity.CURRENT: make_certificate(learner, expires_on=None, subject_id=1,
                                           title="Titre valable"),
        Validity.SOON: make_certificate(learner, expires_on=today + timedelta(days=60),
                                        subject_id=2, title="Titre bientôt"),
        Validity.EXPIRED: make_certificate(learner, expires_on=today - timedelta(days=1),
                                           subject_id=3, title="Titre expiré"),
        Validity.REVOKED: make_certificate(learner, expires_on=today + timedelta(days=400),
                                           subject_id=4, title="Titre révoqué",
                                           status=Certificate.Status.REVOKED),
    }


@pytest.mark.parametrize("state, label", [(Validity.CURRENT, "valable"),
                                          (Validity.SOON, "expire bientôt"),
                                          (Validity.EXPIRED, "expirée"),
                                          (Validity.REVOKED, "révoquée")])
def test_hr_filter_on_validity_shows_each_state(client, hr_a, four_states, state, label):
    client.force_login(hr_a)
    response = client.get("/espace-rh/attestations/", {"validity": state})
    assert response.status_code == 200
    text = response.content.decode()
    for other, certificate in four_states.items():
        assert (certificate.snapshot["title"] in text) == (other == state)
    assert f"\">{label}</span>" in text
    assert four_states[state].validity == state


def test_hr_of_another_organisation_sees_none_of_them(client, hr_b, four_states):
    client.force_login(hr_b)
    for state in Validity.values:
        text = client.get("/espace-rh/attestations/", {"validity": state}).content.decode()
        assert "Titre" not in text


def test_a_bad_filter_value_is_refused_without_error(client, hr_a, four_states):
    client.force_login(hr_a)
    for value in ("nope", "x" * 5000):
        response = client.get("/espace-rh/attestations/", {"validity": value})
        assert response.status_code == 200
        assert "Choisissez un état de validité de la liste." in response.content.decode()
    # A NUL byte is refused before the view (core's middleware), never a 500.
    assert client.get("/espace-rh/attestations/", {"validity": "soon\x00"}).status_code == 400


FILTER_ROWS = [Row("/espace-rh/attestations/?validity=expired", {
    "anonymous": LOGIN, "learner": 403, "trainer": 403, "hr_same": 200, "hr_other": 200,
    "coordinator": 200, "editor": 403})]


@pytest.mark.parametrize("role", ["anonymous", "learner", "trainer", "hr_same", "hr_other",
                                  "coordinator", "editor", "reviewer"])
def test_access_to_the_filtered_table(client, users_by_role, role):
    for row in FILTER_ROWS:
        check_row(client, users_by_role[role], row, {}, role)


def test_the_hr_table_queries_are_bounded(client, hr_a, org_a,
                                          django_assert_max_num_queries):
    today = timezone.localdate()
    for number in range(35):
        person = UserFactory(organisation=org_a)
        make_certificate(person, expires_on=today + timedelta(days=number * 3 - 20),
                         subject_id=number)
    client.force_login(hr_a)
    client.get("/espace-rh/attestations/")  # warm the caches of the first request
    with django_assert_max_num_queries(15):
        response = client.get("/espace-rh/attestations/", {"validity": "soon"})
    assert response.status_code == 200
    with django_assert_max_num_queries(15):
        assert client.get("/espace-rh/attestations/").status_code == 200


def test_the_person_page_says_expired(client, hr_a, learner):
    make_certificate(learner, expires_on=date(2025, 6, 30), title="Ancienne session")
    client.force_login(hr_a)
    text = client.get(f"/espace-rh/personnes/{learner.pk}/").content.decode()
    assert "expirée : valable jusqu'au 30 juin 2025" in text


# --- Content -----------------------------------------------------------------------------------

def test_the_content_names_a_refresher_path_made_of_its_modules():
    """content/: the refresher path exists with its short cases, and certificates.yaml
    names it (the whole folder's loading is tests/test_content_files.py)."""
    from django.conf import settings

    from core.content_files import ContentRun

    run = ContentRun(settings.CONTENT_DIR)
    data = run.yaml(run.path("certificates.yaml"))
    assert data["validity_months"] == {"session": 36, "module": 0, "path": 36}
    paths = {item["slug"]: item for item in run.yaml(run.path("courses/paths.yaml"))}
    refresher = paths[data["refresher_path"]]
    assert refresher["title"] == "Rappel — repérer, garder le lien, passer le relais"
    assert set(refresher["audience"]) == {"gardien", "mediateur", "conseiller_social",
                                          "encadrant", "autre"}
    modules = {header["slug"]: header for _path, header, _body
               in run.documents("courses/modules")}
    for slug in refresher["modules"]:
        assert modules[slug]["review_note"].startswith("Contenu à valider par l'équipe clinique")
        assert run.path(f"courses/quizzes/{modules[slug]['quiz']}.yaml").exists()
    assert run.report.errors == []


def test_loading_the_content_sets_the_validity_and_the_refresher(tmp_path):
    """certificates/content.py on its own: the setting and the path, then a bad file."""
    from certificates import content
    from core.content_files import ContentRun

    index_path = LearningPathPage(title="Rappel", slug="rappel-reperer-garder-le-lien",
                                  summary="Deux cas courts.")
    from core.models import HomePage
    from courses.models import CourseIndexPage

    index = CourseIndexPage.objects.first()
    if index is None:
        index = CourseIndexPage(title="Formations", slug="formations")
        HomePage.objects.get().add_child(instance=index)
    index.add_child(instance=index_path)
    (tmp_path / "certificates.yaml").write_text(
        "validity_months:\n  session: 36\n  module: 0\n  path: 36\n"
        "refresher_path: rappel-reperer-garder-le-lien\n", encoding="utf-8")
    run = ContentRun(tmp_path)
    content.load(run)
    assert run.report.errors == [] and len(run.report.changes) == 1
    setting = CertificateValidity.load()
    assert (setting.session_months, setting.module_months, setting.path_months) == (36, 0, 36)
    assert setting.refresher_path_id == index_path.pk
    again = ContentRun(tmp_path)
    content.load(again)
    assert again.report.changes == []
    out = tmp_path / "out"
    content.export(ContentRun(out))
    assert (out / "certificates.yaml").read_text(encoding="utf-8") == \
        (tmp_path / "certificates.yaml").read_text(encoding="utf-8")
    (tmp_path / "certificates.yaml").write_text(
        "validity_months:\n  session: -1\n  module: true\n  path: 36\n  autre: 1\n"
        "refresher_path: inconnu\n", encoding="utf-8")
    bad = ContentRun(tmp_path)
    content.load(bad)
    fields = {error.field for error in bad.report.errors}
    assert {"validity_months.session", "validity_months.module", "validity_months.autre",
            "refresher_path"} <= fields


# --- Demo --------------------------------------------------------------------------------------

def test_the_demo_gives_hr_one_certificate_ending_soon_and_one_expired(org_a, validity):
    from certificates import demo

    for email, _days in demo.ENDS:
        UserFactory(email=email, organisation=org_a)
    demo.load()
    demo.load()  # idempotent
    states = sorted(c.validity for c in Certificate.objects.filter(
        recipient__email__in=[email for email, _ in demo.ENDS]))
    assert states == sorted([Validity.SOON, Validity.EXPIRED])
    assert not ExpiryReminder.objects.exists() and mail.outbox == []
