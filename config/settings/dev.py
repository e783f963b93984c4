"""Development: `make run`. Debug on, emails printed to the console, tasks run at once."""

from .base import *  # noqa: F403
from .base import env, env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env("SECRET_KEY", "") or "dev-only-insecure-key-change-me-in-production-0123456789"
ALLOWED_HOSTS = ["*"]
