"""A chapter written in the Wagtail admin and published by the clinical team reaches visitors at
once; an editor's "Publish" is a submission to the clinical review."""

from html import unescape

from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from guide.models import GuideChapterPage, GuideIndexPage


def test_a_chapter_written_by_an_editor_reaches_visitors_once_the_clinical_team_approves(
        client, editor, site):
    from accounts.roles import Role
    from tests.factories import UserFactory

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
    assert not chapter.live
    assert "Quand un locataire refuse" not in unescape(client.get("/guide/").content.decode())

    reviewer = UserFactory(roles=[Role.REVIEWER], totp=True)
    reviewer_client = client.__class__()
    reviewer_client.force_login(reviewer)
    state = chapter.current_workflow_task_state
    response = reviewer_client.post(reverse(
        "wagtailadmin_pages:workflow_action", args=(chapter.pk, "approve", state.pk)),
        {"comment": "Relu."})
    assert response.status_code in (200, 302)
    chapter.refresh_from_db()
    state.refresh_from_db()
    assert state.status == state.STATUS_APPROVED and state.finished_by == reviewer
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


def test_under_clinical_review_an_editor_s_publish_becomes_a_submission(client, editor, site):
    """Wagtail shows "Publish" to whoever may publish, workflow or not: under the clinical
    review, the editor's publish is a submission, and the page goes live on approval only."""
    from accounts.roles import Role
    from guide.review import require_clinical_review
    from tests.factories import UserFactory

    guide = GuideIndexPage.objects.get()
    require_clinical_review(guide)
    client.force_login(editor)
    data = nested_form_data({
        "title": "Un chapitre à relire", "slug": "a-relire", "summary": "Résumé.",
        "reading_minutes": "3", "review_note": "",
        "body": streamfield([("text", rich_text("<p>Un texte soumis à la relecture.</p>"))]),
        "related_links": inline_formset([]),
    })
    data["action-publish"] = "action-publish"
    response = client.post(f"/admin/pages/add/guide/guidechapterpage/{guide.pk}/", data)
    assert response.status_code == 302, unescape(response.content.decode())[:3000]
    chapter = GuideChapterPage.objects.get(slug="a-relire")
    assert not chapter.live and chapter.workflow_in_progress
    assert chapter.get_latest_revision().content["title"] == "Un chapitre à relire"

    # While the review runs, the editor may only withdraw the submission.
    edit = unescape(client.get(f"/admin/pages/{chapter.pk}/edit/").content.decode())
    assert 'name="action-publish"' not in edit and 'name="action-cancel-workflow"' in edit
    other = GuideChapterPage.objects.live().exclude(pk=chapter.pk).first()
    edit = unescape(client.get(f"/admin/pages/{other.pk}/edit/").content.decode())
    assert 'name="action-publish"' not in edit and 'name="action-submit"' in edit

    reviewer = UserFactory(roles=[Role.REVIEWER], totp=True)
    chapter.current_workflow_task_state.approve(user=reviewer)
    chapter.refresh_from_db()
    assert chapter.live
    reviewer_client = client.__class__()
    reviewer_client.force_login(reviewer)
    edit = unescape(reviewer_client.get(f"/admin/pages/{chapter.pk}/edit/").content.decode())
    assert 'name="action-publish"' in edit
