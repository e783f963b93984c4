from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

RICH_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "document-link"]


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        template = "core/blocks/heading.html"
        label = _("Intertitre")


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre"))
    text = blocks.RichTextBlock(label=_("texte"), features=RICH_FEATURES)

    class Meta:
        icon = "warning"
        template = "core/blocks/callout.html"
        label = _("Encadré")


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    caption = blocks.CharBlock(label=_("légende"), required=False)

    class Meta:
        icon = "image"
        template = "core/blocks/captioned_image.html"
        label = _("Image")


class StandardStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    text = blocks.RichTextBlock(label=_("Texte"), features=RICH_FEATURES)
    callout = CalloutBlock()
    image = CaptionedImageBlock()


class AudienceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titre"))
    text = blocks.TextBlock(label=_("texte"))

    class Meta:
        icon = "user"
        label = _("Public")


class FigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("chiffre"), max_length=20)
    label = blocks.CharBlock(label=_("ce qu'il mesure"))

    class Meta:
        icon = "order"
        label = _("Chiffre clé")


class EmergencyNumberBlock(blocks.StructBlock):
    number = blocks.CharBlock(label=_("numéro"), max_length=20)
    label = blocks.CharBlock(label=_("service"))
    when = blocks.CharBlock(label=_("quand appeler"), required=False)

    class Meta:
        icon = "warning"
        label = _("Numéro d'urgence")


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("nom"))
    logo = ImageChooserBlock(label=_("logo"), required=False)
    url = blocks.URLBlock(label=_("site web"), required=False)

    class Meta:
        icon = "group"
        label = _("Partenaire")
