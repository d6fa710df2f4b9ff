"""The portal's one settings module, driven by environment variables.

With nothing set it runs the embedded default a newcomer needs: SQLite in the project folder,
Celery tasks run in-process, a local-memory cache and e-mails printed to the console.
DATABASE_URL and REDIS_URL switch to PostgreSQL, Redis and a real Celery worker.
"""

import os
from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from crimex_portal.private_files import private_storage_setting

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
env.read_env(BASE_DIR / ".env")  # optional; real environment variables take precedence

DEVELOPMENT_SECRET_KEY = "django-insecure-crimex-development-key-never-use-in-production"  # noqa: S105 - refused below when DEBUG is off

DEBUG = env.bool("DJANGO_DEBUG", default=True)
SECRET_KEY = env.str("DJANGO_SECRET_KEY", default=DEVELOPMENT_SECRET_KEY)
if not DEBUG and SECRET_KEY == DEVELOPMENT_SECRET_KEY:
    raise ImproperlyConfigured("Set DJANGO_SECRET_KEY when DJANGO_DEBUG is off.")

ALLOWED_HOSTS = env.list(
    "DJANGO_ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    # modeltranslation must precede the admin so that its tabs replace the plain fields.
    "modeltranslation",
    # The admin, behind allauth's login and our two-factor gate (accounts/admin_site.py).
    "crimex_portal.accounts.apps.CrimexAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "crimex_portal",
    "crimex_portal.audit",
    "crimex_portal.accounts",
    "crimex_portal.pages",
    "crimex_portal.reports",
    "crimex_portal.search",
    "crimex_portal.fragments",
    "crimex_portal.notifications",
    "directory",
    # Our sessions app has the label "crimex_sessions": Django's own sessions keeps "sessions".
    "sessions.apps.CrimexSessionsConfig",
    "actionplans",
    "fiches",
    "library",
    "glossary",
    "mla",
    "followups",
    "mycrimex",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Before WhiteNoise: static files get both policies too.
    "crimex_portal.headers.PermissionsPolicyMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "crimex_portal.headers.PrivateCacheMiddleware",  # needs request.user
    "django.contrib.messages.middleware.MessageMiddleware",
    # Ends sessions CRIMEX_SESSION_MAX_HOURS after the login (needs the user and messages).
    "crimex_portal.accounts.session_limits.SessionMaxAgeMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

ROOT_URLCONF = "crimex_portal.urls"
WSGI_APPLICATION = "crimex_portal.wsgi.application"
ASGI_APPLICATION = "crimex_portal.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "crimex_portal.text.list_separators",  # {{ comma }} and {{ semicolon }}
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
    # Keep connections between requests (psycopg2 has no pool: each gunicorn worker and Celery
    # process holds one), and check them so a dropped one is replaced. 0 closes each at the end
    # of its request. README: Scaling out, for the count of connections and PgBouncer.
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DJANGO_CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = env.bool("DJANGO_CONN_HEALTH_CHECKS", default=True)
    # PgBouncer in transaction mode hands each transaction to any server connection: cursors
    # that outlive a transaction (QuerySet.iterator()) must then stay on the client side.
    DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = env.bool(
        "DJANGO_DISABLE_SERVER_SIDE_CURSORS", default=False
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
FORMS_URLFIELD_ASSUME_HTTPS = True  # Django 6's default for links typed without a scheme

# --- Redis: Celery broker, result backend and cache -----------------------------------------
REDIS_URL = env.str("REDIS_URL", default="")

if REDIS_URL:
    CACHES = {
        "default": {
            # Pages answer while Redis is down: the cache then acts as an empty one.
            "BACKEND": "crimex_portal.cache.OutageTolerantRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "crimex",
            # A Redis that stops answering must not hold pages up: it answers in milliseconds.
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1.0},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# allauth's login and code rate limits and used TOTP codes: in the database, shared by every
# worker and kept through a Redis outage (crimex_portal/accounts/limits.py). The table is a
# model's (AuthLimitEntry), made by migrate; expired rows go when it passes MAX_ENTRIES.
CACHES["auth_limits"] = {
    "BACKEND": "django.core.cache.backends.db.DatabaseCache",
    "LOCATION": "crimex_auth_limits",
    "OPTIONS": {"MAX_ENTRIES": 100_000},
}

CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_RESULT_BACKEND = REDIS_URL or "cache+memory://"
# Without Redis there is no worker: tasks run in-process, in the request that queued them.
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# A task whose whole worker died (a crash, a killed container) stays unacknowledged in Redis
# until this timeout, then goes back to the queue (kombu looks when a worker starts, and every
# 100 s). Longer than a task is held: a report's rendering (seconds) or a retry's countdown (at
# most 16 s), or a second worker would run it too; well below CRIMEX_REPORT_TIMEOUT_SECONDS, or
# the report would be marked failed before it is run again.
# The socket timeouts bound what a Redis that accepts connections but never answers costs an
# export request (about 6 s, then "unavailable right now"); refused connections fail at once.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": env.int("CRIMEX_BROKER_VISIBILITY_TIMEOUT", default=300),
    "socket_connect_timeout": 2,
    "socket_timeout": 3,
}
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_RESULT_EXPIRES = 60 * 60 * 24
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = "UTC"
# Run by `celery beat` (the compose file's beat service).
CELERY_BEAT_SCHEDULE = {
    "delete-old-reports": {"task": "reports.delete_old_reports", "schedule": 60 * 60},
    "mla-retention": {"task": "mla.apply_retention", "schedule": 60 * 60 * 6},
}
# The e-mail outbox (crimex_portal/notifications): a refused delivery is tried again after 2, 4,
# 8, 16 s (below the visibility timeout), then marked failed for PMT to retry from the outbox.
CRIMEX_OUTBOX_MAX_RETRIES = env.int("CRIMEX_OUTBOX_MAX_RETRIES", default=4)
CRIMEX_OUTBOX_RETRY_SECONDS = env.int("CRIMEX_OUTBOX_RETRY_SECONDS", default=2)
# Notifications (crimex_portal/notifications/notify.py): reminders hourly, digests daily; a
# report that took longer than this many seconds tells whoever asked for it that it is ready.
CELERY_BEAT_SCHEDULE["notifications-daily-reminders"] = {
    "task": "notifications.daily_reminders",
    "schedule": 60 * 60,  # idempotent: each event notifies each person once
}
CELERY_BEAT_SCHEDULE["notifications-daily-digests"] = {
    "task": "notifications.daily_digests",
    "schedule": 60 * 60 * 24,
}
CRIMEX_REPORT_NOTICE_SECONDS = env.int("CRIMEX_REPORT_NOTICE_SECONDS", default=5)

# --- Authentication -------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # Permissions only, cached per version (accounts/permissions_cache.py).
    "crimex_portal.accounts.permissions_cache.CachedPermissionsBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Behind CRIMEX_TRUSTED_PROXY_COUNT reverse proxies that append to X-Forwarded-For, the client is
# that many entries from the right; with 0 the header, which anyone can write, is ignored and
# REMOTE_ADDR is the client. allauth's get_client_ip() applies it, for the login rate limits and
# for the audit trail's addresses alike.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("CRIMEX_TRUSTED_PROXY_COUNT", default=0)
LOGIN_URL = "account_login"
# Members land on My CrimEx (accounts/adapters.py); other accounts on the home page.
LOGIN_REDIRECT_URL = "pages:home"

# Accounts are by invitation: login by e-mail, no username, no open sign-up.
ACCOUNT_ADAPTER = "crimex_portal.accounts.adapters.InvitationOnlyAccountAdapter"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[CrimEx] "

# Two-factor authentication: TOTP apps and recovery codes.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "CrimEx portal"
MFA_TOTP_TOLERANCE = 1  # accept the previous and next 30-second code: phone clocks drift
# The code forms also put throttled attempts in the audit trail.
MFA_FORMS = {
    "authenticate": "crimex_portal.accounts.throttling.AuthenticateForm",
    "reauthenticate": "crimex_portal.accounts.throttling.ReauthenticateForm",
}
# TOTP secrets and recovery-code seeds are encrypted in the database (accounts/mfa_adapter.py)
# with these Fernet keys: the first encrypts, all decrypt. Unset, a key derived from SECRET_KEY.
MFA_ADAPTER = "crimex_portal.accounts.mfa_adapter.EncryptingMFAAdapter"
CRIMEX_MFA_ENCRYPTION_KEYS = env.list("CRIMEX_MFA_ENCRYPTION_KEYS", default=[])
# Case data (the request composer's free text, the PDFs' HTML) is encrypted with these Fernet
# keys (crimex_portal/encryption.py); unset, with CRIMEX_MFA_ENCRYPTION_KEYS.
CRIMEX_DATA_ENCRYPTION_KEYS = env.list("CRIMEX_DATA_ENCRYPTION_KEYS", default=[])
# Drafts of MLA requests untouched for this many days are deleted (after a warning 14 days before).
CRIMEX_MLA_RETENTION_DAYS = env.int("CRIMEX_MLA_RETENTION_DAYS", default=180)
# Members must have two-factor authentication on before they reach the restricted area. Only the
# README's demo command turns this off; a deployment check refuses it with DEBUG off.
CRIMEX_REQUIRE_2FA = env.bool("CRIMEX_REQUIRE_2FA", default=True)
# Where the portal is reached, for links in e-mails sent outside a request (Celery tasks). By
# default the local server, on the port the run command serves (CRIMEX_PORT).
CRIMEX_SITE_URL = env.str(
    "CRIMEX_SITE_URL", default=f"http://127.0.0.1:{env.int('CRIMEX_PORT', default=8000)}"
)
# Invented demo entries (the fictional directory, illustrative fiches): on for local trials,
# off by default where DEBUG is off.
CRIMEX_DEMO_CONTENT = env.bool("CRIMEX_DEMO_CONTENT", default=DEBUG)
CRIMEX_INVITATION_DAYS = env.int("CRIMEX_INVITATION_DAYS", default=7)
# The deployed commit, recorded in backups (the image's build argument; else `git rev-parse`).
CRIMEX_GIT_COMMIT = env.str("CRIMEX_GIT_COMMIT", default="")
# PDF reports: files older than this are deleted by the periodic clean-up; a report still in
# progress after the timeout is marked failed (its task was lost), and can be asked for again.
CRIMEX_REPORT_MAX_AGE_DAYS = env.int("CRIMEX_REPORT_MAX_AGE_DAYS", default=7)
CRIMEX_REPORT_TIMEOUT_SECONDS = env.int("CRIMEX_REPORT_TIMEOUT_SECONDS", default=600)
CRIMEX_MAX_UPLOAD_BYTES = env.int("CRIMEX_MAX_UPLOAD_MB", default=20) * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024  # form fields; files stream to disk

# Sessions end after this long without a request (each request restarts the count) and this long
# after the login whatever the activity (accounts/session_limits.py). ASVS 3.3.
# Sessions in the database, which every web node shares: a load balancer may send each request
# to any node, and a Redis outage logs nobody out. (Each request saves its session anyway.)
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = env.int("CRIMEX_SESSION_IDLE_MINUTES", default=30) * 60
# Not on every request: SessionMaxAgeMiddleware refreshes the idle countdown once a minute.
SESSION_SAVE_EVERY_REQUEST = False
CRIMEX_SESSION_MAX_AGE = timedelta(hours=env.float("CRIMEX_SESSION_MAX_HOURS", default=12))

# --- Internationalisation -------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("ar", _("Arabic")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# The admin's translation tabs need jQuery UI: ours is vendored, never fetched from a CDN
# (modeltranslation reads these two unprefixed names).
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"
JQUERY_URL = "admin/js/vendor/jquery/jquery.min.js"

# --- Static and media files -----------------------------------------------------------------
STATIC_URL = "static/"
STATIC_ROOT = env.path("DJANGO_STATIC_ROOT", default=BASE_DIR / "staticfiles")
MEDIA_URL = "media/"
MEDIA_ROOT = env.path("DJANGO_MEDIA_ROOT", default=BASE_DIR / "media")
PRIVATE_MEDIA_ROOT = env.path("DJANGO_PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private_media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Members' documents and generated reports: no URL, served by views that check permission.
    # On this server's disk by default; with several servers, a shared S3-compatible bucket
    # (CRIMEX_PRIVATE_STORAGE=s3, crimex_portal/private_files.py). Static files stay on WhiteNoise.
    "private": private_storage_setting(os.environ, local_root=PRIVATE_MEDIA_ROOT),
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# --- E-mail ---------------------------------------------------------------------------------
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str(
    "DJANGO_DEFAULT_FROM_EMAIL", default="CrimEx portal <noreply@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Security -------------------------------------------------------------------------------
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^health/$"]  # container probes speak plain HTTP
SECURE_HSTS_SECONDS = env.int(
    "DJANGO_SECURE_HSTS_SECONDS", default=0 if DEBUG else 60 * 60 * 24 * 365
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool(
    "DJANGO_SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG
)
# Preloading writes the domain into the browsers' built-in lists for months, subdomains
# included: the operator asks for it once HTTPS works everywhere, it is never a default.
SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=False)
# check --deploy warns while preload is off (security.W021): off is deliberate, see above.
SILENCED_SYSTEM_CHECKS = ["security.W021"]
# Content-Security-Policy (django-csp): scripts, styles, fonts and frames from the portal itself,
# no inline code (templates keep scripts and styles in static files), no plugins, no framing.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],  # data: for the QR code of the TOTP enrolment
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# Browser features nobody on the portal uses, refused to every origin (crimex_portal/headers.py).
CRIMEX_PERMISSIONS_POLICY = dict.fromkeys(
    (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    ),
    (),
)
if env.bool("DJANGO_BEHIND_TLS_PROXY", default=False):
    # Trust the proxy's word that the original request was HTTPS.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="INFO")},
}

# --- Portal ---------------------------------------------------------------------------------
# load_seed_content runs these loaders in order; each app adds its own. Each writes through
# crimex_portal.seeding, which keeps what people changed in the portal.
CRIMEX_SEED_LOADERS = [
    "directory.seed.load_reference_data",
    "fiches.seed.load_fiche_reference_data",
    "crimex_portal.pages.seed.load_pages",
    "sessions.seed.load_sessions",
    "actionplans.seed.load_action_plans",
    "library.seed.load_library",
    "glossary.seed.load_glossary",
    "followups.seed.load_decisions",
    "directory.demo.load_demo_directory",
    "fiches.demo.load_demo_fiches",
    "sessions.demo.load_demo_session",
    "actionplans.demo.load_demo_progress",
]
