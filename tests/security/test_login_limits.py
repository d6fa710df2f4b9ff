"""Login and code limits hold across workers and through a Redis outage: allauth's rate-limit
histories and used TOTP codes live in the database, not in the (per-worker or outage-prone)
default cache. Nor does an outage lock a member out."""

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client, override_settings
from django.urls import reverse

from crimex_portal.accounts import roles
from tests.factories import UserFactory, enable_totp, totp_code

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"
TOO_MANY = "Too many failed login attempts. Try again later."
LOCMEM = "django.core.cache.backends.locmem.LocMemCache"
# Nothing listens on port 1: every call fails at once, as with Redis stopped.
REDIS_DOWN = {
    "BACKEND": "crimex_portal.cache.OutageTolerantRedisCache",
    "LOCATION": "redis://127.0.0.1:1/0",
    "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
}


@contextmanager
def default_cache(config: dict) -> Iterator[None]:
    with override_settings(CACHES={**settings.CACHES, "default": config}):
        yield


def worker(name: str):
    """A gunicorn worker of its own: a local-memory cache nobody else sees."""
    return default_cache({"BACKEND": LOCMEM, "LOCATION": f"worker-{name}"})


WRONG = "Wrong-Guess-9876"


def login_errors(client: Client, email: str, password: str = WRONG) -> list[str]:
    response = client.post(reverse("account_login"), {"login": email, "password": password})
    if response.status_code == 302:
        return []
    return list(response.context["form"].non_field_errors())


def spray(client: Client, attempts: int, workers: str = "ab") -> None:
    """Wrong passwords for different addresses from one address: only the per-address limit of
    allauth (10 a minute) applies, not the per-account one (5 in 5 minutes)."""
    for attempt in range(attempts):
        with worker(workers[attempt % len(workers)]):
            assert login_errors(client, f"guess{attempt}@example.test") != [TOO_MANY], attempt


def test_eleventh_bad_password_is_refused_across_two_workers(client):
    spray(client, 10)
    with worker("c"):
        assert login_errors(client, "guess10@example.test") == [TOO_MANY]


def test_eleventh_bad_password_is_refused_while_redis_is_down(client):
    with default_cache(REDIS_DOWN):
        for attempt in range(10):
            assert login_errors(client, f"guess{attempt}@example.test") != [TOO_MANY]
        cache.clear()
        assert login_errors(client, "guess10@example.test") == [TOO_MANY]


def test_sixth_bad_password_for_one_account_is_refused_across_workers_and_a_cleared_cache():
    UserFactory(email="prosecutor@example.test")
    for attempt in range(5):
        with worker("ab"[attempt % 2]):
            # Each from another address: only the per-account limit is left.
            client = Client(REMOTE_ADDR=f"198.51.100.{attempt + 1}")
            assert login_errors(client, "prosecutor@example.test") != [TOO_MANY]
            cache.clear()
    with worker("c"):
        client = Client(REMOTE_ADDR="198.51.100.99")
        assert login_errors(client, "prosecutor@example.test", PASSWORD) == [TOO_MANY]


@pytest.fixture
def member_with_totp():
    member = UserFactory(email="prosecutor@example.test", roles=[roles.MEMBER])
    return member, enable_totp(member)


def password_step(client: Client, email: str) -> None:
    response = client.post(reverse("account_login"), {"login": email, "password": PASSWORD})
    assert response["Location"] == reverse("mfa_authenticate")


def code_step(client: Client, code: str):
    return client.post(reverse("mfa_authenticate"), {"code": code})


def test_a_totp_code_cannot_be_used_twice_across_workers(client, member_with_totp):
    member, secret = member_with_totp
    code = totp_code(secret)
    with worker("a"):
        password_step(client, member.email)
        assert code_step(client, code).status_code == 302  # logged in
    thief = Client()
    with worker("b"):
        password_step(thief, member.email)
        response = code_step(thief, code)
    assert response.status_code == 200
    assert "Incorrect code." in response.content.decode()
    assert thief.get(reverse("directory:index")).status_code == 302


def test_a_totp_code_cannot_be_used_twice_while_redis_is_down(client, member_with_totp):
    member, secret = member_with_totp
    code = totp_code(secret)
    with default_cache(REDIS_DOWN):
        password_step(client, member.email)
        assert code_step(client, code).status_code == 302
        thief = Client()
        password_step(thief, member.email)
        assert code_step(thief, code).status_code == 200


def test_sixth_wrong_code_is_refused_across_workers(client, member_with_totp):
    member, secret = member_with_totp
    password_step(client, member.email)
    for attempt in range(5):
        with worker("ab"[attempt % 2]):
            assert code_step(client, "000000").status_code == 200
    with worker("c"):
        response = code_step(client, totp_code(secret))  # even the right code, now
    assert response.status_code == 200
    assert TOO_MANY in response.content.decode()


def test_a_member_within_the_limits_logs_in_while_redis_is_down(client, member_with_totp):
    member, secret = member_with_totp
    with default_cache(REDIS_DOWN):
        assert login_errors(client, member.email) != [TOO_MANY]
        assert login_errors(client, member.email) != [TOO_MANY]
        password_step(client, member.email)
        assert code_step(client, "000000").status_code == 200
        response = code_step(client, totp_code(secret))
        assert response.status_code == 302
        assert client.get(reverse("directory:index")).status_code == 200
