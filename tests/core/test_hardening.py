"""Site-wide guards of #12: hosts before the page cache, NUL characters, no-store."""

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db


@override_settings(ALLOWED_HOSTS=["testserver"])
def test_the_page_cache_answers_only_allowed_hosts(client, site):
    assert client.get("/guide/")["X-Reperes-Cache"] == "miss"
    assert client.get("/guide/")["X-Reperes-Cache"] == "hit"
    response = client.get("/guide/", HTTP_HOST="pirate.example")
    assert response.status_code == 400
    assert "X-Reperes-Cache" not in response


@override_settings(ALLOWED_HOSTS=["testserver", "autre.test"])
def test_each_host_has_its_own_cached_pages(client, site):
    client.get("/guide/")
    assert client.get("/guide/", HTTP_HOST="autre.test")["X-Reperes-Cache"] == "miss"


def test_a_nul_character_is_a_french_400_page(client, site):
    response = client.get("/guide/recherche/", {"q": "incurie\x00"})
    assert response.status_code == 400
    assert "Demande incorrecte" in response.content.decode()


@pytest.mark.parametrize("url", [
    "/questionnaires/1/parcours/99999999999999999999/avant/",
    "/sessions/99999999999999999999/",
    "/espace-rh/personnel/99999999999999999999/",
    "/formateur/sessions/99999999999999999999/",
])
def test_an_id_no_database_can_hold_is_a_404_not_a_500(client, learner, hr_a, site, url):
    for person in (learner, hr_a):
        client.force_login(person)
        assert client.get(url).status_code == 404
    # The largest id a database holds still reaches the view (which finds nothing).
    assert client.get(url.replace("99999999999999999999", str(2**63 - 1))).status_code in (
        403, 404)


def test_uploaded_files_may_hold_nul_bytes(client, hr_a, site):
    """A spreadsheet is binary: it reaches the importer, which answers about the file."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(hr_a)
    binary = SimpleUploadedFile("personnel.xlsx", b"PK\x03\x04\x00\x00garbage")
    read = client.post("/espace-rh/import/", {"file": binary}).content.decode()
    assert "Demande incorrecte" not in read and "classeur Excel" in read


@pytest.mark.parametrize("url", ["/compte/", "/compte/mes-donnees/export.json", "/espace-rh/",
                                 "/espace-rh/tableau-de-bord/suivi.csv", "/mes-attestations/"])
def test_pages_about_people_are_never_stored(client, hr_a, site, url):
    from tests.conftest import login_recently

    login_recently(client, hr_a)
    response = client.get(url)
    assert response.status_code == 200, url
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_a_calendar_feed_with_its_secret_is_never_stored(client, learner, site):
    from scheduling import services

    feed = services.calendar_feed(learner)
    response = client.get(f"/calendrier/{feed.token}.ics")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_public_pages_stay_cacheable_for_the_anonymous(client, site):
    response = client.get("/guide/")
    assert "no-store" not in response.get("Cache-Control", "")


def test_wagtail_site_history_csv_never_carries_a_formula(client, editor, site):
    from wagtail.models import Page

    home = Page.objects.get(depth=2).specific
    home.title = "=HYPERLINK(\"http://pirate.example\",\"cliquez\")"
    home.save_revision(user=editor, log_action=True)
    client.force_login(editor)
    response = client.get("/admin/reports/site-history/?export=csv")
    assert response.status_code == 200
    content = b"".join(response.streaming_content).decode()
    assert "HYPERLINK" in content
    assert "\n=HYPERLINK" not in content and ",=HYPERLINK" not in content
    assert "'=HYPERLINK" in content


def test_the_demo_accounts_are_refused_where_the_settings_say_so(settings):
    from django.core.management import CommandError, call_command

    from accounts.models import User

    settings.REPERES_DEMO_CONTENT_ALLOWED = False
    before = User.objects.count()
    with pytest.raises(CommandError, match="ALLOW_DEMO_CONTENT"):
        call_command("load_demo_content", "--quiet")
    assert User.objects.count() == before
