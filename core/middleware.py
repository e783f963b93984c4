from django.conf import settings
from django.core.exceptions import SuspiciousOperation
from django.http import Http404
from django.http.multipartparser import MultiPartParserError
from django.http.request import split_domain_port
from django.utils import translation
from django.utils.cache import add_never_cache_headers
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


class NullCharacterInRequest(SuspiciousOperation):
    """A NUL character where only text belongs (PostgreSQL refuses it in any text)."""


class RejectNullCharactersMiddleware:
    """Answer 400 to a request carrying a NUL character in its path, its query string or a
    form field, before any view reads it.

    Text with a NUL cannot be stored or even compared in PostgreSQL: without this guard each
    view that passes a parameter to a query (filters, searches, tokens in URLs) would answer
    500. Uploaded files may hold NUL bytes (a spreadsheet does): they are left to the views
    (Django's parser already drops a NUL from a file's name). Place it after
    AuthenticationMiddleware, so that the 400 page renders as usual.
    """

    FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._carries_nul(request):
            raise NullCharacterInRequest("NUL character in the request")
        return self.get_response(request)

    def _carries_nul(self, request):
        if "\x00" in request.path_info:
            return True
        if any("\x00" in text for key, values in request.GET.lists() for text in [key, *values]):
            return True
        if request.method == "POST" and request.content_type in self.FORM_TYPES:
            try:
                fields = request.POST.lists()
            except (MultiPartParserError, UnicodeDecodeError):
                return False  # the view's form reports the malformed body
            return any("\x00" in text for key, values in fields for text in [key, *values])
        return False


class OutOfRangeIdMiddleware:
    """Answer 404 to a path whose segment is a number no database id can be (above 2**63 − 1),
    before a view passes it to a query: SQLite raises OverflowError on it (a 500), and no
    object has that id anyway."""

    MAX_ID = 2**63 - 1

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any(len(part) > 18 and part.isdigit() and int(part) > self.MAX_ID
               for part in request.path_info.split("/")):
            raise Http404("No object has this id.")
        return self.get_response(request)


class PrivateResponsesMiddleware:
    """Nothing about a person is kept by a browser, a shared phone's history or a proxy.

    Every response to a logged-in person, and every response under the paths that carry a
    person's data or a secret in the URL (REPERES_PRIVATE_PATH_PREFIXES: HR and trainer
    spaces, certificates, calendar feeds, invitations), gets `Cache-Control: no-store`.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.prefixes = tuple(settings.REPERES_PRIVATE_PATH_PREFIXES)

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if request.path.startswith(self.prefixes) or (user and user.is_authenticated):
            add_never_cache_headers(response)
        return response
