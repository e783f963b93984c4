from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page
from wagtail.search import index

from .blocks import (
    AudienceBlock,
    EmergencyNumberBlock,
    FigureBlock,
    PartnerBlock,
    StandardStreamBlock,
)
from .cache import AnonymousCacheMixin


class CustomImage(AbstractImage):
    """Wagtail image whose alternative text is required."""

    description = models.CharField(
        _("texte alternatif"),
        max_length=255,
        help_text=_("Décrivez l'image pour une personne qui ne la voit pas. "
                    "Pour une image décorative, écrivez « décoratif »."),
    )
    admin_form_fields = (*Image.admin_form_fields,)

    @property
    def default_alt_text(self):
        return "" if self.description.strip().lower() in {"décoratif", "decoratif"} else self.description


class CustomRendition(AbstractRendition):
    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class HomePage(AnonymousCacheMixin, Page):
    hero_title = models.CharField(_("titre d'accroche"), max_length=120)
    hero_text = models.CharField(_("texte d'accroche"), max_length=300)
    intro = RichTextField(_("présentation"), features=["bold", "italic", "link"])
    audiences = StreamField([("audience", AudienceBlock())], verbose_name=_("pour qui"),
                            blank=True)
    offer = StreamField([("item", AudienceBlock())], verbose_name=_("ce que propose Repères"),
                         blank=True)
    figures_intro = models.CharField(_("introduction des chiffres"), max_length=300, blank=True)
    figures = StreamField([("figure", FigureBlock())], verbose_name=_("chiffres clés"),
                          blank=True)
    partners_intro = models.TextField(_("introduction des partenaires"), blank=True)
    emergency_note = RichTextField(_("rappel urgence"), features=["bold", "italic", "link"],
                                   blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_text")],
                        heading=_("Accroche")),
        FieldPanel("intro"),
        FieldPanel("audiences"),
        FieldPanel("offer"),
        MultiFieldPanel([FieldPanel("figures_intro"), FieldPanel("figures")],
                        heading=_("Chiffres clés")),
        FieldPanel("partners_intro"),
        FieldPanel("emergency_note"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("page d'accueil")


class StandardPage(AnonymousCacheMixin, Page):
    """A plain content page: about, legal notices, privacy, accessibility."""

    intro = models.TextField(_("chapeau"), blank=True)
    body = StreamField(StandardStreamBlock(), verbose_name=_("contenu"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    subpage_types = ["core.StandardPage"]

    class Meta:
        verbose_name = _("page standard")
        verbose_name_plural = _("pages standard")


@register_setting(icon="site")
class ProgrammeSettings(BaseSiteSetting):
    """Programme contacts, emergency numbers and partners, editable by the coordinator."""

    contact_email = models.EmailField(_("e-mail du programme"), blank=True)
    contact_phone = models.CharField(_("téléphone du programme"), max_length=30, blank=True)
    contact_hours = models.CharField(_("horaires"), max_length=200, blank=True)
    emergency_numbers = StreamField([("number", EmergencyNumberBlock())],
                                    verbose_name=_("numéros d'urgence"), blank=True)
    partners = StreamField([("partner", PartnerBlock())], verbose_name=_("partenaires"),
                           blank=True)

    panels = [
        MultiFieldPanel([FieldPanel("contact_email"), FieldPanel("contact_phone"),
                         FieldPanel("contact_hours")], heading=_("Contacts du programme")),
        FieldPanel("emergency_numbers"),
        FieldPanel("partners"),
    ]

    class Meta:
        verbose_name = _("réglages du programme")


@register_setting(icon="list-ul")
class NavigationSettings(BaseSiteSetting):
    """The footer's legal links; the header lists the home page's children shown in menus."""

    legal_notice_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("mentions légales"))
    privacy_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("confidentialité"))
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("accessibilité"))

    panels = [FieldPanel("legal_notice_page"), FieldPanel("privacy_page"),
              FieldPanel("accessibility_page")]
    select_related = ["legal_notice_page", "privacy_page", "accessibility_page"]

    class Meta:
        verbose_name = _("navigation")
