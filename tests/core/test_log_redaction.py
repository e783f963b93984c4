"""Tokens that travel in URLs stay out of the logs: gunicorn's access log, runserver's request
lines, Django's "Not Found" warnings (#12, low)."""

import io
import logging
from datetime import timedelta
from types import SimpleNamespace

import pytest

from core.redaction import MASK, RedactSecretsFilter, redact

SECRET_URLS = [
    ("/calendrier/FEEDTOKEN123.ics", "FEEDTOKEN123", "/calendrier/"),
    ("/invitation/INVITETOKEN-abc_9/", "INVITETOKEN-abc_9", "/invitation/"),
    ("/compte/password/reset/key/7-d1x2y3-0123456789abcdef/", "0123456789abcdef",
     "/compte/password/reset/key/"),
    ("/compte/confirm-email/CONFIRMKEY/", "CONFIRMKEY", "/compte/confirm-email/"),
    ("/sessions/12/pointage/CHECKINCODE/", "CHECKINCODE", "/sessions/12/pointage/"),
    ("/attestations/CERTCODE234/pdf/", "CERTCODE234", "/pdf/"),
    ("/formateur/sessions/3/attestations/CERTCODE234/reemettre/", "CERTCODE234", "/reemettre/"),
    ("/verifier/CERTCODE234/", "CERTCODE234", "/verifier/"),
    ("/espace-rh/attestations/export/4242/zip/", "4242", "/espace-rh/attestations/export/"),
    ("/verifier/?code=CERTCODE234", "CERTCODE234", "/verifier/?code="),
    ("/espace-rh/?q=Garnier&page=2", "Garnier", "/espace-rh/?q="),
    ("https://reperes.example.org/invitation/INVITETOKEN/?next=/compte/", "INVITETOKEN",
     "https://reperes.example.org/invitation/"),
]


@pytest.mark.parametrize("url, secret, kept", SECRET_URLS)
def test_redact_masks_secret_segments_and_query_values(url, secret, kept):
    line = f'"GET {url} HTTP/1.1" 200 512'
    redacted = redact(line)
    assert secret not in redacted and MASK in redacted
    assert kept in redacted and redacted.endswith(' HTTP/1.1" 200 512')


@pytest.mark.parametrize("url", [
    "/mes-sessions/calendrier/renouveler/", "/espace-rh/attestations/", "/verifier/",
    "/formateur/sessions/3/attestations/", "/espace-rh/attestations/export/", "/sessions/12/",
    "/mes-attestations/",
])
def test_redact_leaves_other_urls_alone(url):
    assert redact(f"GET {url} HTTP/1.1") == f"GET {url} HTTP/1.1"
    assert redact("SELECT 1 WHERE id = ?") == "SELECT 1 WHERE id = ?"


def redacting_handlers(logger_name):
    handlers = logging.getLogger(logger_name).handlers
    return [h for h in handlers if any(isinstance(f, RedactSecretsFilter) for f in h.filters)]


@pytest.fixture
def captured_logs():
    """What Django's configured console handlers (root and runserver's) write."""
    stream = io.StringIO()
    handlers = redacting_handlers("") + redacting_handlers("django.server")
    assert len(handlers) == 2
    previous = [handler.setStream(stream) for handler in handlers]
    yield stream
    for handler, old in zip(handlers, previous, strict=True):
        handler.setStream(old)


def test_not_found_warning_does_not_print_the_token(client, site, captured_logs):
    assert client.get("/calendrier/FEEDTOKEN123.ics").status_code == 404
    assert client.get("/invitation/INVITETOKEN123/?next=/x").status_code == 404
    output = captured_logs.getvalue()
    assert "Not Found: /calendrier/[redacted].ics" in output
    assert "Not Found: /invitation/[redacted]/" in output
    assert "FEEDTOKEN123" not in output and "INVITETOKEN123" not in output


def test_runserver_request_line_does_not_print_the_token(captured_logs):
    logging.getLogger("django.server").info(
        '"%s" %s %s', "GET /compte/password/reset/key/7-abc-SECRETKEY/ HTTP/1.1", "200", "15",
        extra={"status_code": 200})
    output = captured_logs.getvalue()
    assert "/compte/password/reset/key/[redacted]/" in output and "SECRETKEY" not in output


def test_gunicorn_access_log_does_not_print_tokens():
    from gunicorn.config import Config

    from config.gunicorn import RedactingLogger

    cfg = Config()
    cfg.set("accesslog", "-")
    logger = RedactingLogger(cfg)
    environ = {
        "REQUEST_METHOD": "GET", "RAW_URI": "/invitation/INVITETOKEN/?next=/calendrier/F.ics",
        "PATH_INFO": "/invitation/INVITETOKEN/", "QUERY_STRING": "next=/calendrier/FEED.ics",
        "SERVER_PROTOCOL": "HTTP/1.1", "REMOTE_ADDR": "127.0.0.1",
        "HTTP_REFERER": "https://reperes.example.org/compte/password/reset/key/7-a-RESETKEY/",
    }
    request = SimpleNamespace(headers=[("REFERER", environ["HTTP_REFERER"])])
    response = SimpleNamespace(status="200 OK", headers=[], sent=10)
    atoms = logger.atoms_wrapper_class(logger.atoms(response, request, environ,
                                                    timedelta(seconds=1)))
    line = (cfg.access_log_format + " %(U)s %(q)s %({referer}i)s %({raw_uri}e)s "
            "%({query_string}e)s %({http_referer}e)s") % atoms
    assert "INVITETOKEN" not in line and "RESETKEY" not in line and "FEED" not in line
    assert '"GET /invitation/[redacted]/?next=[redacted] HTTP/1.1"' in line
