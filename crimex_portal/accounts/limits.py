"""Where allauth keeps its login and code rate limits and the TOTP codes already used.

allauth keeps both in Django's default cache (allauth 65: `allauth.core.internal.ratelimit` for
every rate limit, the failed-login and failed-code ones included; `allauth.mfa.totp.internal.auth`
for the used-code markers), through the module-level name `cache` of each module. The default
cache is Redis, which treats an outage as an empty cache (crimex_portal/cache.py), or, without
Redis, a local memory per worker: limits that forget, or that each worker keeps for itself, let
brute force through. So exactly those two modules are pointed at the "auth_limits" cache, a
DatabaseCache on its own table (AuthLimitEntry), shared by every worker and as available as the
database that the login needs anyway. Everything else stays in the default cache.
"""

from types import ModuleType

from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.utils.connection import ConnectionProxy

AUTH_LIMITS_CACHE = "auth_limits"


def allauth_modules_keeping_limits() -> list[ModuleType]:
    from allauth.core.internal import ratelimit
    from allauth.mfa.totp.internal import auth as totp

    return [ratelimit, totp]


def keep_allauth_limits_in_the_database() -> None:
    """Called once, from AccountsConfig.ready()."""
    durable = ConnectionProxy(caches, AUTH_LIMITS_CACHE)  # per thread, as django.core.cache.cache
    for module in allauth_modules_keeping_limits():
        if not hasattr(module, "cache"):
            # An allauth upgrade moved the storage: fail loudly rather than leave the limits in
            # an outage-prone cache without anyone knowing.
            raise ImproperlyConfigured(
                f"{module.__name__} no longer has `cache`: see crimex_portal/accounts/limits.py"
            )
        module.cache = durable
