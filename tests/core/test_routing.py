"""The route cache (core.routing) and the content version that keeps it and the page cache
honest: a remembered route saves queries, and never leads to a page that moved, was
unpublished or became private."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from core.cache import bump_content_version, content_version
from core.models import StandardPage
from guide.models import GuideChapterPage, GuideIndexPage
from tests import content

# A query string bypasses the anonymous page cache, so each request is really routed.
FRESH = "?route=1"


@pytest.fixture
def chapter(site):
    return GuideChapterPage.objects.live().order_by("path").first()


def test_a_remembered_route_costs_one_query(client, chapter, django_assert_num_queries,
                                            django_assert_max_num_queries):
    with django_assert_max_num_queries(30) as first:
        assert client.get(chapter.url + FRESH).status_code == 200
    # The page itself, loaded by id: no site lookup, no walk down the tree, no ancestor
    # lookups for the guide or for view restrictions.
    with django_assert_num_queries(1):
        response = client.get(chapter.url + FRESH)
    assert len(first.captured_queries) >= 6
    assert chapter.title in response.content.decode()


def test_sub_routes_of_a_routable_page_go_through_the_remembered_page(client, site):
    for _ in range(2):
        response = client.get("/guide/glossaire/" + FRESH)
        assert response.status_code == 200
        assert content.GLOSSARY[0]["term"] in response.content.decode()
    assert client.get("/guide/glossaire/inconnu/").status_code == 404
    assert client.get("/guide/inconnu/").status_code == 404
    assert client.get("/guide/inconnu/").status_code == 404


def test_new_slug_is_served_and_old_url_is_gone_after_publish(client, chapter):
    old_url = chapter.url
    assert client.get(old_url + FRESH).status_code == 200
    chapter.slug = "nouvelle-adresse"
    chapter.save_revision().publish()
    assert client.get(old_url + FRESH).status_code == 404
    response = client.get("/guide/nouvelle-adresse/" + FRESH)
    assert response.status_code == 200
    assert chapter.title in response.content.decode()


def test_moved_page_is_only_found_at_its_new_url(client, site):
    about = StandardPage.objects.get(slug="a-propos")
    legal = StandardPage.objects.get(slug="mentions-legales")
    assert client.get("/mentions-legales/" + FRESH).status_code == 200
    legal.move(about, pos="last-child")
    # Wagtail leaves a redirect at the old address: the old route is not served any more.
    response = client.get("/mentions-legales/" + FRESH)
    assert response.status_code == 301
    assert response["Location"] == "/a-propos/mentions-legales/"
    assert client.get("/a-propos/mentions-legales/" + FRESH).status_code == 200


def test_a_stale_route_is_never_trusted(client, chapter):
    """Even if the version were not bumped, the remembered page must still be live at the
    same URL path, otherwise the tree is walked again."""
    assert client.get(chapter.url + FRESH).status_code == 200
    Page.objects.filter(pk=chapter.pk).update(live=False)  # no signal, no version bump
    assert client.get(chapter.url + FRESH).status_code == 404

    Page.objects.filter(pk=chapter.pk).update(live=True)
    assert client.get(chapter.url + FRESH).status_code == 200
    Page.objects.filter(pk=chapter.pk).update(
        slug="ailleurs", url_path=chapter.url_path.replace(chapter.slug, "ailleurs"))
    assert client.get(chapter.url + FRESH).status_code == 404
    assert client.get("/guide/ailleurs/" + FRESH).status_code == 200


def test_the_guide_shown_on_chapters_follows_its_publication(client, chapter):
    guide = GuideIndexPage.objects.get()
    assert client.get(chapter.url + FRESH).status_code == 200
    guide.disclaimer = "<p>Avertissement relu par les cliniciens du programme.</p>"
    guide.save_revision().publish()
    response = client.get(chapter.url + FRESH)
    assert "Avertissement relu par les cliniciens du programme." in response.content.decode()


def test_making_a_page_private_takes_it_out_of_every_cache(client, chapter, learner):
    assert client.get(chapter.url).status_code == 200
    assert client.get(chapter.url)["X-Reperes-Cache"] == "hit"

    guide = GuideIndexPage.objects.get()
    restriction = PageViewRestriction.objects.create(
        page=guide, restriction_type=PageViewRestriction.LOGIN)
    for url in (chapter.url, chapter.url + FRESH):
        response = client.get(url)
        assert response.status_code == 302
        assert "X-Reperes-Cache" not in response

    client.force_login(learner)
    assert client.get(chapter.url).status_code == 200
    client.logout()

    restriction.delete()
    assert client.get(chapter.url).status_code == 200


def test_the_site_is_looked_up_once_per_content_version(client, learner):
    """Non-page views show the menu and page links: they need the Wagtail site too."""
    client.force_login(learner)
    assert client.get("/mon-parcours/").status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/mon-parcours/").status_code == 200
    assert not [q for q in queries.captured_queries if "wagtailcore_site" in q["sql"]]

    Site.objects.get(is_default_site=True).save()  # a new version: looked up again
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/mon-parcours/").status_code == 200
    assert [q for q in queries.captured_queries if "wagtailcore_site" in q["sql"]]


@pytest.mark.parametrize("change", ["publish", "unpublish", "move", "site", "privacy",
                                    "page added in code", "draft saved"])
def test_what_changes_routes_bumps_the_content_version(site, change):
    about = StandardPage.objects.get(slug="a-propos")
    legal = StandardPage.objects.get(slug="mentions-legales")
    cache.clear()
    before = content_version()
    if change == "publish":
        legal.save_revision().publish()
    elif change == "unpublish":
        legal.unpublish()
    elif change == "move":
        legal.move(about, pos="last-child")
    elif change == "site":
        Site.objects.filter(pk=site.pk).get().save()
    elif change == "privacy":
        PageViewRestriction.objects.create(page=legal,
                                           restriction_type=PageViewRestriction.LOGIN)
    elif change == "page added in code":
        about.add_child(instance=StandardPage(title="Nouvelle page", slug="nouvelle-page",
                                              intro="Une page ajoutée par un script."))
    else:
        legal.title = "Mentions légales (brouillon)"
        legal.save_revision()
    assert content_version() > before


def test_a_flushed_shared_cache_never_brings_back_an_old_version(db):
    """Values kept in each process are keyed by version: a version must never come back."""
    first = content_version()
    bump_content_version()
    second = content_version()
    cache.clear()  # the shared cache restarted empty
    assert content_version() > second > first


FRAGMENT_TAG = re.compile(r"{%\s*(cache|wagtailcache|wagtailpagecache)\s+([^%]*)%}")


def test_every_template_fragment_cache_varies_on_the_content_version():
    """Fragments live in each process (settings.VERSIONED_CACHES): without the content version
    in their key, one process could keep showing what another has just republished."""
    root = Path(settings.BASE_DIR)
    templates = [path for path in root.rglob("*.html")
                 if ".venv" not in path.parts and "static_collected" not in path.parts]
    found = 0
    for path in templates:
        for tag, arguments in FRAGMENT_TAG.findall(path.read_text()):
            found += 1
            assert "content_version" in arguments.split(), f"{path}: {{% {tag} {arguments}%}}"
    assert found >= 2  # the footer and the chapter, at least


def test_a_change_bumps_the_version_again_once_committed(site, django_capture_on_commit_callbacks):
    """Between the change and its commit, another process could cache the old rows under the
    new version: the second bump, on commit, throws that away."""
    legal = StandardPage.objects.get(slug="mentions-legales")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        legal.save_revision().publish()
        during = content_version()
    for callback in callbacks:
        callback()
    assert content_version() > during
