"""Django's Redis cache, for a portal that must answer while Redis is down.

Nothing the portal keeps in the cache is needed to answer a page (the health check's probe...).
So when Redis cannot be reached, the cache behaves as an empty one that forgets what it is given,
instead of failing the request. allauth's login rate limits and used TOTP codes, which must not
be forgotten, are not kept here but in the database (crimex_portal/accounts/limits.py).
"""

import logging
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

REDIS_UNREACHABLE = (RedisConnectionError, RedisTimeoutError)
# After a failure, Redis is left alone for this long: a page that uses the cache several times
# waits for one connection attempt, not one per call, and the log gets one warning, not dozens.
PAUSE_AFTER_FAILURE_SECONDS = 5.0


class OutageTolerantRedisCache(RedisCache):
    """A RedisCache that answers as an empty cache while Redis cannot be reached."""

    def __init__(self, server, params) -> None:
        super().__init__(server, params)
        self._paused_until = 0.0

    def _unless_unreachable(self, call: Callable[[], Any], empty_cache_answer: Any) -> Any:
        if time.monotonic() < self._paused_until:
            return empty_cache_answer
        try:
            return call()
        except REDIS_UNREACHABLE as error:
            self._paused_until = time.monotonic() + PAUSE_AFTER_FAILURE_SECONDS
            logger.warning(
                "Redis cache unreachable; pages carry on without it (next try in %s s): %s",
                PAUSE_AFTER_FAILURE_SECONDS,
                error,
            )
            return empty_cache_answer

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        # An empty cache takes any new key. False would read as "held by someone else": a lock
        # taken with add() would wait and then give up.
        return self._unless_unreachable(partial(super().add, key, value, timeout, version), True)

    def get(self, key, default=None, version=None) -> Any:
        return self._unless_unreachable(partial(super().get, key, default, version), default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None) -> None:
        self._unless_unreachable(partial(super().set, key, value, timeout, version), None)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None) -> bool:
        return self._unless_unreachable(partial(super().touch, key, timeout, version), False)

    def delete(self, key, version=None) -> bool:
        return self._unless_unreachable(partial(super().delete, key, version), False)

    def get_many(self, keys, version=None) -> dict:
        return self._unless_unreachable(partial(super().get_many, keys, version), {})

    def has_key(self, key, version=None) -> bool:
        return self._unless_unreachable(partial(super().has_key, key, version), False)

    def incr(self, key, delta=1, version=None) -> int:
        missing = object()
        value = self._unless_unreachable(partial(super().incr, key, delta, version), missing)
        if value is missing:
            raise ValueError(f"Key '{key}' not found.")  # as an empty cache answers
        return value

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None) -> list:
        return self._unless_unreachable(partial(super().set_many, data, timeout, version), [])

    def delete_many(self, keys, version=None) -> None:
        self._unless_unreachable(partial(super().delete_many, keys, version), None)

    def clear(self) -> bool:
        return self._unless_unreachable(super().clear, False)
