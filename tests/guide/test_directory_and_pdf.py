"""Who to call (filters, tap-to-call) and the printable guide."""

import io
import re
from html import unescape
from unittest import mock

import pytest
from django.core.files.storage import default_storage
from pypdf import PdfReader

from guide.models import Contact, GuideChapterPage, GuideIndexPage
from guide.tasks import refresh_guide_pdf
from tests import content

URL = "/guide/contacts/"


def body(response):
    return unescape(response.content.decode())


def contact_names(page):
    return set(re.findall(r'<h3 class="contact__name">([^<]+?)(?: <span|</h3>)', page))


def test_directory_lists_national_numbers_with_tap_to_call(client, site):
    page = body(client.get(URL))
    for number in ("15", "17", "18", "112", "114", "3114", "115"):
        assert f'href="tel:{number}"' in page, number
    assert "exemple" in page  # fictitious local entries are marked


def test_filter_by_arrondissement_keeps_national_contacts(client, site):
    page = body(client.get(URL, {"arrondissement": 13}))
    names = contact_names(page)

    def named(arrondissement):
        return {item["name"] for item in content.CONTACTS
                if item.get("arrondissement") == arrondissement}

    assert named(13) and named(13) <= names
    assert not named(20) & names, names
    assert named(None) <= names  # the national ones


def test_filter_by_situation_and_category(client, site):
    page = body(client.get(URL, {"situation": "addiction", "category": "ecoute"}))
    names = contact_names(page)
    assert names
    for contact in Contact.objects.filter(name__in=names):
        assert contact.category == "ecoute"
        assert contact.situations.filter(slug="addiction").exists()


@pytest.mark.parametrize("params", [{"arrondissement": "abc"}, {"situation": "inconnue"},
                                    {"category": "<b>"}])
def test_bad_filters_never_fail(client, site, params):
    response = client.get(URL, params)
    assert response.status_code == 200
    assert "Sélectionnez un choix valide" in body(response)


def test_directory_queries_are_bounded(client, site, django_assert_max_num_queries):
    with django_assert_max_num_queries(15) as few:
        client.get(URL)
    situation = Contact.objects.first().situations.first()
    for index in range(30):
        contact = Contact(name=f"Contact {index}", slug=f"contact-{index}", category="social",
                          when_to_call="Toujours.", phone="01 99 00 00 00")
        contact.situations = [situation]
        contact.save()
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(URL)
    assert "Contact 29" in body(response)


def _pdf_text(data):
    reader = PdfReader(io.BytesIO(data))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def test_whole_guide_pdf_is_valid_with_titles_and_page_numbers(client, site):
    response = client.get("/guide/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader, text = _pdf_text(response.content)
    chapters = GuideChapterPage.objects.live()
    assert len(reader.pages) > chapters.count()  # a cover, then each chapter on a new page
    flat = " ".join(text.split())
    for chapter in chapters:
        assert " ".join(chapter.title.split())[:40] in flat, chapter.title
    assert f"Page 2 / {len(reader.pages)}" in flat
    assert reader.metadata.title.startswith(content.GUIDE["title"])
    links = [annot.get_object().get("/A", {}) for page in reader.pages
             for annot in page.get("/Annots", []) or []]
    assert any("/URI" in link for link in links)


def test_chapter_pdf_contains_only_that_chapter(client, site):
    chapter = GuideChapterPage.objects.get(slug="risque-suicidaire")
    response = client.get(f"{chapter.url}pdf/")
    assert response.status_code == 200
    _reader, text = _pdf_text(response.content)
    assert "3114" in text
    assert content.chapter("agressivite-desamorcer")["title"] not in " ".join(text.split())


def test_pdf_is_cached_and_follows_the_published_version(client, site):
    chapter = GuideChapterPage.objects.get(slug="risque-suicidaire")
    client.get(f"{chapter.url}pdf/")
    _dirs, before = default_storage.listdir("guide-pdf")
    client.get(f"{chapter.url}pdf/")
    assert default_storage.listdir("guide-pdf")[1] == before  # served from storage

    chapter.summary = "Résumé révisé pour le PDF."
    chapter.save_revision().publish()
    response = client.get(f"{chapter.url}pdf/")
    assert "Résumé révisé pour le PDF." in " ".join(_pdf_text(response.content)[1].split())


def test_publishing_a_chapter_prebuilds_the_whole_guide_pdf(site, settings,
                                                            django_capture_on_commit_callbacks):
    settings.REPERES_PREBUILD_GUIDE_PDF = True
    chapter = GuideChapterPage.objects.live().first()
    with (mock.patch("guide.signals.refresh_guide_pdf", wraps=refresh_guide_pdf) as task,
          django_capture_on_commit_callbacks(execute=True)):
        chapter.save_revision().publish()
        GuideChapterPage.objects.live().last().save_revision().publish()
    assert task.enqueue.call_count == 1  # one rendering for several publishes
    from guide.pdf import _key

    guide = GuideIndexPage.objects.get()
    assert default_storage.exists(_key([guide, *guide.chapters()]))


def test_a_glossary_definition_block_prints_in_the_pdf_and_links_on_the_page(client, site):
    from guide.models import GlossaryTerm

    term = GlossaryTerm.objects.first()
    chapter = GuideChapterPage.objects.live().first()
    chapter.body = [*[{"type": b["type"], "value": b["value"]} for b in chapter.body.raw_data],
                    {"type": "glossary", "value": {"term": term.pk}}]
    chapter.save_revision().publish()
    page = unescape(client.get(chapter.url).content.decode())
    assert f'href="/guide/glossaire/#{term.slug}"' in page
    response = client.get(f"{chapter.url}pdf/")
    assert response.status_code == 200
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert term.term in text


def test_on_paper_who_to_call_boxes_list_numbers_and_the_last_section_says_when_to_call(
        client, site):
    from guide.pdf import directory_of

    chapter = next(c for c in GuideChapterPage.objects.live()
                   if any(b["type"] == "who_to_call" for b in c.body.raw_data))
    contacts = directory_of([chapter])
    assert contacts
    response = client.get(f"{chapter.url}pdf/")
    _reader, text = _pdf_text(response.content)
    flat = " ".join(text.split())
    assert "Qui appeler ? Les contacts de ce guide" in flat
    for contact in contacts:
        when = " ".join(contact.when_to_call.split())[:60]
        assert flat.count(when) == 1, contact.slug  # once, in the last section
