from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Site")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import PageViewRestriction, Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .cache import bump_content_version, bump_for_saved_page
        from .csp import nonce_chooser_widgets
        from .models import NavigationSettings, ProgrammeSettings
        from .spreadsheets import neutralise_wagtail_csv_exports

        neutralise_wagtail_csv_exports()

        nonce_chooser_widgets()
        page_published.connect(bump_content_version, dispatch_uid="core.cache.published")
        page_unpublished.connect(bump_content_version, dispatch_uid="core.cache.unpublished")
        # Any page row written: what lists pages (menus, catalogues) may change too.
        post_save.connect(bump_for_saved_page, dispatch_uid="core.cache.page.save")
        post_delete.connect(bump_for_saved_page, dispatch_uid="core.cache.page.delete")
        # Moving a page or changing a site changes which page a URL leads to (core.routing).
        post_page_move.connect(bump_content_version, dispatch_uid="core.cache.moved")
        # Making a page private must also take it out of the anonymous page cache.
        for model in (Site, PageViewRestriction):
            post_save.connect(bump_content_version, sender=model,
                              dispatch_uid=f"core.cache.{model.__name__}.save")
            post_delete.connect(bump_content_version, sender=model,
                                dispatch_uid=f"core.cache.{model.__name__}.delete")
        for model in (ProgrammeSettings, NavigationSettings):
            post_save.connect(bump_content_version, sender=model,
                              dispatch_uid=f"core.cache.{model.__name__}.save")
