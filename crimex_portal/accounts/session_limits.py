"""The two limits of a session (ASVS 3.3): idle, SESSION_COOKIE_AGE after the last request, and
absolute, CRIMEX_SESSION_MAX_AGE after the login, however active.

The idle countdown restarts when the session is saved. Saving it on every request cost three
queries a page, so it is saved when it changed or when its last refresh is a minute old: a
session then ends between 29 and 30 idle minutes, never later."""

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import SESSION_KEY, logout
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

LOGIN_TIME_SESSION_KEY = "crimex_login_at"
REFRESHED_AT_SESSION_KEY = "crimex_refreshed_at"
REFRESH_EVERY_SECONDS = 60


def remember_login_time(sender: type, request: HttpRequest | None, **kwargs: Any) -> None:
    """user_logged_in: the count starts at each login (password and code, or invitation)."""
    if request is not None and hasattr(request, "session"):
        request.session[LOGIN_TIME_SESSION_KEY] = timezone.now().timestamp()


class SessionMaxAgeMiddleware:
    """Logs out a session older than CRIMEX_SESSION_MAX_AGE, and marks a logged-in session for
    saving once a minute so that the idle countdown restarts. It reads the session only, which
    the request has loaded already: no query (but the logout's, once)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        session = request.session
        if SESSION_KEY in session:
            now = timezone.now().timestamp()
            logged_in_at = session.get(LOGIN_TIME_SESSION_KEY)
            if not isinstance(logged_in_at, int | float):
                # A session from before this limit existed: it starts counting now.
                session[LOGIN_TIME_SESSION_KEY] = now
            elif now - logged_in_at > settings.CRIMEX_SESSION_MAX_AGE.total_seconds():
                logout(request)
                messages.info(request, _("Your session has ended: please log in again."))
                return self.get_response(request)
            refreshed_at = session.get(REFRESHED_AT_SESSION_KEY)
            if not isinstance(refreshed_at, int | float) or (
                not 0 <= now - refreshed_at < REFRESH_EVERY_SECONDS
            ):
                session[REFRESHED_AT_SESSION_KEY] = now  # saved: the idle countdown restarts
        return self.get_response(request)
