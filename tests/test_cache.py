import uuid

import pytest
from django.conf import settings
from django.core.cache.backends.redis import RedisCache


@pytest.fixture
def redis_cache() -> RedisCache:
    if not settings.REDIS_URL:
        pytest.skip("needs REDIS_URL: run the suite with Redis, as CI does")
    return RedisCache(settings.REDIS_URL, {"KEY_PREFIX": f"crimex-test-{uuid.uuid4().hex[:8]}"})


def test_the_configured_redis_serves_as_django_cache(redis_cache):
    redis_cache.set("greeting", {"en": "Welcome", "ar": "مرحبا"}, timeout=30)
    try:
        assert redis_cache.get("greeting") == {"en": "Welcome", "ar": "مرحبا"}
        assert redis_cache.add("greeting-count", 0)
        assert redis_cache.incr("greeting-count") == 1
    finally:
        redis_cache.delete_many(["greeting", "greeting-count"])
    assert redis_cache.get("greeting") is None
