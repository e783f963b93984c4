from django.conf import settings
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.models import Site

from .cache import versioned


class LanguageCookieMiddleware:
    """French unless the person chose English with the language switch.

    Unlike Django's LocaleMiddleware, the browser's Accept-Language is ignored: Repères is a
    French service first, and a shared device set to English must not change it.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.available = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if language not in self.available:
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        patch = response.get("Vary", "")
        if "Cookie" not in patch:
            response["Vary"] = f"{patch}, Cookie" if patch else "Cookie"
        return response


class CachedSiteMiddleware:
    """Find the request's Wagtail site once per host and content version, not once per request.

    Wagtail looks the site up (one query) wherever a page URL, a site setting or the menu is
    needed, and keeps the answer in ``request._wagtail_site`` (see Site.find_for_request).
    Saving a site bumps the content version. Place it after AnonymousPageCacheMiddleware, so
    that cached pages skip it, and after CommonMiddleware, so that only allowed hosts reach it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hostname = split_domain_port(request._get_raw_host())[0]
        site = versioned(f"site:{hostname}:{request.get_port()}",
                         lambda: Site.find_for_request(request))
        if site is not None:
            request._wagtail_site = site
        return self.get_response(request)
