"""The guide's table of contents, chapters, glossary and caching."""

import json
import re
from html import unescape

import pytest
import yaml
from django.conf import settings

from guide.models import Contact, GlossaryTerm, GuideChapterPage, GuideIndexPage
from tests import content


def body(response):
    return unescape(response.content.decode())


@pytest.fixture
def guide(site):
    return GuideIndexPage.objects.get()


def test_table_of_contents_lists_every_chapter_in_order(client, guide):
    page = body(client.get("/guide/"))
    positions = [page.index(chapter["title"]) for chapter in content.CHAPTERS]
    assert positions == sorted(positions)
    assert page.count('class="toc__link"') == len(content.CHAPTERS)
    for tool in ("/guide/signaux-faibles/", "/guide/contacts/", "/guide/glossaire/", "/guide/pdf/"):
        assert f'href="{tool}"' in page


def test_guide_is_in_the_main_navigation(client, guide):
    page = body(client.get("/"))
    nav = page.split('class="site-nav"')[1].split("</nav>")[0]
    assert 'href="/guide/"' in nav


def test_chapter_renders_its_blocks_and_jump_links(client, guide):
    response = client.get("/guide/reperer-signaux-faibles/")
    page = body(response)
    assert response.status_code == 200
    title = content.chapter("reperer-signaux-faibles")["title"]
    assert f'<h1 id="chapter-title">{title}</h1>' in page
    assert 'href="#que-faire"' in page and 'id="que-faire"' in page
    assert 'href="#qui-appeler"' in page and 'id="qui-appeler"' in page
    assert 'class="block-signs"' in page and 'class="block-dodont"' in page
    assert "Cas pratique" in page
    assert content.REVIEW_NOTE in page
    assert 'href="/guide/reperer-signaux-faibles/pdf/"' in page


def test_who_to_call_contacts_are_tap_to_call(client, guide):
    page = body(client.get("/guide/risque-suicidaire/"))
    assert 'href="tel:3114"' in page
    assert 'href="tel:15"' in page


def test_related_chapters_are_linked(client, guide):
    chapter = GuideChapterPage.objects.get(slug="comprendre-sante-mentale")
    page = body(client.get(chapter.url))
    related = chapter.related_chapters()
    assert [other.slug for other in related] == content.chapter(chapter.slug)["related"]
    for other in related:
        assert f'href="{other.url}"' in page


def test_every_glossary_link_in_chapters_has_its_definition(client, guide):
    glossary = body(client.get("/guide/glossaire/"))
    anchors = set(re.findall(r'<dt id="([a-z0-9-]+)"', glossary))
    assert anchors == set(GlossaryTerm.objects.values_list("slug", flat=True))
    linked = set()
    for chapter in GuideChapterPage.objects.live():
        linked |= set(re.findall(r'href="/guide/glossaire/#([a-z0-9-]+)"', body(client.get(chapter.url))))
    assert linked and linked <= anchors


def test_the_programme_glossary_has_the_expected_terms():
    """content/'s glossary (the test site has its own): the terms the guide cannot do without."""
    glossary = yaml.safe_load((settings.CONTENT_DIR / "guide/glossary.yaml").read_text("utf-8"))
    slugs = {item["slug"] for item in glossary}
    for slug in ("cmp", "clsm", "incurie", "decompensation", "soins-sans-consentement",
                 "curatelle", "tutelle", "siao"):
        assert slug in slugs, slug


def test_glossary_page_gives_each_term_its_anchor_definition_and_see_also(client, guide):
    page = body(client.get("/guide/glossaire/"))
    terms = re.findall(r'<dt id="([a-z0-9-]+)" tabindex="-1">([^<]+)</dt>', page)
    assert [slug for slug, _ in terms] == [item["slug"] for item in sorted(
        content.GLOSSARY, key=lambda item: item["term"])]  # alphabetical order
    for item in content.GLOSSARY:
        entry = page.split(f'<dt id="{item["slug"]}"', 1)[1].split("</dd>", 1)[0]
        assert f">{item['term']}</dt>" in entry and item["definition"] in entry
        for other in item.get("see_also", []):
            assert f'href="#{other}"' in entry


def test_chapter_queries_stay_bounded_whatever_the_number_of_blocks(
        client, guide, learner, django_assert_max_num_queries):
    contacts = list(Contact.objects.values_list("pk", flat=True))
    blocks = []
    for index in range(40):
        blocks += [
            {"type": "heading", "value": {"text": f"Partie {index}", "anchor": f"partie-{index}"}},
            {"type": "text", "value": f"<p>Paragraphe {index}</p>"},
            {"type": "who_to_call", "value": {"title": "Contacts", "contacts": contacts}},
        ]
    small = GuideChapterPage(title="Petit", slug="petit", summary="s", body=json.dumps(blocks[:3]))
    big = GuideChapterPage(title="Grand", slug="grand", summary="s", body=json.dumps(blocks))
    guide.add_child(instance=small)
    guide.add_child(instance=big)
    client.force_login(learner)  # logged in: no page cache, every query counts
    with django_assert_max_num_queries(40) as few:
        assert client.get(small.url).status_code == 200
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(big.url)
    assert "Partie 39" in body(response)


def test_anonymous_chapter_is_served_from_cache_until_a_new_publish(client, guide):
    chapter = GuideChapterPage.objects.live().last()
    first = client.get(chapter.url)
    assert first["X-Reperes-Cache"] == "miss"
    assert client.get(chapter.url)["X-Reperes-Cache"] == "hit"

    chapter.summary = "Un nouveau résumé publié par la rédaction."
    chapter.save_revision().publish()
    response = client.get(chapter.url)
    assert response["X-Reperes-Cache"] == "miss"
    assert "Un nouveau résumé publié par la rédaction." in body(response)


def test_logged_in_people_never_get_the_anonymous_cache(client, guide, learner):
    chapter = GuideChapterPage.objects.live().first()
    client.get(chapter.url)
    client.force_login(learner)
    response = client.get(chapter.url)
    assert "X-Reperes-Cache" not in response
    assert "Se déconnecter" in body(response)


def test_unpublished_chapter_is_gone(client, guide):
    chapter = GuideChapterPage.objects.live().first()
    client.get(chapter.url)
    chapter.unpublish()
    assert client.get(chapter.url).status_code == 404
