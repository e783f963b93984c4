"""The public site: home, institutional pages, navigation, language, errors, health."""

from html import unescape
from unittest import mock

import pytest
from django.db.utils import OperationalError

from tests import content


def body(response):
    return unescape(response.content.decode())


def test_home_presents_the_programme_partners_and_figures(client, site):
    response = client.get("/")
    page = body(response)
    assert response.status_code == 200
    assert '<html lang="fr">' in page
    assert f'<h1 id="hero-title" lang="fr">{content.HOME["hero_title"]}</h1>' in page
    for partner in content.PARTNERS:
        assert partner["name"] in page
    for figure in content.HOME["figures"]:
        assert f'<span class="figure__value">{figure["value"]}</span> {figure["label"]}' in page
    assert 'href="#contenu"' in page and 'id="contenu"' in page  # skip link and its target
    assert '<nav class="site-nav" aria-label="Navigation principale">' in page


def test_footer_has_emergency_numbers_as_tap_to_call_and_legal_links(client, site):
    page = body(client.get("/"))
    for number in ("15", "112", "3114", "114"):
        assert f'href="tel:{number}"' in page
    for path in ("/mentions-legales/", "/confidentialite/", "/accessibilite/"):
        assert f'href="{path}"' in page


@pytest.mark.parametrize("slug", ["mentions-legales", "confidentialite", "accessibilite",
                                  "a-propos"])
def test_institutional_pages(client, site, slug):
    page = body(client.get(f"/{slug}/"))
    assert f"<h1>{content.PAGES[slug]['title']}</h1>" in page
    assert f"<h2>{content.PAGES[slug]['heading']}</h2>" in page
    assert content.PAGES[slug]["text"] in page


def test_french_by_default_whatever_the_browser_says(client, site):
    page = body(client.get("/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9"))
    assert '<html lang="fr">' in page and "Aller au contenu" in page


def test_language_switch_to_english_and_back(client, site):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert response.status_code == 302
    page = body(client.get("/"))
    assert '<html lang="en">' in page and "Skip to content" in page
    client.post("/i18n/setlang/", {"language": "fr", "next": "/"})
    assert '<html lang="fr">' in body(client.get("/"))


def test_404_page_in_the_site_look(client, site):
    response = client.get("/rien-ici/")
    assert response.status_code == 404
    assert "Page introuvable" in body(response) and "site-footer" in body(response)


def test_500_page_renders_without_the_database(rf):
    from core.views import server_error

    response = server_error(rf.get("/"))
    assert response.status_code == 500
    assert "Erreur du serveur" in response.content.decode()


def test_health_checks_the_database(client, db):
    response = client.get("/health/")
    assert response.status_code == 200 and response.json()["database"] == "ok"
    with mock.patch("core.views.connection.cursor", side_effect=OperationalError("down")):
        response = client.get("/health/")
    assert response.status_code == 503


def test_home_page_queries_are_bounded(client, site, django_assert_max_num_queries):
    client.get("/")
    with django_assert_max_num_queries(12):
        client.get("/")


def test_security_headers(client, site):
    response = client.get("/")
    assert "default-src 'self'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_image_alt_text_is_required():
    from core.models import CustomImage

    field = CustomImage._meta.get_field("description")
    assert field.blank is False
