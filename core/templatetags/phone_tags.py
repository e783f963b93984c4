from django import template

from core.phones import link_phone_numbers

register = template.Library()


@register.filter(is_safe=True)
def tel_links(value):
    """The emergency numbers of a text (or of safe HTML) as tel: links: "appelez le 15"."""
    return link_phone_numbers(value)
