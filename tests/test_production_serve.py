"""The production settings really serve the site with gunicorn, PostgreSQL and Redis."""

import html
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import dj_database_url
import pytest

BASE = Path(__file__).resolve().parent.parent
SMOKE_DB = "reperes_production_smoke"

pytestmark = pytest.mark.postgres


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _admin_connection():
    import psycopg

    config = dj_database_url.parse(
        os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres"))
    return psycopg.connect(host=config["HOST"] or "127.0.0.1", port=config["PORT"] or 5432,
                           user=config["USER"] or "postgres", password=config["PASSWORD"] or None,
                           dbname="postgres", autocommit=True), config


@pytest.fixture
def production_env(tmp_path, request):
    demo = getattr(request, "param", True)
    connection, config = _admin_connection()
    with connection:
        connection.execute(f"DROP DATABASE IF EXISTS {SMOKE_DB}")
        connection.execute(f"CREATE DATABASE {SMOKE_DB}")
    user = config["USER"] or "postgres"
    auth = f"{user}:{config['PASSWORD']}" if config["PASSWORD"] else user
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "DJANGO"))}
    env.update({
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "production-smoke-test-secret-key-" + "k" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"postgres://{auth}@{config['HOST'] or '127.0.0.1'}:{config['PORT'] or 5432}/{SMOKE_DB}",
        "REDIS_URL": os.environ.get("REDIS_URL_FOR_TESTS", "redis://127.0.0.1:6379/15"),
        "STATIC_ROOT": str(tmp_path / "static"),
        "MEDIA_ROOT": str(tmp_path / "media"),
        "TRUSTED_PROXY_COUNT": "1",
    })
    if demo:
        env["ALLOW_DEMO_CONTENT"] = "1"
    yield env
    connection, _ = _admin_connection()
    with connection:
        connection.execute(f"DROP DATABASE IF EXISTS {SMOKE_DB} WITH (FORCE)")


def _manage(env, *args):
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=BASE, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def _get(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), dict(error.headers)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_production_settings_serve_a_page_with_gunicorn_postgresql_and_redis(production_env):
    _manage(production_env, "migrate", "--noinput")
    _manage(production_env, "load_demo_content", "--quiet")
    hero_title = _manage(production_env, "shell", "-c", "from core.models import HomePage; "
                         "print(HomePage.objects.get().hero_title)").strip().splitlines()[-1]
    _manage(production_env, "collectstatic", "--noinput")
    cache_check = _manage(production_env, "shell", "-c",
                          "from django.core.cache import caches; cache = caches['default']; cache.set('smoke', 42); "
                          "print(type(cache).__name__, cache.get('smoke'))")
    assert "RedisCache 42" in cache_check

    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind",
         f"127.0.0.1:{port}", "--workers", "2", "--timeout", "30"],
        cwd=BASE, env=production_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                status, body, _ = _get(f"{base}/health/")
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.3)
        assert status == 200 and '"ok"' in body

        # Plain HTTP is redirected to HTTPS...
        status, _, headers = _get(f"{base}/")
        assert status == 301 and headers["Location"].startswith("https://")
        # ...and behind the TLS proxy the home page is served, hardened.
        status, body, headers = _get(f"{base}/", {"X-Forwarded-Proto": "https"})
        assert status == 200
        assert hero_title in html.unescape(body)  # content/'s home page, whatever its wording
        assert "max-age=31536000" in headers["Strict-Transport-Security"]
        assert "default-src 'self'" in headers["Content-Security-Policy"]
        css = body.split('href="/static/css/')[1].split('"')[0]
        assert css != "reperes.css"  # hashed by the manifest storage
        status, _, headers = _get(f"{base}/static/css/{css}", {"X-Forwarded-Proto": "https"})
        assert status == 200 and "max-age" in headers.get("Cache-Control", "")

        # Behind the proxy (TRUSTED_PROXY_COUNT=1), limits count each client, not the proxy.
        def verify(client):
            return _get(f"{base}/verifier/CODEINCONNU/",
                        {"X-Forwarded-Proto": "https", "X-Forwarded-For": client})[0]

        busy = [verify("203.0.113.9") for _ in range(21)]
        assert busy[:20] == [404] * 20 and busy[20] == 429
        assert verify("198.51.100.7") == 404
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize("production_env", [False], indirect=True)
def test_production_settings_refuse_the_demo_accounts(production_env):
    _manage(production_env, "migrate", "--noinput")
    result = subprocess.run([sys.executable, "manage.py", "load_demo_content"], cwd=BASE,
                            env=production_env, capture_output=True, text=True, timeout=300)
    assert result.returncode != 0
    assert "ALLOW_DEMO_CONTENT" in result.stderr
    users = _manage(production_env, "shell", "-c",
                    "from accounts.models import User; print(User.objects.count())")
    assert users.strip().splitlines()[-1] == "0"
