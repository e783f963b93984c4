"""Settings for the benchmarks: production behaviour (DEBUG off, WhiteNoise, templates cached)
on a throw-away SQLite database, with one extra bare view to measure the floor."""

import tempfile
from pathlib import Path

from config.settings.base import *  # noqa: F403
from config.settings.base import env

DEBUG = False
SECRET_KEY = "benchmark-only-secret-key-not-for-production-0123456789abcdef"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
ROOT_URLCONF = "bench.urls"
MEDIA_ROOT = env("MEDIA_ROOT", str(Path(tempfile.gettempdir()) / "reperes-bench-media"))
LOGGING = {"version": 1, "disable_existing_loggers": False,
           "root": {"handlers": [], "level": "ERROR"}}
# Benchmarks of request-side work queue their tasks in the database, as production does.
if env("BENCH_TASKS_DB"):
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
