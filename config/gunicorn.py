"""gunicorn's settings for production: `gunicorn -c config/gunicorn.py config.wsgi:application`.

Options given on the command line or in GUNICORN_CMD_ARGS win over these. The access log goes
to stdout without the secrets that travel in URLs (`core.redaction`).
"""

import os

from gunicorn.glogging import Logger

from core.redaction import redact

bind = "127.0.0.1:8000"
workers = int(os.environ.get("WEB_CONCURRENCY", "5"))
timeout = 60
max_requests = 2000
max_requests_jitter = 200
accesslog = "-"

# The atoms of the access log that can carry a URL: the request line, the path, the referrer
# (the next request from a page names the page), as atoms, request headers or WSGI variables;
# and those that hold a query string alone.
URL_ATOMS = ("r", "U", "f", "{referer}i", "{raw_uri}e", "{path_info}e", "{http_referer}e",
             "{request_uri}e")
QUERY_ATOMS = ("q", "{query_string}e")


class RedactingLogger(Logger):
    """gunicorn's logger, with the URL atoms of the access log redacted."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for name in URL_ATOMS:
            if isinstance(atoms.get(name), str):
                atoms[name] = redact(atoms[name])
        for name in QUERY_ATOMS:
            if atoms.get(name):
                atoms[name] = redact("/?" + atoms[name]).removeprefix("/?")
        return atoms


logger_class = RedactingLogger
