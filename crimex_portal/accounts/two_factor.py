"""The rule that members use two-factor authentication before they reach restricted pages."""

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.base_user import AbstractBaseUser
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import resolve_url
from django.utils.http import urlencode
from django.utils.translation import gettext as _


def needs_two_factor(user: AbstractBaseUser) -> bool:
    if not settings.CRIMEX_REQUIRE_2FA:
        return False
    return not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def redirect_to_two_factor_setup(request: HttpRequest) -> HttpResponseRedirect:
    messages.info(
        request,
        _(
            "The restricted area holds personal data of justice practitioners: set up "
            "two-factor authentication with an authenticator app to continue."
        ),
    )
    setup = resolve_url("mfa_activate_totp")
    return HttpResponseRedirect(f"{setup}?{urlencode({'next': request.get_full_path()})}")
