from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuideConfig(AppConfig):
    name = "guide"
    verbose_name = _("Guide")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published

        from core.cache import bump_content_version

        from .models import Contact, GlossaryTerm, GuideChapterPage, GuideIndexPage, Situation
        from .signals import on_guide_published

        for model in (GuideIndexPage, GuideChapterPage):
            page_published.connect(on_guide_published, sender=model,
                                   dispatch_uid=f"guide.pdf.{model.__name__}")
        # The directory and glossary appear on cached pages.
        for model in (Contact, GlossaryTerm, Situation):
            post_save.connect(bump_content_version, sender=model,
                              dispatch_uid=f"guide.cache.{model.__name__}.save")
            post_delete.connect(bump_content_version, sender=model,
                                dispatch_uid=f"guide.cache.{model.__name__}.delete")
