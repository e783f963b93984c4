"""Settings shared by every environment. Anything that differs between machines comes
from environment variables (see `.env.example`)."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONCE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# The programme's content (guide, modules, quizzes, decision rules, pages): see content/README.md.
CONTENT_DIR = Path(os.environ.get("CONTENT_DIR", BASE_DIR / "content"))


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = env("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    # Ours, first so that our templates win over the libraries'.
    "core",
    "accounts",
    "guide",
    "quizzes",
    "courses",
    "scheduling",
    "certificates",
    "evaluation",
    "reports",
    "hr",
    "trainer",
    "offline",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "accounts.apps.UsersConfig",  # wagtail.users with our user editor
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    # Background tasks
    "django_tasks",
    "django_tasks_db",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.LanguageCookieMiddleware",
    "core.cache.AnonymousPageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "core.middleware.CachedSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "offline.middleware.OfflineHeadersMiddleware",
    "core.middleware.RejectNullCharactersMiddleware",
    "core.middleware.OutOfRangeIdMiddleware",
    "core.middleware.PrivateResponsesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "core.csp.CSPNonceMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.RequireMFAMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "site" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "accounts.context_processors.roles",
                "core.context_processors.content_version",
            ],
        },
    },
]

# Database: SQLite by default (zero set-up), PostgreSQL when DATABASE_URL says so.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # PostgreSQL's JIT spends 0.5-0.9 s compiling the dashboards' aggregates for nothing.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = env(
        "DATABASE_PG_OPTIONS", "-c jit=off")
# A read replica for the dashboards' summary tables (docs/deployment.md), when one database
# is not enough: reports.routers sends those reads there.
if env("DATABASE_REPLICA_URL", ""):
    DATABASES["replica"] = {**dj_database_url.parse(env("DATABASE_REPLICA_URL"),
                                                    conn_max_age=int(env(
                                                        "DATABASE_CONN_MAX_AGE", "0"))),
                            "OPTIONS": DATABASES["default"].get("OPTIONS", {})}
    DATABASE_ROUTERS = ["reports.routers.ReplicaRouter"]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: local memory by default, Redis when REDIS_URL is set.
REDIS_URL = env("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.redis_cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "reperes",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# What is keyed by the site-wide content version (core.cache) can live in each process: the
# version itself is read from the shared cache once per request, so a changed version means
# new keys and nothing stale is ever read. Template fragments ({% cache %}, wagtailcache,
# wagtailpagecache) use this too and must therefore vary on content_version (a test checks).
VERSIONED_CACHES = {
    alias: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"reperes-{alias}", "OPTIONS": {"MAX_ENTRIES": 2000}}
    for alias in ("versioned", "template_fragments")
}
CACHES.update(VERSIONED_CACHES)

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:dashboard"
LOGOUT_REDIRECT_URL = "/"

# django-allauth: email login, mandatory verification, login by emailed code, MFA.
ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupDetailsForm"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PRESERVE_USERNAME_CASING = False
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Repères] "
# Limits count per client address, read behind our reverse proxies (TRUSTED_PROXY_COUNT,
# core.http.client_ip). Per address they stay generous enough for a landlord's office or a
# training room sharing one public address; per account they are strict. "key" of
# login_failed is the account *and* the address (accounts.adapters); our own
# "login_failed_account" counts an account's failures from every address together.
ALLAUTH_TRUSTED_PROXY_COUNT = int(env("TRUSTED_PROXY_COUNT", "0"))
ACCOUNT_RATE_LIMITS = {
    "login_failed": "30/5m/ip,5/5m/key",
    "login": "60/m/ip",
    "signup": "30/h/ip",
    "confirm_email": "3/3m/key",
    "reset_password": "30/h/ip,5/h/key",
    "request_login_code": "30/h/ip,5/h/key",
}
REPERES_RATE_LIMITS = {
    "login_failed_account": "20/h/key",
    # The public certificate check: per address and minute.
    "verify_certificate": "20/m/ip",
    # A code typed to check in to a session (scheduling.views.check_in_code): wrong codes per
    # person, and per address (a training room shares one).
    "checkin_code": "8/10m/user,120/10m/ip",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Repères"

# Wagtail
WAGTAIL_SITE_NAME = "Repères"
WAGTAILADMIN_BASE_URL = env("BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "core.CustomImage"
WAGTAILADMIN_LOGIN_URL = "/admin/login/"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", "Français"), ("en", "English")]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars fetched from gravatar.com: it would tell a third party who uses the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# French, accent-insensitive full-text search on PostgreSQL (configuration created by
# guide's migration 0002); SQLite has no configurations and ignores it.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "french_unaccent" if DATABASES["default"]["ENGINE"].endswith(
            "postgresql") else "french",
    }
}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_MODERATION_ENABLED = True

# Background work through django_tasks: immediate here, database-backed in production.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Finished task results (their rows in the database backend) are deleted after this many days
# by `manage.py prune_task_results` (cron, docs/deployment.md).
REPERES_TASK_RESULT_RETENTION_DAYS = int(env("REPERES_TASK_RESULT_RETENTION_DAYS", "7"))

# Internationalisation: French first, English second.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("Français")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "site" / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
LANGUAGE_COOKIE_NAME = "reperes_language"
LANGUAGE_COOKIE_SECURE = False
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Static and media files
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static_collected"
STATICFILES_DIRS = [BASE_DIR / "site" / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# Email
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Repères <ne-pas-repondre@reperes.example>")
SERVER_EMAIL = env("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Security defaults valid everywhere; production.py tightens the rest.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
# Scripts: our origin only. Wagtail's admin writes a few inline start-up scripts (date
# pickers, choosers, inline panels): they carry the request's nonce (core/csp.py), which the
# header names only on the pages that use it. Never 'unsafe-inline' or 'unsafe-eval'.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        # Wagtail's admin sets inline styles.
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        # The service worker (/sw.js) and the web app manifest: our origin only.
        "worker-src": ["'self'"],
        "manifest-src": ["'self'"],
        "frame-src": ["'self'"],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# The admins, whose permissions come from groups: staff roles set up their second factor
# before entering them (the staff spaces check it through their role checks, accounts.access).
REPERES_MFA_PROTECTED_PREFIXES = ["/admin/", "/django-admin/"]
# Responses under these paths are never stored by browsers or proxies (nor any response to a
# logged-in person): core.middleware.PrivateResponsesMiddleware.
REPERES_PRIVATE_PATH_PREFIXES = [
    "/compte/", "/espace-rh/", "/formateur/", "/mes-attestations/", "/attestations/",
    "/mes-sessions/", "/mon-parcours/", "/calendrier/", "/invitation/", "/sessions/",
]
# Pages of other apps that the guide's search also lists (the guide imports none of them).
REPERES_SEARCHABLE_PAGE_MODELS = ["courses.ModulePage"]
# Render the whole-guide PDF in the background as soon as a chapter is published.
REPERES_PREBUILD_GUIDE_PDF = True
# ZIPs of certificates are deleted after this many days (prune_certificate_exports, cron).
REPERES_CERTIFICATE_EXPORT_DAYS = int(env("REPERES_CERTIFICATE_EXPORT_DAYS", "2"))
# Spreadsheets of more than this many rows are built by the task worker, then kept this many
# days (prune_exports, cron).
REPERES_EXPORT_TASK_ROWS = int(env("REPERES_EXPORT_TASK_ROWS", "5000"))
REPERES_EXPORT_DAYS = int(env("REPERES_EXPORT_DAYS", "2"))
# load_demo_content creates accounts with a published password: refused in production
# unless ALLOW_DEMO_CONTENT=1 (a demonstration server).
REPERES_DEMO_CONTENT_ALLOWED = True
# How long an invitation stays valid.
REPERES_INVITATION_DAYS = 14
# Questionnaires (evaluation): no result, export cell or stored group below this many
# answers; the pepper of the learners' pairing codes (set it in production, never change it:
# before/after pairs are matched with it; empty: derived from SECRET_KEY).
REPERES_EVALUATION_MIN_RESPONSES = 5
REPERES_EVALUATION_PEPPER = env("REPERES_EVALUATION_PEPPER", "")

# Logs to stdout. Secrets that travel in URLs (calendar, invitation and reset tokens, check-in
# and certificate codes) and query-string values are masked (core.redaction); runserver's
# request lines and Django's "Not Found" warnings are handled here, gunicorn's access log by
# config/gunicorn.py. Django's own defaults are redefined so that each line passes the filter.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "redact_secrets": {"()": "core.redaction.RedactSecretsFilter"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "django.server": {"()": "django.utils.log.ServerFormatter",
                          "format": "[{server_time}] {message}", "style": "{"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain",
                    "filters": ["redact_secrets"]},
        "django.server": {"class": "logging.StreamHandler", "formatter": "django.server",
                          "filters": ["redact_secrets"]},
        "mail_admins": {"class": "django.utils.log.AdminEmailHandler", "level": "ERROR",
                        "filters": ["require_debug_false", "redact_secrets"]},
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {
        "django": {"handlers": ["mail_admins"], "level": "INFO"},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": env("TASKS_LOG_LEVEL", "WARNING")},
        "weasyprint": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
