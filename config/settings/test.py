"""Tests: fast hashing, in-memory email, media in a temporary folder, tasks run at once."""

import tempfile

from .base import *  # noqa: F403
from .base import LOGGING, VERSIONED_CACHES

SECRET_KEY = "test-only-secret-key-for-the-pytest-suite-0123456789abcdef"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="reperes-test-media-")
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
          **VERSIONED_CACHES}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
LOGGING["root"]["level"] = "WARNING"

# Tests that need it turn it on; otherwise every publish would render a 45-page PDF.
REPERES_PREBUILD_GUIDE_PDF = False
