from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.cache import AnonymousCacheMixin, content_version, versioned

from .blocks import GuideStreamBlock


class Situation(models.Model):
    """A kind of situation the directory can be filtered by (aggressiveness, neglect…)."""

    slug = models.SlugField(_("identifiant"), unique=True)
    label = models.CharField(_("libellé"), max_length=100)
    sort_order = models.PositiveSmallIntegerField(_("ordre"), default=0)

    class Meta:
        ordering = ["sort_order", "label"]
        verbose_name = _("situation")
        verbose_name_plural = _("situations")

    def __str__(self):
        return self.label


class Contact(index.Indexed, ClusterableModel):
    """An entry of the "who to call" directory."""

    class Category(models.TextChoices):
        EMERGENCY = "urgence", _("Urgences")
        LISTENING = "ecoute", _("Écoute et information")
        DEDICATED_TEAM = "equipe_dediee", _("Équipe dédiée bailleurs / psychiatrie")
        CMP = "cmp", _("Centres médico-psychologiques (CMP)")
        SOCIAL = "social", _("Services sociaux")
        LANDLORD = "bailleur", _("Au sein de votre organisme")

    name = models.CharField(_("nom"), max_length=200)
    slug = models.SlugField(_("identifiant"), max_length=100, unique=True)
    category = models.CharField(_("catégorie"), max_length=20, choices=Category.choices)
    arrondissement = models.PositiveSmallIntegerField(
        _("arrondissement"), null=True, blank=True,
        help_text=_("Laisser vide pour un contact national ou valable partout."),
    )
    situations = ParentalManyToManyField(Situation, verbose_name=_("situations"), blank=True,
                                         related_name="contacts")
    when_to_call = models.TextField(_("quand appeler"))
    hours = models.CharField(_("horaires"), max_length=200, blank=True)
    phone = models.CharField(_("téléphone"), max_length=40, blank=True)
    address = models.CharField(_("adresse"), max_length=300, blank=True)
    website = models.URLField(_("site web"), blank=True)
    is_example = models.BooleanField(
        _("exemple fictif"), default=False,
        help_text=_("Coordonnées d'exemple, à remplacer par les contacts réels du territoire."),
    )
    check_locally = models.BooleanField(
        _("à vérifier localement"), default=False,
        help_text=_("Service réel dont les coordonnées ou le périmètre changent d'un territoire "
                    "à l'autre : chaque organisme les vérifie avant de s'en servir."),
    )
    sort_order = models.PositiveSmallIntegerField(_("ordre"), default=0)

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("slug"), FieldPanel("category"),
                         FieldPanel("arrondissement")], heading=_("Contact")),
        FieldPanel("when_to_call"),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("hours"), FieldPanel("address"),
                         FieldPanel("website")], heading=_("Coordonnées")),
        FieldPanel("situations", widget=forms.CheckboxSelectMultiple),
        FieldPanel("is_example"),
        FieldPanel("check_locally"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"),
                     index.SearchField("when_to_call")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("contact")
        verbose_name_plural = _("annuaire des contacts")

    def __str__(self):
        return self.name

    @property
    def phone_uri(self):
        digits = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        return f"tel:{digits}" if digits else ""


class GlossaryTerm(index.Indexed, ClusterableModel):
    slug = models.SlugField(_("identifiant"), max_length=100, unique=True,
                            help_text=_("Sert d'ancre : /guide/glossaire/#identifiant"))
    term = models.CharField(_("terme"), max_length=150)
    definition = RichTextField(_("définition"), features=["bold", "italic", "link"])
    see_also = ParentalManyToManyField("self", symmetrical=False, blank=True,
                                       verbose_name=_("voir aussi"))

    panels = [FieldPanel("term"), FieldPanel("slug"), FieldPanel("definition"),
              FieldPanel("see_also")]
    search_fields = [index.SearchField("term", boost=3), index.AutocompleteField("term"),
                     index.SearchField("definition")]

    class Meta:
        ordering = ["term"]
        verbose_name = _("terme du glossaire")
        verbose_name_plural = _("glossaire")

    def __str__(self):
        return self.term


class GuideIndexPage(AnonymousCacheMixin, RoutablePageMixin, Page):
    """The guide's home: table of contents, and the guide's tools as sub-routes."""

    intro = RichTextField(_("introduction"), features=["bold", "italic", "link"])
    disclaimer = RichTextField(
        _("avertissement"), features=["bold", "italic", "link"], blank=True,
        help_text=_("Rappel affiché sur chaque chapitre (ce guide ne remplace pas un avis "
                    "médical…)."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("disclaimer")]
    subpage_types = ["guide.GuideChapterPage"]
    parent_page_types = ["core.HomePage"]
    max_count = 1

    class Meta:
        verbose_name = _("sommaire du guide")

    def chapters(self):
        return GuideChapterPage.objects.live().public().child_of(self).order_by("path")

    def toc_chapters(self):
        """The chapters without their bodies: what the table of contents shows."""
        return self.chapters().defer("body", "search_text")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chapters"] = self.toc_chapters()
        return context

    @path("recherche/", name="search")
    def search_view(self, request):
        from . import views

        return views.search_view(request, self)

    @path("glossaire/", name="glossary")
    def glossary_view(self, request):
        from . import views

        return views.glossary(request, self)

    @path("contacts/", name="directory")
    def directory_view(self, request):
        from . import views

        return views.directory(request, self)

    @path("signaux-faibles/", name="decision_aid")
    def decision_aid_view(self, request):
        from . import views

        return views.decision_aid(request, self)

    @path("pdf/", name="pdf")
    def pdf_view(self, request):
        from . import views

        return views.guide_pdf(request, self)


class GuideChapterPage(AnonymousCacheMixin, RoutablePageMixin, Page):
    summary = models.TextField(_("résumé"), max_length=400,
                               help_text=_("Une ou deux phrases, affichées dans le sommaire."))
    reading_minutes = models.PositiveSmallIntegerField(_("temps de lecture (minutes)"), default=5)
    body = StreamField(GuideStreamBlock(), verbose_name=_("contenu"))
    review_note = models.CharField(
        _("relecture clinique"), max_length=300, blank=True,
        help_text=_("Par exemple : « Contenu à valider par l'équipe clinique du programme. »"),
    )
    search_text = models.TextField(editable=False, blank=True,
                                   help_text="Plain text of the body, for search excerpts.")

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("reading_minutes"),
        FieldPanel("body"),
        InlinePanel("related_links", label=_("Chapitre lié"), heading=_("Chapitres liés")),
        FieldPanel("review_note"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("search_text"),
        index.FilterField("live"),
    ]
    parent_page_types = ["guide.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("chapitre du guide")
        verbose_name_plural = _("chapitres du guide")

    def save(self, *args, **kwargs):
        self.search_text = self.body_as_text()
        super().save(*args, **kwargs)

    def body_as_text(self):
        """The body's words, one block per paragraph, for search and excerpts."""
        parts = []
        for block in self.body:
            for chunk in block.block.get_searchable_content(block.value):
                text = " ".join(strip_tags(str(chunk)).split())
                if text:
                    parts.append(text)
        return "\n".join(parts)

    @cached_property
    def clinically_reviewed_on(self):
        """When the clinical reviewers last approved this page (see guide.review)."""
        from guide.review import reviewed_on

        return reviewed_on(self)

    @cached_property
    def guide(self):
        """The parent guide, which every chapter shows (kept until the next publish)."""
        parent_path = self.path[:-self.steplen]
        return versioned(f"guide-index:{parent_path}",
                         GuideIndexPage.objects.filter(path=parent_path).first)

    def related_chapters(self):
        ids = [link.chapter_id for link in self.related_links.all()]
        pages = {p.pk: p for p in GuideChapterPage.objects.live().filter(pk__in=ids)}
        return [pages[i] for i in ids if i in pages]

    def sections(self):
        """The anchored headings, for the in-page table of contents.

        Read from the raw data so that the blocks (and the snippets they reference) are only
        loaded when the body itself is rendered, which the template caches.
        """
        return [block["value"] for block in self.body.raw_data
                if block["type"] == "heading" and block["value"].get("anchor")]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guide"] = self.guide
        context["related"] = self.related_chapters  # evaluated inside the cached fragment
        context["content_version"] = content_version()
        return context

    @path("pdf/", name="pdf")
    def pdf_view(self, request):
        from . import views

        return views.chapter_pdf(request, self)


class RelatedChapter(Orderable):
    page = ParentalKey(GuideChapterPage, on_delete=models.CASCADE, related_name="related_links")
    chapter = models.ForeignKey(GuideChapterPage, on_delete=models.CASCADE, related_name="+",
                                verbose_name=_("chapitre"))

    panels = [FieldPanel("chapter")]

    def clean(self):
        if self.chapter_id and self.chapter_id == self.page_id:
            raise ValidationError({"chapter": _("Un chapitre ne peut pas renvoyer à lui-même.")})
