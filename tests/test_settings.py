"""One settings module, driven by the environment: the embedded default and the full stack."""

import json
import os
import subprocess
import sys

from django.conf import settings

PROBE = """
import json, django
from django.conf import settings
django.setup()
print(json.dumps({
    "engine": settings.DATABASES["default"]["ENGINE"],
    "name": str(settings.DATABASES["default"]["NAME"]),
    "health_checks": settings.DATABASES["default"].get("CONN_HEALTH_CHECKS", False),
    "cache": settings.CACHES["default"]["BACKEND"],
    "broker": settings.CELERY_BROKER_URL,
    "result_backend": settings.CELERY_RESULT_BACKEND,
    "eager": settings.CELERY_TASK_ALWAYS_EAGER,
    "email": settings.EMAIL_BACKEND,
    "debug": settings.DEBUG,
    "hosts": settings.ALLOWED_HOSTS,
    "media_root": str(settings.MEDIA_ROOT),
    "static_root": str(settings.STATIC_ROOT),
    "site_url": settings.CRIMEX_SITE_URL,
}))
"""

CONFIG_VARIABLES = (
    "DATABASE_URL",
    "REDIS_URL",
    "DJANGO_DEBUG",
    "DJANGO_SECRET_KEY",
    "DJANGO_ALLOWED_HOSTS",
    "EMAIL_URL",
    "DJANGO_MEDIA_ROOT",
    "DJANGO_STATIC_ROOT",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "CRIMEX_PORT",
    "CRIMEX_SITE_URL",
)


def run_manage(*args: str, **variables: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in CONFIG_VARIABLES}
    environment.update(variables, DJANGO_SETTINGS_MODULE="crimex_portal.settings")
    return subprocess.run(
        [sys.executable, *args],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def probe(**variables: str) -> dict:
    result = run_manage("-c", PROBE, **variables)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_embedded_default_needs_nothing_installed():
    config = probe()

    assert config["engine"] == "django.db.backends.sqlite3"
    assert config["name"] == str(settings.BASE_DIR / "db.sqlite3")
    assert config["cache"].endswith("LocMemCache")
    assert config["eager"] is True
    assert config["email"] == "django.core.mail.backends.console.EmailBackend"
    assert config["debug"] is True


def test_database_and_redis_urls_switch_to_the_full_stack():
    config = probe(
        DATABASE_URL="postgres://crimex:secret@db.internal:5432/crimex",
        REDIS_URL="redis://cache.internal:6379/1",
        EMAIL_URL="smtp+tls://mailer:pw@smtp.internal:587",
        DJANGO_MEDIA_ROOT="/srv/crimex/media",
        DJANGO_STATIC_ROOT="/srv/crimex/static",
    )

    assert config["engine"] == "django.db.backends.postgresql"
    assert config["name"] == "crimex"
    assert config["health_checks"] is True
    assert config["cache"] == "crimex_portal.cache.OutageTolerantRedisCache"
    assert config["broker"] == config["result_backend"] == "redis://cache.internal:6379/1"
    assert config["eager"] is False
    assert config["email"] == "django.core.mail.backends.smtp.EmailBackend"
    assert (config["media_root"], config["static_root"]) == (
        "/srv/crimex/media",
        "/srv/crimex/static",
    )


def test_the_port_of_the_run_command_is_the_port_in_e_mail_links():
    assert probe()["site_url"] == "http://127.0.0.1:8000"
    assert probe(CRIMEX_PORT="8765")["site_url"] == "http://127.0.0.1:8765"
    # An address set on purpose (a deployment behind its proxy) wins.
    assert (
        probe(CRIMEX_PORT="8765", CRIMEX_SITE_URL="https://crimex.example.org")["site_url"]
        == "https://crimex.example.org"
    )


def test_debug_off_refuses_the_development_secret_key():
    result = run_manage("manage.py", "check", DJANGO_DEBUG="False", DJANGO_ALLOWED_HOSTS="x.org")

    assert result.returncode != 0
    assert "Set DJANGO_SECRET_KEY when DJANGO_DEBUG is off." in result.stderr


def test_check_deploy_is_clean_with_debug_off():
    result = run_manage(
        "manage.py",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_DEBUG="False",
        DJANGO_SECRET_KEY="a-long-random-production-key-0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a",
        DJANGO_ALLOWED_HOSTS="crimex.example.org",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
