"""Absolute links follow one rule (core.links): the site's public address, BASE_URL, never
the Host header a client sent, whether a request or the task worker builds them."""

from datetime import timedelta
from html import unescape

import pytest
from django.core import mail
from django.test import override_settings

from accounts.models import JobRole
from accounts.roles import Role
from certificates import services as certificate_services
from scheduling.models import Registration
from tests.scheduling.conftest import create_session

pytestmark = pytest.mark.django_db

PUBLIC = "https://reperes.example.fr"
HOSTS = ["testserver", "autre.test"]


@override_settings(ALLOWED_HOSTS=HOSTS, WAGTAILADMIN_BASE_URL=PUBLIC)
def test_an_invitation_sent_from_another_host_links_to_the_public_address(client, hr_a, site):
    client.force_login(hr_a)
    response = client.post("/espace-rh/invitations/", {
        "email": "nadia.nouvelle@exemple.test", "first_name": "Nadia", "last_name": "Nouvelle",
        "job_role": JobRole.MEDIATOR, "site": "", "organisation": hr_a.organisation_id,
        "role": Role.LEARNER}, HTTP_HOST="autre.test")
    assert response.status_code == 302
    body = mail.outbox[-1].body
    assert f"{PUBLIC}/invitation/" in body and "autre.test" not in body


@override_settings(ALLOWED_HOSTS=HOSTS, WAGTAILADMIN_BASE_URL=PUBLIC)
def test_the_qr_code_and_the_calendar_feed_use_the_public_address(client, trainer, learner,
                                                                  site):
    session = create_session(starts_in=timedelta(hours=-1), trainers=[trainer])
    Registration.objects.create(session=session, user=learner)
    client.force_login(trainer)
    response = client.get(f"/formateur/sessions/{session.pk}/qr/", HTTP_HOST="autre.test")
    # The address the QR code encodes (its SVG draws it; the page does not print it).
    assert response.context["check_in_url"].startswith(
        f"{PUBLIC}/sessions/{session.pk}/pointage/")
    client.force_login(learner)
    page = unescape(client.get("/mes-sessions/", HTTP_HOST="autre.test").content.decode())
    assert f"{PUBLIC}/" in page and "http://autre.test" not in page


@override_settings(WAGTAILADMIN_BASE_URL=PUBLIC + "/")
def test_a_trailing_slash_in_the_setting_makes_no_double_slash(site):
    from core.links import absolute_url

    assert absolute_url("/guide/") == f"{PUBLIC}/guide/"
    assert absolute_url() == f"{PUBLIC}/"


def test_a_certificate_verification_link_uses_the_same_rule(settings):
    class Stub:
        def get_verification_url(self):
            return "/attestations/verifier/ABC/"

    settings.WAGTAILADMIN_BASE_URL = PUBLIC
    assert certificate_services.verification_url(Stub()) == f"{PUBLIC}/attestations/verifier/ABC/"
