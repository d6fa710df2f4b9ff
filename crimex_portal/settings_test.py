"""Test settings: the real settings with a few values made fast and quiet."""

from crimex_portal.settings import *  # noqa: F403
from crimex_portal.settings import CACHES, STORAGES

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests render templates without running collectstatic first.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Unit tests run tasks in-process; the tests marked "worker" switch a real worker on.
CELERY_TASK_ALWAYS_EAGER = True
# A cache of each test's own, that must not carry over from one test (or one run) to the next.
# tests/test_cache.py exercises Redis itself. The login limits ("auth_limits") are in the test
# database, emptied with it.
CACHES = {**CACHES, "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Uploaded files of the tests go to a throwaway folder.
import tempfile  # noqa: E402

PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="crimex-test-private-")
MEDIA_ROOT = tempfile.mkdtemp(prefix="crimex-test-media-")
STORAGES = {
    **STORAGES,
    "private": {
        "BACKEND": "crimex_portal.uploads.PrivateStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT},
    },
}
