"""Project-level guarantees: layout, settings, migrations."""

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

BASE = Path(__file__).resolve().parent.parent


def test_site_folder_is_not_a_python_package():
    # `site` is a standard-library module: site/ must never shadow it.
    assert not (BASE / "site" / "__init__.py").exists()
    import site as stdlib_site

    assert "site-packages" in stdlib_site.__file__ or stdlib_site.__file__.startswith(sys.prefix) \
        or "lib/python" in stdlib_site.__file__


@pytest.mark.parametrize("module", ["config.settings.base", "config.settings.dev",
                                    "config.settings.test"])
def test_settings_import_cleanly(module):
    settings = importlib.import_module(module)
    assert settings.LANGUAGE_CODE == "fr"
    assert settings.TIME_ZONE == "Europe/Paris"
    assert settings.AUTH_USER_MODEL == "accounts.User"


def _run_manage(*args, env_extra):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(env_extra)
    return subprocess.run([sys.executable, "manage.py", *args], cwd=BASE, env=env,
                          capture_output=True, text=True, timeout=120)


PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "x" * 20 + "production-like-secret-key-for-the-deploy-check-0123456789",
    "ALLOWED_HOSTS": "reperes.example",
}


def test_production_settings_refuse_to_start_without_secret_key():
    result = _run_manage("check", env_extra={**PRODUCTION_ENV, "SECRET_KEY": ""})
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_check_deploy_is_clean_with_production_settings():
    result = _run_manage("check", "--deploy", "--fail-level", "WARNING", env_extra=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_no_missing_migrations(db):
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)
