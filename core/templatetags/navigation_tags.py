from django import template
from wagtail.models import Site

from core.cache import versioned

register = template.Library()


@register.simple_tag(takes_context=True)
def main_menu_pages(context):
    """Live children of the site's root page flagged "show in menus", as title/url/current."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []

    def menu_entries():
        pages = site.root_page.get_children().live().in_menu().only(
            "id", "title", "url_path", "path", "depth", "slug"
        )
        return [(page.title, page.get_url(request)) for page in pages]

    entries = versioned(f"menu:{site.pk}", menu_entries)
    return [{"title": title, "url": url, "current": bool(url) and request.path.startswith(url)}
            for title, url in entries]
