from django_tasks import task


@task()
def refresh_guide_pdf(guide_id):
    """Render the whole-guide PDF of the published revision, so that visitors get it at once."""
    from .models import GuideIndexPage
    from .pdf import guide_pdf

    guide = GuideIndexPage.objects.live().filter(pk=guide_id).first()
    if guide is None:
        return 0
    return len(guide_pdf(guide))
