"""Who a module, a path or a session is for: one rule (accounts.audience), in Python and in
SQL, on SQLite and on PostgreSQL, used by the catalogue, the HR figures and the sessions."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import JSONField
from wagtail.admin.panels import ObjectList

from accounts import audience
from accounts.audience import AudienceField, AudienceFormField
from accounts.models import JobRole
from courses.models import LearningPathPage, ModulePage
from courses.services import catalogue
from scheduling import services as scheduling
from scheduling.forms import SessionAdminForm
from scheduling.models import AwarenessSession
from tests.factories import UserFactory
from tests.scheduling.conftest import create_session

from .conftest import make_module

AUDIENCES = {
    "pour-tous": [],
    "gardiens": ["gardien"],
    "mediation-gardiens": ["mediateur", "gardien"],
    "conseil": ["conseiller_social"],
}


@pytest.fixture
def audiences(course_index):
    return {slug: make_module(course_index, f"aud-{slug}", audience=roles)
            for slug, roles in AUDIENCES.items()}


def test_the_rule_in_python(learner):
    assert audience.includes([], learner) and audience.includes([], "autre")
    assert audience.includes(["gardien"], learner)  # the shared learner is a caretaker
    assert audience.includes(["mediateur", "gardien"], "gardien")
    assert not audience.includes(["mediateur"], learner)
    assert not audience.includes(["conseiller_social"], "social")
    assert audience.labels(["mediateur", "inconnu"]) == [JobRole.MEDIATOR.label]


def _slugs(queryset):
    return {page.slug.removeprefix("aud-") for page in queryset
            if page.slug.startswith("aud-")}


@pytest.mark.parametrize("job_role, expected", [
    ("gardien", {"pour-tous", "gardiens", "mediation-gardiens"}),
    ("mediateur", {"pour-tous", "mediation-gardiens"}),
    ("conseiller_social", {"pour-tous", "conseil"}),
    # Never a text match: a piece of a code, or a code with quotes around, is no job role.
    ("social", {"pour-tous"}),
    ('"gardien"', {"pour-tous"}),
    ("gardien%", {"pour-tous"}),
])
def test_the_rule_in_sql_agrees_with_python(audiences, job_role, expected):
    """The same rows on SQLite and on PostgreSQL (CI runs this file on both)."""
    found = _slugs(ModulePage.objects.filter(audience__includes=job_role))
    assert found == expected
    assert found == {slug for slug, page in audiences.items()
                     if audience.includes(page.audience, job_role)}
    assert _slugs(audience.meant_for(ModulePage.objects.all(), job_role=job_role)) == expected


def test_no_text_match_in_the_sql(db):
    sql = str(ModulePage.objects.filter(audience__includes="gardien").query).upper()
    assert "LIKE" not in sql
    if connection.vendor == "sqlite":
        assert "JSON_EACH" in sql


@pytest.mark.postgres
def test_postgresql_uses_json_containment(audiences):
    queryset = ModulePage.objects.filter(audience__includes="mediateur")
    sql = str(queryset.query)
    assert "@>" in sql and "LIKE" not in sql.upper()
    assert _slugs(queryset) == {"pour-tous", "mediation-gardiens"}
    # Through a relation too (a session's linked module).
    session = create_session(module=audiences["gardiens"])
    assert list(AwarenessSession.objects.filter(module__audience__includes="gardien")) == [
        session]
    assert not AwarenessSession.objects.filter(module__audience__includes="mediateur").exists()


def test_catalogue_filters_by_job_role_in_the_database(audiences, course_index):
    offer = catalogue(course_index, "mediateur")
    slugs = _slugs(offer["modules"])
    assert slugs == {"pour-tous", "mediation-gardiens"}
    everything = _slugs(catalogue(course_index, "")["modules"])
    assert everything == set(AUDIENCES)
    assert all(audience.includes(p.audience, "mediateur") for p in offer["paths"])
    assert {p.pk for p in offer["paths"]} == set(
        LearningPathPage.objects.live().filter(audience__includes="mediateur")
        .values_list("pk", flat=True))


def test_sessions_for_a_job_role_and_an_organisation(org_a, org_b, learner, learner_b):
    create_session(title="Pour tous")
    create_session(title="Médiation", audience=["mediateur"])
    only_a = create_session(title="Bailleur A", open_to_all=False)
    only_a.organisations.set([org_a])
    only_a.save()
    only_b_caretakers = create_session(title="Gardiens de B", open_to_all=False,
                                       audience=["gardien"])
    only_b_caretakers.organisations.set([org_b])
    only_b_caretakers.save()
    sessions = AwarenessSession.objects.all()

    def titles(**kwargs):
        return {s.title for s in audience.meant_for(sessions, **kwargs)}

    assert titles(job_role="gardien", organisation=org_a) == {"Pour tous", "Bailleur A"}
    assert titles(job_role="gardien", organisation=org_b.pk) == {"Pour tous", "Gardiens de B"}
    assert titles(job_role="mediateur") == {"Pour tous", "Médiation", "Bailleur A"}
    assert titles(organisation=org_b) == {"Pour tous", "Médiation", "Gardiens de B"}
    # A person: their job role and their organisation; nobody's organisation: open ones only.
    assert titles(job_role=learner, organisation=learner) == {"Pour tous", "Bailleur A"}
    loner = UserFactory(organisation=None, job_role=JobRole.MEDIATOR)
    assert titles(job_role=loner, organisation=loner) == {"Pour tous", "Médiation"}
    # The same answers in Python, one session at a time.
    for session in sessions:
        for person in (learner, learner_b, loner):
            assert audience.includes(session, person) == (
                session.title in titles(job_role=person, organisation=person)), (session, person)
    # What the learner's list of sessions shows.
    assert {s.title for s in scheduling.upcoming_for(learner_b)} == {"Pour tous",
                                                                     "Gardiens de B"}
    assert scheduling.open_to(only_b_caretakers, learner_b)
    assert not scheduling.open_to(only_b_caretakers, learner)


def test_prefetched_organisations_need_no_query(org_a, learner, django_assert_num_queries):
    only_a = create_session(open_to_all=False)
    only_a.organisations.set([org_a])
    only_a.save()
    session = AwarenessSession.objects.prefetch_related("organisations").get(pk=only_a.pk)
    with django_assert_num_queries(0):
        assert audience.includes(session, learner)


def test_the_field_keeps_its_column_and_gives_checkboxes(db):
    field = ModulePage._meta.get_field("audience")
    assert isinstance(field, AudienceField)
    _name, path, _args, kwargs = field.deconstruct()
    # Same column and format as the JSONField it was: no migration, none needed later.
    assert path == "django.db.models.JSONField"
    assert isinstance(JSONField(**kwargs), JSONField)
    for model in (ModulePage, LearningPathPage):
        form = model.get_edit_handler().get_form_class()()
        assert isinstance(form.fields["audience"], AudienceFormField)
        assert form.fields["audience"].choices == list(JobRole.choices)
    # The session form (trainer.session_admin) gets its checkboxes from the model field.
    session_form = ObjectList(AwarenessSession.panels, base_form_class=SessionAdminForm
                              ).bind_to_model(AwarenessSession).get_form_class()()
    assert isinstance(session_form.fields["audience"], AudienceFormField)
    formfield = AwarenessSession._meta.get_field("audience").formfield()
    assert isinstance(formfield, AudienceFormField)
    assert 'type="checkbox"' in formfield.widget.render("audience", ["gardien"])
    assert formfield.clean(["gardien", "mediateur"]) == ["gardien", "mediateur"]
    with pytest.raises(ValidationError):
        formfield.clean(["chef"])


def test_the_model_refuses_unknown_job_roles(audiences):
    page = audiences["gardiens"]
    page.audience = ["gardien", "chef"]
    with pytest.raises(ValidationError, match="chef"):
        page.full_clean()
