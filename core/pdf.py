"""WeasyPrint rendering shared by the apps: local files only, one warm process.

Images, fonts and stylesheets are read from disk (static files and media) instead of being
fetched over HTTP; `data:` URLs are decoded; any other URL is refused, so a PDF never waits
on the network.
"""

import base64
import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlparse

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import default_storage
from django.http import HttpResponse
from django.template.loader import render_to_string
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher, URLFetcherResponse


def read_local(url):
    """The bytes behind a static, media or data URL, or None."""
    parsed = urlparse(url)
    if parsed.scheme == "data":
        header, _, payload = url.partition(",")
        return base64.b64decode(payload) if header.endswith(";base64") else unquote(payload).encode()
    path = unquote(parsed.path)
    if path.startswith(settings.STATIC_URL):
        found = finders.find(path[len(settings.STATIC_URL):])
        return Path(found).read_bytes() if found else None
    if path.startswith(settings.MEDIA_URL):
        name = path[len(settings.MEDIA_URL):]
        if default_storage.exists(name):
            with default_storage.open(name, "rb") as handle:
                return handle.read()
    return None


class LocalURLFetcher(URLFetcher):
    def fetch(self, url, headers=None):
        data = read_local(url)
        if data is None:
            raise ValueError(f"Not a local file: {url}")
        content_type = mimetypes.guess_type(urlparse(url).path)[0] or "application/octet-stream"
        return URLFetcherResponse(url, data, {"Content-Type": content_type})


class _Renderer:
    """One per process: the fetcher, the fonts and the parsed stylesheets are reused, so that
    renders stay fast and memory stays flat."""

    def __init__(self):
        self.fetcher = LocalURLFetcher()
        self.fonts = FontConfiguration()
        self.stylesheets = {}

    def stylesheet(self, static_path):
        if static_path not in self.stylesheets:
            found = finders.find(static_path)
            self.stylesheets[static_path] = CSS(filename=found, font_config=self.fonts,
                                                url_fetcher=self.fetcher)
        return self.stylesheets[static_path]

    def render(self, html, base_url, stylesheets):
        document = HTML(string=html, base_url=base_url, url_fetcher=self.fetcher)
        return document.write_pdf(stylesheets=[self.stylesheet(s) for s in stylesheets],
                                  font_config=self.fonts)


_renderer = None


def pdf_response(data, filename, *, attachment=False):
    """A PDF to open in the browser, or to download when `attachment`."""
    response = HttpResponse(data, content_type="application/pdf")
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


def render_pdf(template_name, context, *, base_url="http://localhost/", stylesheets=()):
    """Render a template to PDF bytes; `stylesheets` are static paths, parsed once."""
    global _renderer
    if _renderer is None:
        _renderer = _Renderer()
    return _renderer.render(render_to_string(template_name, context), base_url, stylesheets)
