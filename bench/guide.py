"""Guide speed: chapter pages served by gunicorn (2 workers), cached and uncached, against a
bare Django view on the same server, and the whole-guide PDF.

    .venv/bin/python bench/guide.py

Targets (DESIGN/issue): cached chapter >= half the bare view's rate; uncached chapter >= 150
requests/s; whole-guide PDF < 5 s. Exits non-zero only if it could not measure.

The site runs with production behaviour on a throw-away SQLite database, with the Redis cache
as in production when one answers on 127.0.0.1:6379 (database 14, flushed; BENCH_REDIS_URL
to change it), else with the local-memory cache.
"""

import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE))

from bench._load import client_name, report, requests_per_second, run  # noqa: E402

CHAPTER = "/guide/reperer-signaux-faibles/"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=BASE, env=env, check=True,
                   stdout=subprocess.DEVNULL)


def wait_for(url, seconds=30):
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (loopback)
                return response.status
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def measure_pdf(env):
    os.environ.update(env)
    import django

    django.setup()
    from django.utils import translation

    from core.pdf import render_pdf
    from guide.models import GuideIndexPage
    from guide.pdf import pdf_context

    translation.activate("fr")
    guide = GuideIndexPage.objects.get()
    chapters = list(guide.chapters())
    context = pdf_context(guide, chapters, whole_guide=True)
    render_pdf("guide/pdf/guide.html", context)  # warm: fonts, stylesheets
    times = []
    for _ in range(3):
        started = time.perf_counter()
        data = render_pdf("guide/pdf/guide.html", context)
        times.append(time.perf_counter() - started)
    return statistics.median(times), len(data)


def bench_redis_url():
    """Redis as in production when this machine runs one (a database of its own, flushed)."""
    url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
    try:
        import redis

        client = redis.Redis.from_url(url, socket_connect_timeout=1)
        client.flushdb()
    except Exception:  # noqa: BLE001 (no Redis here: measure with the local-memory cache)
        return ""
    return url


def main():
    workdir = Path(tempfile.mkdtemp(prefix="reperes-bench-"))
    redis_url = bench_redis_url()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings",
           "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
           "MEDIA_ROOT": str(workdir / "media"), "REDIS_URL": redis_url,
           # Persistent connections, as docs/deployment.md recommends for production.
           "DATABASE_CONN_MAX_AGE": "60"}
    print("Preparing a database with the demo content…", flush=True)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "load_demo_content", "--quiet")

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind",
         f"127.0.0.1:{port}", "--workers", "2", "--log-level", "warning"],
        cwd=BASE, env=env)
    try:
        wait_for(f"http://127.0.0.1:{port}/health/")
        for path in ("/bench/bare/", CHAPTER, CHAPTER + "?nocache=1"):
            for _ in range(20):  # warm both workers and their caches
                wait_for(f"http://127.0.0.1:{port}{path}")
        bare = requests_per_second("127.0.0.1", port, "/bench/bare/")
        cached = requests_per_second("127.0.0.1", port, CHAPTER)
        # A query string bypasses the anonymous page cache: every request renders the page.
        uncached = requests_per_second("127.0.0.1", port, CHAPTER + "?nocache=1")
    finally:
        server.terminate()
        server.wait(timeout=10)

    pdf_seconds, pdf_bytes = measure_pdf(env)
    cache_name = "Redis" if redis_url else "local memory (no Redis reachable)"
    print(f"floor: bare Django view {bare:.0f} requests/s (gunicorn, 2 workers, "
          f"cache {cache_name}, client {client_name()})")
    print(f"whole-guide PDF: {pdf_bytes // 1024} KiB")
    report("chapter_cached", cached, "requests/s", ">=", round(bare / 2))
    report("chapter_uncached", uncached, "requests/s", ">=", 150)
    report("guide_pdf", pdf_seconds, "s", "<=", 5)


if __name__ == "__main__":
    run(main)
