"""Cached Wagtail routing: find the page for a URL with one query instead of one per level.

Wagtail routes a request by looking up the site for the host, then walking the tree from the
site's root, one child query and one ``specific`` query per URL segment. For a chapter at
``/guide/<slug>/`` that is seven queries before the page is even served. This view remembers,
per host and path, which page the walk ended on and how many segments that page consumed;
the next request loads that page by id and lets it route the rest itself (a RoutablePage's
sub-routes, for example), so every Wagtail rule still applies to the final step.

A remembered route is only a shortcut, never trusted blindly: the page is reloaded from the
database and must still be live at the same URL path, otherwise the full walk runs again.
Routes are kept in each process, under keys that carry the site-wide content version, which
publishing, unpublishing, moving a page or saving a site bumps (see ``core.cache``).
"""

from django.apps import apps
from django.http import Http404
from django.http.request import split_domain_port
from wagtail import views as wagtail_views
from wagtail.models import Site

from .cache import content_version, versioned_cache

TIMEOUT = 60 * 60


def _route_key(request, path):
    hostname = split_domain_port(request._get_raw_host())[0]
    return f"route:{content_version()}:{hostname}:{request.get_port()}:{path}"


def _prime_from_cache(request, path, key):
    """Set the route Wagtail would compute, from a remembered route. True if done."""
    remembered = versioned_cache().get(key)
    if remembered is None:
        return False
    model_label, page_id, url_path, consumed = remembered
    model = apps.get_model(model_label)
    try:
        page = model.objects.get(pk=page_id, url_path=url_path, live=True)
    except model.DoesNotExist:
        return False
    components = [component for component in path.split("/") if component]
    try:
        route = page.route(request, components[consumed:])
    except Http404:
        route = None  # what Page.route_for_request records for a path that leads nowhere
    # Wagtail's own per-request memo, read by Page.route_for_request.
    request._wagtail_route_for_request = route
    return True


def _remember(request, key):
    route = getattr(request, "_wagtail_route_for_request", None)
    if route is None:
        return
    site = Site.find_for_request(request)  # found by the route: no query
    page = route[0]
    root_depth = len([part for part in site.root_page.url_path.split("/") if part])
    consumed = len([part for part in page.url_path.split("/") if part]) - root_depth
    versioned_cache().set(key, (page._meta.label, page.pk, page.url_path, consumed), TIMEOUT)


def serve(request, path):
    """Wagtail's page-serving view, with the route looked up in the cache first."""
    key = _route_key(request, path)
    primed = _prime_from_cache(request, path, key)
    response = wagtail_views.serve(request, path)
    if not primed:
        _remember(request, key)
    return response
