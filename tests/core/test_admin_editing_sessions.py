"""Our override of Wagtail's list of the other people on a page names each viewer's button."""

from types import SimpleNamespace

from django.template.loader import render_to_string

from tests.factories import UserFactory


def test_a_person_viewing_the_page_is_named(db):
    viewer = UserFactory(email="camille.relecture@a.test", first_name="Camille",
                         last_name="Relecture")
    session = SimpleNamespace(user=viewer, is_idle=False, is_editing=False, revision_id=None)
    html = render_to_string("wagtailadmin/shared/editing_sessions/list.html",
                            {"sessions": [session], "current_session": None})
    assert 'aria-label="Camille Relecture – ' in html
