"""The rule that members use two-factor authentication before they reach restricted pages.

What counts is what THIS session did: typed a code from the authenticator app (allauth records an
"mfa" authentication in the session), or enrolled the app in this session. An authenticator on the
account is no pass by itself: a session that logged in with the password alone before another
session enrolled one has never shown the second factor.

The gate reads only the session and the user, which the request has loaded already: it costs no
query. Finding out where to send a session that has not passed (enrolment or the code) costs one.
"""

from typing import Any

# allauth < 66: the session's record of how the user authenticated.
from allauth.account.internal.flows.login import get_authentication_records
from allauth.core import context
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, update_session_auth_hash
from django.contrib.auth.base_user import AbstractBaseUser
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import resolve_url
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

# The types that authenticate a login; recovery codes only stand in for them.
SECOND_FACTORS = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)
# [user id, the account's two_factor_changed_at as a timestamp] once the session enrolled.
ENROLLED_SESSION_KEY = "crimex_two_factor_enrolled"


def _proof_times(request: HttpRequest) -> list[float]:
    user = request.user
    times = [
        record.get("at", 0)
        for record in get_authentication_records(request, user)
        if record.get("method") == "mfa"
    ]
    enrolled = request.session.get(ENROLLED_SESSION_KEY)
    if isinstance(enrolled, list) and len(enrolled) == 2 and enrolled[0] == str(user.pk):
        times.append(enrolled[1])
    return times


def session_passed_two_factor(request: HttpRequest) -> bool:
    """Whether this session showed the second factor since the account's authenticators last
    changed (the session that removed the app must enrol again)."""
    changed = getattr(request.user, "two_factor_changed_at", None)
    floor = changed.timestamp() if changed else 0.0
    return any(time >= floor for time in _proof_times(request))


def needs_two_factor(request: HttpRequest) -> bool:
    if not settings.CRIMEX_REQUIRE_2FA:
        return False
    return not session_passed_two_factor(request)


def has_authenticator_app(user: AbstractBaseUser) -> bool:
    return Authenticator.objects.filter(user=user, type__in=SECOND_FACTORS).exists()


def needs_authenticator_app(user: AbstractBaseUser) -> bool:
    """The account has yet to set up the app the portal requires (the profile says so)."""
    return settings.CRIMEX_REQUIRE_2FA and not has_authenticator_app(user)


def redirect_to_two_factor(request: HttpRequest) -> HttpResponseRedirect:
    """To the code if the account has an authenticator app, otherwise to enrolment."""
    next_query = urlencode({"next": request.get_full_path()})
    if has_authenticator_app(request.user):
        messages.info(
            request,
            _("Enter the code from your authenticator app to continue."),
        )
        return HttpResponseRedirect(f"{resolve_url('mfa_reauthenticate')}?{next_query}")
    messages.info(
        request,
        _(
            "The restricted area holds personal data of justice practitioners: set up "
            "two-factor authentication with an authenticator app to continue."
        ),
    )
    return HttpResponseRedirect(f"{resolve_url('mfa_activate_totp')}?{next_query}")


# --- When the account's authenticators change ----------------------------------------------
# Model signals, so that every way an app is added or removed counts (allauth's pages, the admin,
# a shell), and synchronous: allauth.mfa's own signals come after the commit, when the request's
# session may be saved already.


def on_authenticator_saved(
    sender: type, instance: Authenticator, created: bool, raw: bool = False, **kwargs: Any
) -> None:
    if created and not raw:
        _two_factor_changed(instance, added=True)


def on_authenticator_deleted(sender: type, instance: Authenticator, **kwargs: Any) -> None:
    _two_factor_changed(instance, added=False)


def _two_factor_changed(authenticator: Authenticator, *, added: bool) -> None:
    """The account's marker moves, which changes its session auth hash
    (User._get_session_auth_hash) and so ends every session of the account but the one that
    made the change, if it did it. A session that enrolled the app typed a code from it: it has
    shown the second factor."""
    if authenticator.type not in SECOND_FACTORS:
        return
    changed_at = timezone.now()
    get_user_model()._default_manager.filter(pk=authenticator.user_id).update(
        two_factor_changed_at=changed_at
    )
    if Authenticator.user.is_cached(authenticator):
        authenticator.user.two_factor_changed_at = changed_at
    request = context.request  # allauth's AccountMiddleware keeps the current request there
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or user.pk != authenticator.user_id:
        return
    user.two_factor_changed_at = changed_at
    update_session_auth_hash(request, user)
    if added:
        request.session[ENROLLED_SESSION_KEY] = [str(user.pk), changed_at.timestamp()]
