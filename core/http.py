"""What the project knows about the client behind a request."""

from allauth.core.internal.httpkit import get_client_ip
from django.core.exceptions import ImproperlyConfigured


def client_ip(request):
    """The client's address as the rate limits see it.

    Behind a reverse proxy every request comes from the proxy's address; the proxy appends
    the real one to X-Forwarded-For. `TRUSTED_PROXY_COUNT` (settings, from the environment)
    says how many proxies of ours stand in front: that many addresses are read from the end
    of the header, never more, so a client cannot choose its own address by sending the
    header. It is allauth's rule (ALLAUTH_TRUSTED_PROXY_COUNT): the login limits and ours
    read the same address.
    """
    try:
        address = get_client_ip(request)
    except ImproperlyConfigured:
        # Fewer addresses than proxies: the request did not come through them.
        address = None
    return address or request.META.get("REMOTE_ADDR") or "unknown"
