"""An editor writes and publishes a chapter in the Wagtail admin; visitors get it at once."""

from html import unescape

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from guide.models import GuideChapterPage, GuideIndexPage


def test_editor_publishes_a_new_chapter_through_the_admin(client, editor, site):
    guide = GuideIndexPage.objects.get()
    # A visitor has the table of contents in the anonymous cache already.
    assert client.get("/guide/")["X-Reperes-Cache"] in ("miss", "hit")

    editor_client = client.__class__()
    editor_client.force_login(editor)
    data = nested_form_data({
        "title": "Quand un locataire refuse toute aide",
        "slug": "refus-aide",
        "summary": "Respecter un refus tout en gardant le lien.",
        "reading_minutes": "4",
        "review_note": "Contenu à valider par l'équipe clinique du programme.",
        "body": streamfield([
            ("heading", {"text": "Que faire ?", "anchor": "que-faire"}),
            ("text", rich_text("<p>Un refus n'est pas définitif : proposez à nouveau plus tard.</p>")),
            ("heading", {"text": "Qui appeler ?", "anchor": "qui-appeler"}),
        ]),
        "related_links": inline_formset([]),
    })
    data["action-publish"] = "action-publish"
    response = editor_client.post(f"/admin/pages/add/guide/guidechapterpage/{guide.pk}/", data)
    assert response.status_code == 302, unescape(response.content.decode())[:3000]
    chapter = GuideChapterPage.objects.get(slug="refus-aide")
    assert chapter.live and "proposez à nouveau plus tard" in chapter.search_text

    # The anonymous cache follows the publication: the new chapter is in the table of contents.
    page = unescape(client.get("/guide/").content.decode())
    assert "Quand un locataire refuse toute aide" in page
    page = unescape(client.get("/guide/recherche/", {"q": "refus"}).content.decode())
    assert 'href="/guide/refus-aide/"' in page


def test_learner_cannot_post_to_the_admin(client, learner, site):
    guide = GuideIndexPage.objects.get()
    client.force_login(learner)
    response = client.post(f"/admin/pages/add/guide/guidechapterpage/{guide.pk}/",
                           {"title": "Intrus", "slug": "intrus"})
    assert response.status_code == 302
    assert not GuideChapterPage.objects.filter(slug="intrus").exists()
