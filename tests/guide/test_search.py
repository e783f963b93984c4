"""Searching the guide in French; excerpts highlight the passage that matched."""

from html import unescape

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guide.models import GuideIndexPage
from guide.search import excerpt, fold, query_stems, stem
from tests import content
from tests.factories import GuideChapterPageFactory


def body(response):
    return unescape(response.content.decode())


def first_result(client, query):
    page = body(client.get("/guide/recherche/", {"q": query}))
    results = page.split('<ol class="results">')
    assert len(results) == 2, f"no result for {query!r}"
    return results[1].split("</h3>")[0], page


@pytest.mark.parametrize("query, chapter", [
    ("incurie", "reperer-signaux-faibles"),
    ("encombrement", "reperer-signaux-faibles"),
    ("agressif", "agressivite-desamorcer"),
    ("suicide", "risque-suicidaire"),
])
def test_search_finds_the_right_chapter_on_any_database(client, site, query, chapter):
    top, page = first_result(client, query)
    assert content.chapter(chapter)["title"] in top
    assert "<mark>" in page


@pytest.mark.postgres
@pytest.mark.parametrize("query, chapter", [
    ("incurie", "reperer-signaux-faibles"),
    ("encombrements", "reperer-signaux-faibles"),
    ("agressifs", "agressivite-desamorcer"),
    ("AGRESSIF", "agressivite-desamorcer"),
    ("suicide", "risque-suicidaire"),
    ("idées suicidaires", "risque-suicidaire"),
    ("decompensation", "comportements-voisinage-conflits"),
    ("soins sans consentement", "systeme-de-soins"),
])
def test_postgresql_french_search_ranks_the_right_chapter_first(client, site, query, chapter):
    from django.db import connection

    assert connection.vendor == "postgresql"
    top, _page = first_result(client, query)
    assert content.chapter(chapter)["title"] in top, (query, top)


def test_no_result_says_so_and_suggests(client, site):
    page = body(client.get("/guide/recherche/", {"q": "xylophone"}))
    assert "Aucun chapitre trouvé" in page
    assert "Aucun chapitre ne contient ces mots" in page


def test_search_also_lists_glossary_terms(client, site):
    page = body(client.get("/guide/recherche/", {"q": "curatelle"}))
    assert 'href="/guide/glossaire/#curatelle"' in page


@pytest.mark.parametrize("query", ["", "   ", "a" * 500, "<script>alert(1)</script>", "%00", "' OR 1=1 --"])
def test_odd_queries_never_fail(client, site, query):
    response = client.get("/guide/recherche/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_search_page_queries_are_bounded(client, site, django_assert_max_num_queries):
    with django_assert_max_num_queries(25):
        client.get("/guide/recherche/", {"q": "voisin"})


def test_accents_and_plurals_share_a_stem():
    assert fold("Décompensation") == "decompensation"
    assert stem("agressifs") == stem("agressif")
    assert stem("encombrements") == stem("encombrement")
    assert query_stems("les idées") == [stem("idées")]


def test_excerpt_marks_every_form_of_the_word():
    text = "Il est agressif. Son agressivité inquiète les voisins encombrés."
    html = str(excerpt(text, "agressifs"))
    assert html.count("<mark>") == 2
    assert "<mark>agressivité</mark>" in html


@given(st.text(max_size=400), st.text(max_size=60))
def test_excerpt_is_always_safe_html(text, query):
    html = str(excerpt(text, query))
    assert "<" not in html.replace("<mark>", "").replace("</mark>", "")
    assert html.count("<mark>") == html.count("</mark>")


def test_guide_index_exists(site):
    assert GuideIndexPage.objects.live().count() == 1


def test_search_also_lists_matching_modules(client, site):
    page = body(client.get("/guide/recherche/", {"q": "encombrement"}))
    assert "Dans les formations" in page
    assert 'href="/formations/signaux-faibles-logement/"' in page


@pytest.fixture
def chapter_with_anchors(site):
    """A chapter whose headings carry anchors that are no words of its prose."""
    return GuideChapterPageFactory(
        parent=GuideIndexPage.objects.live().first(), title="Le courrier qui s'entasse",
        body__0__heading__text="Les premiers signes", body__0__heading__anchor="zorglub-signes",
        body__1__text__value="<p>Le courrier s'accumule devant la porte depuis dix jours.</p>",
        body__2__heading__text="Qui prévenir", body__2__heading__anchor="qui-prevenir-ancre",
        body__3__text__value="<p>Parlez-en à votre responsable de secteur.</p>")


def test_excerpts_are_built_from_prose_only(client, chapter_with_anchors):
    assert "zorglub" not in chapter_with_anchors.search_text
    assert chapter_with_anchors.search_text.split("\n") == [
        "Les premiers signes", "Le courrier s'accumule devant la porte depuis dix jours.",
        "Qui prévenir", "Parlez-en à votre responsable de secteur."]
    top, page = first_result(client, "courrier accumule porte")
    results = page.split('<ol class="results">')[1].split("</ol>")[0]
    assert "Le courrier qui s'entasse" in results
    assert "zorglub" not in results and "qui-prevenir-ancre" not in results
    assert "<mark>courrier</mark>" in results


def test_an_anchor_is_not_a_search_word(client, chapter_with_anchors):
    page = body(client.get("/guide/recherche/", {"q": "zorglub"}))
    assert "Aucun chapitre trouvé" in page
