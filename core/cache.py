"""Whole-page cache for anonymous visitors.

Anonymous pages (no session, no query string, GET) are stored in the cache under a key that
includes a site-wide content version. Saving, publishing, unpublishing or moving a page,
changing its privacy, or saving a site, a setting or a snippet that pages display, bumps the
version: every cached page is then rebuilt on its next visit, so nobody ever sees stale content
after a publish. The same version keys smaller pieces that pages need on every request (``versioned``).
The version is read once per request and remembered for the rest of it.
"""

import time
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.utils import translation

VERSION_KEY = "reperes:content-version"
TIMEOUT = 60 * 60


# The version read when the current request started (set by AnonymousPageCacheMiddleware).
_request_version = ContextVar("reperes_content_version", default=None)


def _read_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        # Started from the clock, not from 1: after the shared cache is flushed, no version
        # number seen before comes back, so nothing kept under an old version is ever reused.
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def content_version():
    version = _request_version.get()
    return _read_version() if version is None else version


def _bump():
    try:
        version = cache.incr(VERSION_KEY)
    except ValueError:
        version = time.time_ns()
        cache.set(VERSION_KEY, version, timeout=None)
    if _request_version.get() is not None:
        _request_version.set(version)  # what this request renders next uses the new content


def bump_content_version(*args, **kwargs):
    _bump()
    # Another process may rebuild a cached value between this bump and the commit, from rows
    # that do not show the change yet: bump again once the change is committed.
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_bump)


def bump_for_saved_page(sender, instance, **kwargs):
    """A page row written outside a publish (a draft saved, a live page added in code)."""
    from wagtail.models import Page

    if isinstance(instance, Page):
        bump_content_version()


def versioned_cache():
    """The process-local cache for values keyed by the content version (see settings)."""
    return caches["versioned"]


def versioned(name, compute, timeout=TIMEOUT):
    """The value of ``compute()``, kept in this process until the content version changes."""
    key = f"{name}:{content_version()}"
    local = versioned_cache()
    value = local.get(key)
    if value is None:
        value = compute()
        local.set(key, value, timeout)
    return value


def anonymous_cache_key(request):
    """The cache key of this request, or None when it must not be served from the cache.

    Only anonymous GET requests without a query string qualify. Anonymity is read from the
    cookies (no session, no pending messages) so that a cache hit costs no database query.
    The host is checked against ALLOWED_HOSTS first (DisallowedHost: 400, as without the
    cache) and is part of the key, as each host may be another Wagtail site.
    """
    if request.method not in ("GET", "HEAD") or request.GET or "\x00" in request.path:
        return None
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return None
    host = request.get_host()
    language = translation.get_language()
    return f"reperes:page:{content_version()}:{language}:{host}:{request.path}"


class AnonymousPageCacheMiddleware:
    """Serve cached pages before any routing; store the responses that pages marked cacheable.

    Place it right after the middleware that activates the language.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_version.set(_read_version())
        try:
            return self._serve(request)
        finally:
            _request_version.reset(token)

    def _serve(self, request):
        key = anonymous_cache_key(request)
        if key:
            cached = cache.get(key)
            if cached is not None:
                cached["X-Reperes-Cache"] = "hit"
                return cached
        response = self.get_response(request)
        if (key and getattr(response, "anonymous_cacheable", False)
                and response.status_code == 200 and not response.cookies):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            response["X-Reperes-Cache"] = "miss"
            cache.set(key, response, TIMEOUT)
        return response


class AnonymousCacheMixin:
    """For Page models: let AnonymousPageCacheMiddleware keep this page for anonymous visitors.

    Also spares the two view-restriction queries Wagtail runs on every page served, as long as
    no page of the site is private (a restriction saved or deleted bumps the content version).
    """

    def get_view_restrictions(self):
        from wagtail.models import PageViewRestriction

        if not versioned("any-page-private", PageViewRestriction.objects.exists):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if not request.user.is_authenticated:
            response.anonymous_cacheable = True
        return response
