from django import template
from wagtail.models import Site

register = template.Library()


@register.simple_tag(takes_context=True)
def main_menu_pages(context):
    """Live children of the site's root page flagged "show in menus", as title/url/current."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    pages = site.root_page.get_children().live().in_menu().only(
        "id", "title", "url_path", "path", "depth", "slug"
    )
    items = []
    for page in pages:
        url = page.get_url(request)
        items.append({"title": page.title, "url": url,
                      "current": bool(url) and request.path.startswith(url)})
    return items
