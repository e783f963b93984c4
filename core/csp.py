"""The Content Security Policy's nonce, for the few inline scripts that Wagtail's admin writes.

The policy (settings CONTENT_SECURITY_POLICY) allows scripts from our own origin and, through
django-csp's NONCE, the inline scripts that carry the request's nonce. The header names a
nonce only on the pages that used one: the public site has no inline script and keeps
`script-src 'self'`.

Wagtail renders some inline start-up scripts where no template context reaches: form widgets
(date pickers, rendered by the form renderer) and choosers (built in Python). This module
keeps the current request in a context variable so that they can read its nonce too.
"""

from contextvars import ContextVar

from django.utils.html import format_html
from django.utils.safestring import mark_safe

_current_request = ContextVar("reperes_csp_request", default=None)


class CSPNonceMiddleware:
    """Make the request's nonce readable while the response is built. After CSPMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current_request.set(request)
        try:
            return self.get_response(request)  # template responses are rendered in there
        finally:
            _current_request.reset(token)


def current_nonce():
    """The current request's nonce ("" outside a request handled by django-csp)."""
    request = _current_request.get()
    nonce = getattr(request, "csp_nonce", None)
    return str(nonce) if nonce is not None else ""


def nonce_attribute():
    """` nonce="…"` for a <script> tag, or nothing outside a request."""
    nonce = current_nonce()
    return format_html(' nonce="{}"', nonce) if nonce else ""


def nonce_chooser_widgets():
    """Wagtail's chooser widgets (page, snippet, image, document) end their HTML with
    `<script>new XChooser(id, options);</script>`, written in Python: give that script the
    nonce. Called once from CoreConfig.ready()."""
    from wagtail.admin.widgets.chooser import BaseChooser

    if getattr(BaseChooser.render, "reperes_nonce", False):
        return
    render = BaseChooser.render

    def render_with_nonce(self, *args, **kwargs):
        html = render(self, *args, **kwargs)
        widget, script, js = html.rpartition("<script>")
        if not script:
            return html
        return mark_safe(f"{widget}<script{nonce_attribute()}>{js}")  # noqa: S308 (Wagtail's own HTML)

    render_with_nonce.reperes_nonce = True
    BaseChooser.render = render_with_nonce
