"""Response headers set for the whole portal in one place, not view by view.

The Content-Security-Policy comes from django-csp (settings.CONTENT_SECURITY_POLICY); the
Permissions-Policy and the Cache-Control of private responses come from here."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control


class PermissionsPolicyMiddleware:
    """Switches off, for every response, the browser features the portal never uses
    (settings.CRIMEX_PERMISSIONS_POLICY): a script that got in cannot reach the camera,
    the microphone, the position or a payment sheet."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allowed)})"
            for feature, allowed in settings.CRIMEX_PERMISSIONS_POLICY.items()
        )

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.header)
        return response


class PrivateCacheMiddleware:
    """`Cache-Control: private, no-store` on every response to a logged-in user, and to a visitor
    whose session holds something (half-way through the login): no shared cache (a proxy, a
    CDN) may keep a member's page, export or document, and the browser keeps no copy on disk
    after logout. Anonymous visitors' pages keep the caching they had. Placed after the
    authentication middleware: static files never get here."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if (user is not None and user.is_authenticated) or request.COOKIES.get(
            settings.SESSION_COOKIE_NAME
        ):
            # "private" also takes away a "public" a view may have said.
            patch_cache_control(response, private=True, no_store=True)
        return response
