"""Absolute addresses, by one rule: the site's public address (`BASE_URL`, kept in
WAGTAILADMIN_BASE_URL as Wagtail's emails need it) followed by the path.

Emails, calendars, QR codes and PDFs are built by requests and by the task worker alike;
the worker has no request, and a request's Host header is whatever the client sent. Reading
the address from the settings gives the same link from both, behind any proxy.
"""

from django.conf import settings


def absolute_url(path="/"):
    """`path` (starting with "/") on the site's public address."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
