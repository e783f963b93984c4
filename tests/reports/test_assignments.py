"""Assignments: HR assigns, learners see them first, late people are reminded once."""

from datetime import timedelta
from html import unescape

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from courses import assignments
from courses.models import Assignment, AssignmentReminder, ModuleProgress
from courses.services import dashboard


def body(response):
    return unescape(response.content.decode())


def test_hr_assigns_a_module_to_a_job_role_and_a_path_to_a_person(client, org_c):
    client.force_login(org_c.hr)
    due = (timezone.localdate() + timedelta(days=14)).isoformat()
    response = client.post("/espace-rh/affectations/", {
        "item": f"module:{org_c.modules[3].pk}", "target": "job_role", "job_role": "mediateur",
        "due_kind": "date", "due_date": due})
    assert response.status_code == 302
    response = client.post("/espace-rh/affectations/", {
        "item": f"path:{org_c.gardiens.pk}", "target": "person", "people": [org_c.g3.pk],
        "due_kind": "date", "due_date": due})
    assert response.status_code == 302
    created = Assignment.objects.filter(organisation=org_c.organisation).order_by("-pk")[:2]
    assert {(a.module_id, a.path_id, a.job_role, a.person_id) for a in created} == {
        (org_c.modules[3].pk, None, "mediateur", None), (None, org_c.gardiens.pk, "", org_c.g3.pk)}
    page = body(client.get("/espace-rh/affectations/"))
    assert "tous : Médiateur·rice" in page and "Gérard Trois" in page


def test_assignment_form_errors_in_french(client, org_c, learner_b):
    client.force_login(org_c.hr)
    past = (timezone.localdate() - timedelta(days=1)).isoformat()
    response = client.post("/espace-rh/affectations/", {
        "item": "module:999999", "target": "person", "people": [learner_b.pk],
        "due_kind": "date", "due_date": past})
    assert response.status_code == 400
    page = body(response)
    assert "La date limite ne peut pas être passée." in page
    assert "Cette personne ne fait pas partie de votre organisation." in page
    response = client.post("/espace-rh/affectations/", {
        "item": f"module:{org_c.modules[0].pk}", "target": "job_role", "job_role": "",
        "due_kind": "date", "due_date": timezone.localdate().isoformat()})
    assert "Choisissez le métier." in body(response)
    assert Assignment.objects.filter(organisation=org_c.organisation).count() == 2


def test_hr_cannot_delete_another_organisations_assignment(client, org_c, hr_a):
    client.force_login(hr_a)
    assert client.post(f"/espace-rh/affectations/{org_c.late.pk}/supprimer/").status_code == 404
    client.force_login(org_c.hr)
    assert client.post(f"/espace-rh/affectations/{org_c.late.pk}/supprimer/").status_code == 302
    assert not Assignment.objects.filter(pk=org_c.late.pk).exists()


def test_learner_dashboard_shows_assigned_items_first_with_due_date_and_overdue(client, org_c):
    data = dashboard(org_c.g3)
    assert [(item["page"].pk, item["overdue"]) for item in data["assigned"]] == [
        (org_c.modules[0].pk, True)]
    assert org_c.modules[0].pk not in [row["module"].pk for row in data["rows"]]
    client.force_login(org_c.g3)
    page = body(client.get("/mon-parcours/"))
    assigned = page.split("Demandé par votre employeur", 1)[1].split("</ul>", 1)[0]
    assert org_c.modules[0].title in assigned and "En retard" in assigned
    assert page.index("Demandé par votre employeur") < page.index("Mes parcours")

    data = dashboard(org_c.m1)
    assert [(item["page"].pk, item["overdue"], item["status"]) for item in data["assigned"]] == [
        (org_c.modules[1].pk, False, "todo")]
    assert dashboard(org_c.g1)["assigned"][0]["status"] == "completed"


def test_learner_dashboard_queries_do_not_grow_with_assignments(client, org_c,
                                                                 django_assert_max_num_queries):
    client.force_login(org_c.g3)
    with django_assert_max_num_queries(40) as few:
        client.get("/mon-parcours/")
    for module in org_c.modules[1:]:
        Assignment.objects.create(organisation=org_c.organisation, module=module,
                                  person=org_c.g3, due_date=timezone.localdate())
    Assignment.objects.create(organisation=org_c.organisation, path=org_c.mediation,
                              person=org_c.g3, due_date=timezone.localdate())
    with django_assert_max_num_queries(len(few.captured_queries) + 1):
        response = client.get("/mon-parcours/")
    assert body(response).count("À terminer avant le") == 7


def test_overdue_reminders_are_sent_once(org_c, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert assignments.send_overdue_reminders() == 1
    assert [m.to for m in mail.outbox] == [["g3@c.test"]]
    message = mail.outbox[0]
    assert org_c.modules[0].title in message.subject
    assert "Bailleur C vous a demandé de suivre" in message.body
    assert org_c.modules[0].url in message.body
    # Again, and through the command: nobody is reminded twice.
    with django_capture_on_commit_callbacks(execute=True):
        assert assignments.send_overdue_reminders() == 0
        call_command("send_assignment_reminders", verbosity=0)
    assert len(mail.outbox) == 1
    assert AssignmentReminder.objects.get().user == org_c.g3


def test_reminders_skip_those_who_finished_left_or_are_not_late(org_c,
                                                                 django_capture_on_commit_callbacks):
    ModuleProgress.objects.create(user=org_c.g3, module=org_c.modules[0],
                                  completed_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        assert assignments.send_overdue_reminders() == 0
        # The assignment of m1 becomes late a month from now.
        assert assignments.send_overdue_reminders(
            today=timezone.localdate() + timedelta(days=31)) == 1
    assert [m.to for m in mail.outbox] == [["m1@c.test"]]


def test_concurrent_reminder_runs_do_not_duplicate(org_c, django_capture_on_commit_callbacks):
    AssignmentReminder.objects.create(assignment=org_c.late, user=org_c.g3)
    # As if another run had recorded it between our query and our insert.
    assert not assignments._record_and_queue(org_c.late, org_c.g3, org_c.modules[0])
    assert AssignmentReminder.objects.count() == 1


def test_create_assignment_refuses_someone_of_another_organisation(org_c, learner):
    import pytest
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        assignments.create_assignment(organisation=org_c.organisation, module=org_c.modules[0],
                                      person=learner, due_date=timezone.localdate())
