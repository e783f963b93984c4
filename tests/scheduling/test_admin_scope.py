"""A trainer acts in the admin on the sessions they run, and on no other (#12, item 1)."""

from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.permissions import policy_registry

from scheduling.models import AwarenessSession
from tests.factories import UserFactory

from .conftest import create_session
from .test_admin import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def colleague(db):
    from accounts.roles import Role

    return UserFactory(email="collegue@equipe.test", roles=[Role.TRAINER, Role.LEARNER],
                       totp=True)


@pytest.fixture
def theirs(colleague):
    """A session run by another trainer."""
    return create_session(title="Session d'un·e collègue", trainers=[colleague])


@pytest.fixture
def mine(trainer):
    return create_session(title="Ma session", trainers=[trainer])


def refused(response):
    """404, or Wagtail's refusal: back to the admin home with "no permission"."""
    return response.status_code in (403, 404) or (
        response.status_code == 302 and response["Location"] == "/admin/")


SESSION_VIEWS = ["edit/{pk}/", "delete/{pk}/", "history/{pk}/", "history-results/{pk}/",
                 "usage/{pk}/", "copy/{pk}/", "inspect/{pk}/"]


@pytest.mark.parametrize("view", SESSION_VIEWS)
def test_every_admin_view_of_another_trainers_session_is_closed(client, trainer, theirs,
                                                                 view):
    client.force_login(trainer)
    response = client.get(f"/admin/sessions/{view.format(pk=theirs.pk)}")
    assert refused(response), response.status_code


@pytest.mark.parametrize("view", ["edit/{pk}/", "history/{pk}/", "usage/{pk}/",
                                  "copy/{pk}/", "inspect/{pk}/"])
def test_the_trainer_opens_their_own_session(client, trainer, mine, view):
    client.force_login(trainer)
    assert client.get(f"/admin/sessions/{view.format(pk=mine.pk)}").status_code == 200


def test_saving_another_trainers_session_changes_nothing(client, trainer, colleague, theirs):
    client.force_login(trainer)
    data = form_data(trainer, title="Reprise", trainers=[str(trainer.pk)])
    assert refused(client.post(f"/admin/sessions/edit/{theirs.pk}/", data))
    theirs.refresh_from_db()
    assert theirs.title == "Session d'un·e collègue"
    assert list(theirs.trainers.all()) == [colleague]


def test_deleting_another_trainers_session_is_refused(client, trainer, theirs):
    client.force_login(trainer)
    assert refused(client.post(f"/admin/sessions/delete/{theirs.pk}/"))
    assert AwarenessSession.objects.filter(pk=theirs.pk).exists()


def test_the_listing_and_its_search_show_only_the_trainers_sessions(client, trainer, mine,
                                                                    theirs):
    client.force_login(trainer)
    for url in ("/admin/sessions/", "/admin/sessions/results/?q=session",
                "/admin/sessions/?status=scheduled"):
        content = client.get(url).content.decode()
        assert "Ma session" in content, url
        assert "Session d&#x27;un·e collègue" not in content and "collègue" not in content, url


def test_the_coordination_sees_and_edits_every_session(client, coordinator, mine, theirs):
    client.force_login(coordinator)
    content = client.get("/admin/sessions/").content.decode()
    assert "Ma session" in content and "collègue" in content
    assert client.get(f"/admin/sessions/edit/{theirs.pk}/").status_code == 200


def test_the_permission_policy_answers_per_session(trainer, coordinator, mine, theirs):
    policy = policy_registry.get_by_type(AwarenessSession)
    assert policy.user_has_permission_for_instance(trainer, "change", mine)
    assert not policy.user_has_permission_for_instance(trainer, "change", theirs)
    assert policy.user_has_permission_for_instance(coordinator, "change", theirs)
    assert set(policy.instances_user_has_permission_for(trainer, "change")) == {mine}


def test_a_session_created_by_a_trainer_is_theirs_even_unticked(client, trainer):
    client.force_login(trainer)
    assert f'value="{trainer.pk}"' in client.get("/admin/sessions/new/").content.decode()
    data = form_data(trainer, trainers=[])
    response = client.post("/admin/sessions/new/", data)
    assert response.status_code == 302
    session = AwarenessSession.objects.get(title="Repérer les signaux faibles")
    assert list(session.trainers.all()) == [trainer]
    assert client.get("/formateur/").content.decode().count("Repérer les signaux faibles")


def test_a_trainer_cannot_untick_themselves(client, trainer, colleague, mine):
    client.force_login(trainer)
    data = form_data(trainer, title="Ma session", trainers=[str(colleague.pk)])
    response = client.post(f"/admin/sessions/edit/{mine.pk}/", data)
    assert response.status_code == 200
    assert "Restez parmi les formateur·rices" in response.content.decode()
    assert list(mine.trainers.all()) == [trainer]


def test_the_coordination_may_hand_a_session_over(client, coordinator, colleague, mine):
    client.force_login(coordinator)
    start = mine.starts_at - timezone.now()
    data = form_data(colleague, title="Ma session", capacity=str(mine.capacity),
                     slots=[(start, start + timedelta(hours=3))])
    data["slots-0-id"] = str(mine.slots.get().pk)
    data["slots-INITIAL_FORMS"] = "1"
    response = client.post(f"/admin/sessions/edit/{mine.pk}/", data)
    assert response.status_code == 302, response.content.decode()[-2000:]
    assert list(mine.trainers.all()) == [colleague]
