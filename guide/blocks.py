"""StreamField blocks of a guide chapter. Keep block classes importable forever: old
migrations reference them."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from core.blocks import RICH_FEATURES


class AnchoredHeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("intertitre"))
    # An identifier, not prose: kept out of search and of the excerpts.
    anchor = blocks.CharBlock(
        label=_("ancre"), required=False, search_index=False,
        help_text=_("Identifiant pour les liens directs, par exemple « que-faire » ou "
                    "« qui-appeler ». Lettres minuscules et tirets."),
    )

    class Meta:
        icon = "title"
        label = _("Intertitre")
        template = "guide/blocks/heading.html"


class WarningSignsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre"), default=_("Signes à repérer"))
    items = blocks.ListBlock(blocks.CharBlock(label=_("signe")), label=_("signes observables"))

    class Meta:
        icon = "view"
        label = _("Signes à repérer")
        template = "guide/blocks/warning_signs.html"


class DoDontBlock(blocks.StructBlock):
    do = blocks.ListBlock(blocks.CharBlock(label=_("à faire")), label=_("À faire"))
    dont = blocks.ListBlock(blocks.CharBlock(label=_("à éviter")), label=_("À éviter"))

    class Meta:
        icon = "tasks"
        label = _("À faire / à éviter")
        template = "guide/blocks/do_dont.html"


class VignetteBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre"))
    text = blocks.RichTextBlock(label=_("situation"), features=RICH_FEATURES)
    takeaway = blocks.CharBlock(label=_("à retenir"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Cas pratique")
        template = "guide/blocks/vignette.html"


class UrgentBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre"))
    text = blocks.RichTextBlock(label=_("texte"), features=RICH_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Urgence")
        template = "guide/blocks/urgent.html"


class WhoToCallBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre"), default=_("Qui appeler ?"))
    contacts = blocks.ListBlock(SnippetChooserBlock("guide.Contact"), label=_("contacts"))

    class Meta:
        icon = "mobile-alt"
        label = _("Qui appeler")
        template = "guide/blocks/who_to_call.html"


class GuideImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"),
                              help_text=_("Le texte alternatif de l'image est obligatoire."))
    caption = blocks.CharBlock(label=_("légende"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "guide/blocks/image.html"


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("intitulé"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Document à télécharger")
        template = "guide/blocks/download.html"


class GlossaryLinkBlock(blocks.StructBlock):
    term = SnippetChooserBlock("guide.GlossaryTerm", label=_("terme"))

    class Meta:
        icon = "help"
        label = _("Définition du glossaire")
        template = "guide/blocks/glossary_link.html"


class GuideStreamBlock(blocks.StreamBlock):
    heading = AnchoredHeadingBlock()
    text = blocks.RichTextBlock(label=_("Texte"), features=RICH_FEATURES)
    warning_signs = WarningSignsBlock()
    do_dont = DoDontBlock()
    vignette = VignetteBlock()
    urgent = UrgentBlock()
    who_to_call = WhoToCallBlock()
    image = GuideImageBlock()
    download = DownloadBlock()
    glossary = GlossaryLinkBlock()
