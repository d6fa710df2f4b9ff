import time
from typing import Any

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter

# allauth < 66: the session's record of how the user authenticated.
from allauth.account.internal.flows.login import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.urls import translate_url
from django.utils import translation

from crimex_portal.accounts.throttling import THROTTLED, record_throttled_attempt
from crimex_portal.accounts.two_factor import ENROLLED_SESSION_KEY


class InvitationOnlyAccountAdapter(DefaultAccountAdapter):
    """Members join by invitation from PMT staff: nobody signs up on their own."""

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return False

    def post_login(self, request: HttpRequest, user, **kwargs) -> HttpResponse:
        """After login the portal speaks the member's preferred language."""
        language = getattr(user, "preferred_language", "") or settings.LANGUAGE_CODE
        with translation.override(language):  # the welcome message too
            response = super().post_login(request, user, **kwargs)
        if response.has_header("Location"):
            response["Location"] = translate_url(response["Location"], language)
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
        )
        return response

    def pre_authenticate(self, request: HttpRequest, **credentials: Any) -> None:
        """allauth's failed-login limits (per address and per account) refuse the attempt here,
        before the password is checked: the audit trail hears of it."""
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError as error:
            if error.code == THROTTLED:
                record_throttled_attempt(
                    request=request, step="password", actor_email=credentials.get("email", "")
                )
            raise

    def is_reauthentication_required(self, *, app: str, **kwargs) -> bool:
        """Changing two-factor settings asks for the password again, except the first enrolment
        within minutes of a login: the portal sends new members straight there after login."""
        required = super().is_reauthentication_required(app=app, **kwargs)
        if (
            required
            and app == "allauth.mfa"
            and (self._first_enrolment_after_fresh_login() or self._just_enrolled())
        ):
            return False
        return required

    def _just_enrolled(self) -> bool:
        """This session enrolled the authenticator app minutes ago, typing a code from it: the
        recovery codes that enrolment made follow without asking for the password again."""
        request = getattr(self, "request", None)
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return False
        enrolled = request.session.get(ENROLLED_SESSION_KEY)
        if not (isinstance(enrolled, list) and len(enrolled) == 2 and enrolled[0] == str(user.pk)):
            return False
        return time.time() - enrolled[1] < account_settings.REAUTHENTICATION_TIMEOUT

    def _first_enrolment_after_fresh_login(self) -> bool:
        request = getattr(self, "request", None)
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return False
        if Authenticator.objects.filter(user=user).exists():
            return False
        records = get_authentication_records(request, user)
        return bool(records) and (
            time.time() - records[-1]["at"] < account_settings.REAUTHENTICATION_TIMEOUT
        )
