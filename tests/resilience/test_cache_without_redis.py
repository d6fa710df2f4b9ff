"""The portal's Redis cache (crimex_portal/cache.py): Redis unreachable, it answers as an empty
cache, quickly, warns once, and leaves Redis alone for a few seconds; Redis there, it is Django's
RedisCache."""

import logging
import socket
import time
import uuid

import pytest
from django.conf import settings

from crimex_portal import cache as cache_module
from crimex_portal.cache import OutageTolerantRedisCache

pytestmark = pytest.mark.resilience

OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 1.0}


@pytest.fixture
def cache_without_redis() -> OutageTolerantRedisCache:
    with socket.socket() as probe:  # a port nothing listens on: Redis stopped
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return OutageTolerantRedisCache(f"redis://127.0.0.1:{port}/0", {"OPTIONS": OPTIONS})


def test_without_redis_the_cache_answers_as_an_empty_one(cache_without_redis):
    cache = cache_without_redis
    started = time.monotonic()

    cache.set("greeting", "Welcome")
    assert cache.get("greeting") is None
    assert cache.get("greeting", "default") == "default"
    assert cache.add("lock", True) is True  # allauth's lock: taken, not "held by someone else"
    assert cache.get_or_set("computed", lambda: 42) == 42
    assert cache.get_many(["greeting", "computed"]) == {}
    assert cache.has_key("greeting") is False
    assert cache.touch("greeting") is False
    assert cache.delete("greeting") is False
    with pytest.raises(ValueError, match="not found"):
        cache.incr("counter")
    assert cache.set_many({"a": 1, "b": 2}) == []
    cache.delete_many(["a", "b"])
    assert cache.clear() is False

    assert time.monotonic() - started < 1


class Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def test_a_failure_is_logged_once_and_redis_left_alone_for_a_while(
    cache_without_redis, monkeypatch
):
    attempts = []
    real_get = cache_without_redis._cache.get

    def counted_get(*args, **kwargs):
        attempts.append(args)
        return real_get(*args, **kwargs)

    monkeypatch.setattr(cache_without_redis._cache, "get", counted_get)
    warnings = Recorder()
    cache_module.logger.addHandler(warnings)
    try:
        for _call in range(5):
            assert cache_without_redis.get("greeting") is None
    finally:
        cache_module.logger.removeHandler(warnings)
    assert len(attempts) == 1
    assert len(warnings.messages) == 1
    assert "Redis cache unreachable" in warnings.messages[0]

    later = time.monotonic() + cache_module.PAUSE_AFTER_FAILURE_SECONDS + 1
    monkeypatch.setattr(cache_module.time, "monotonic", lambda: later)
    assert cache_without_redis.get("greeting") is None
    assert len(attempts) == 2  # tried again once the pause is over


def test_with_redis_it_is_djangos_redis_cache():
    if not settings.REDIS_URL:
        pytest.skip("needs REDIS_URL: run the suite with Redis, as CI does")
    cache = OutageTolerantRedisCache(
        settings.REDIS_URL,
        {"KEY_PREFIX": f"crimex-test-{uuid.uuid4().hex[:8]}", "OPTIONS": OPTIONS},
    )
    try:
        cache.set("greeting", {"ar": "مرحبا"}, timeout=30)
        assert cache.get("greeting") == {"ar": "مرحبا"}
        assert cache.add("greeting", "other") is False
        assert cache.add("counter", 0)
        assert cache.incr("counter") == 1
    finally:
        cache.delete_many(["greeting", "counter"])
    assert cache.get("greeting") is None
