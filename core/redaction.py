"""Secrets that travel in URLs, kept out of the logs.

A calendar feed token, an invitation token, a password reset key, a check-in code or a
certificate code in a URL opens something to whoever reads it; access logs and Django's request
logs would otherwise keep them for as long as the logs live. `redact` masks those path segments
and the values of query strings (search terms name people); gunicorn's access log
(`config/gunicorn.py`) and Django's logging (`RedactSecretsFilter` in LOGGING) go through it.
"""

import logging
import re

MASK = "[redacted]"

_SECRET_SEGMENT = re.compile(
    r"""
    (?P<keep>/(?:
        calendrier(?=/[^/?\#\s"']+\.ics)      # /calendrier/<token>.ics
      | invitation                            # /invitation/<token>/
      | pointage                              # /sessions/<id>/pointage/<token>/
      | password/reset/key | confirm-email    # allauth: /compte/password/reset/key/<key>/
      | verifier | attestations(?:/export)?   # certificate codes, certificate export ids
    )/)
    (?!export/)
    [^/?\#\s"']+?(?=\.ics|[/?\#\s"']|$)
    """,
    re.VERBOSE,
)
_QUERY = re.compile(r"(?P<path>/[^\s?\"']*)\?(?P<query>[^\s\"'\#]+)")


def _mask_query(match):
    names = (parameter.split("=", 1)[0] + "=" + MASK if "=" in parameter else parameter
             for parameter in match.group("query").split("&"))
    return f"{match.group('path')}?{'&'.join(names)}"


def redact(text):
    """`text` (a URL, a request line, a log message) with its secret path segments and
    query-string values masked; the rest is left as it is."""
    if not text or "/" not in text:
        return text
    return _QUERY.sub(_mask_query, _SECRET_SEGMENT.sub(rf"\g<keep>{MASK}", text))


class RedactSecretsFilter(logging.Filter):
    """Mask secrets in a record's message and its arguments (the request line of runserver,
    the path of Django's "Not Found" warnings)."""

    def filter(self, record):
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {k: redact(v) if isinstance(v, str) else v
                           for k, v in record.args.items()}
        return True
