"""Shared set-up of the in-process benchmarks: a throw-away database, then Django."""

import os
import statistics
import tempfile
import time
from pathlib import Path


def setup_django(prefix):
    """Point the benchmark settings at a new SQLite file, start Django and migrate."""
    workdir = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ.update({"DJANGO_SETTINGS_MODULE": "bench.settings",
                       "DATABASE_URL": f"sqlite:///{workdir / 'bench.sqlite3'}",
                       "MEDIA_ROOT": str(workdir / "media"), "REDIS_URL": ""})
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    return workdir


def median_ms(function, rounds=30):
    """Median duration of `function` in milliseconds, after one warming call."""
    function()
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)
