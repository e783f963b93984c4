"""What the service worker reads from every page it loads online, and the logout's clean-up.

- `X-Reperes-Content-Version`: the content version the page was built with. When it is not
  the version of the offline copy, the service worker fetches the new copy (a publish reached
  the phone on its next online visit, without the person doing anything).
- `X-Reperes-User`: an opaque key of the person logged in (none for a visitor). The modules
  downloaded for offline use are stored under it; a page loaded online for someone else, or
  for nobody, makes the service worker delete the others' modules: on a shared phone nobody
  opens another person's module.
- Logging out answers `Clear-Site-Data: "cache", "storage"`: the browser empties the caches,
  the stored modules and the answers waiting, and unregisters the service worker (the public
  copy comes back on the next page). The page sends the answers waiting before logging out.
"""

from django.conf import settings
from django.utils.crypto import salted_hmac

from core.cache import content_version

USER_HEADER = "X-Reperes-User"
VERSION_HEADER = "X-Reperes-Content-Version"


def user_key(user):
    """The opaque key of a person on the phone (not their id; the same in every process)."""
    return salted_hmac("reperes.offline.user", str(user.pk)).hexdigest()[:32]


def mark_logged_out(sender, request, user, **kwargs):
    if request is not None:
        request.reperes_logged_out = True


class OfflineHeadersMiddleware:
    """After AuthenticationMiddleware. Inside the anonymous page cache, so that a cached page
    keeps the version it was built with."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "reperes_logged_out", False):
            response["Clear-Site-Data"] = '"cache", "storage"'
            return response
        if response.get("Content-Type", "").startswith("text/html"):
            response[VERSION_HEADER] = str(content_version())
            # A visitor without a session is not looked up (no session read, no Vary: Cookie).
            user = getattr(request, "user", None) \
                if settings.SESSION_COOKIE_NAME in request.COOKIES else None
            if user is not None and user.is_authenticated:
                response[USER_HEADER] = user_key(user)
        return response
