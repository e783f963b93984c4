"""Size of the offline copy: what the service worker precaches for the public part (the guide's
pages, its tools, the offline page, the decision rules and the static files they load), built
from the programme's real content.

    .venv/bin/python bench/offline.py

Target (issue 18): under 3 MB (3072 KB). The size is what Cache Storage keeps: the bodies as
served, uncompressed (the transfer, gzipped, is smaller; printed too). Runs on a throw-away
SQLite database with the demo content (`load_demo_content`, as bench/guide.py). Ends with
`precache_size: VALUE KB (target < 3072 KB) OK|MISS`; exits non-zero only if it could not
measure.
"""

import gzip
import os
import subprocess
import sys
import tempfile
from pathlib import Path

BASE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE))
TARGET_KB = 3072


def manage(env, *args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=BASE, env=env, check=True,
                   stdout=subprocess.DEVNULL)


def measure(env):
    os.environ.update(env)
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.staticfiles import finders
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")  # no cookie: as the service worker asks
    response = client.get("/hors-ligne/contenu.json")
    assert response.status_code == 200, response.status_code
    bundle = response.json()
    rows = []
    for url in [*bundle["pages"], *bundle["data"]]:
        page = client.get(url)
        assert page.status_code == 200, (url, page.status_code)
        rows.append((url, page.content))
    for url in bundle["assets"]:
        path = finders.find(url.removeprefix(settings.STATIC_URL))
        assert path, url
        rows.append((url, Path(path).read_bytes()))
    rows.append(("/hors-ligne/contenu.json", response.content))
    return rows


def main():
    workdir = Path(tempfile.mkdtemp(prefix="reperes-bench-offline-"))
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings",
           "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
           "MEDIA_ROOT": str(workdir / "media")}
    try:
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "load_demo_content", "--quiet")
        rows = measure(env)
    except Exception as error:  # noqa: BLE001 (say why, exit non-zero)
        print(f"precache_size: could not measure ({error!r})")
        return 1
    total = sum(len(body) for _url, body in rows)
    compressed = sum(len(gzip.compress(body)) for _url, body in rows)
    pages = [row for row in rows if not row[0].startswith("/static/")]
    for url, body in sorted(rows, key=lambda row: -len(row[1]))[:8]:
        print(f"  {len(body) / 1024:7.1f} KB  {url}")
    print(f"files: {len(rows)} ({len(pages)} pages and data, {len(rows) - len(pages)} static)")
    print(f"transfer (gzip): {compressed / 1024:.0f} KB")
    kb = total / 1024
    print(f"precache_size: {kb:.0f} KB (target < {TARGET_KB} KB) "
          f"{'OK' if kb < TARGET_KB else 'MISS'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
