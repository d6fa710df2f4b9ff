"""Attempts refused by allauth's rate limits go to the audit trail: which account was tried, at
which step, from where; never what was typed. The password step reports them from the account
adapter (adapters.py), the code step from these subclasses of allauth.mfa's code forms
(settings.MFA_FORMS)."""

from allauth.core import context
from allauth.mfa.base import forms as mfa_forms
from django.contrib.auth.base_user import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.http import HttpRequest

from crimex_portal.audit.models import AuditEvent
from crimex_portal.audit.services import record_event

# The code of allauth's ValidationError when a rate limit refuses an attempt.
THROTTLED = "too_many_login_attempts"


def record_throttled_attempt(
    *,
    request: HttpRequest | None,
    step: str,
    actor: AbstractBaseUser | None = None,
    actor_email: str = "",
) -> None:
    record_event(
        action=AuditEvent.Action.LOGIN_THROTTLED,
        request=request,
        actor=actor,
        actor_email=actor_email,
        step=step,
    )


class ThrottledCodeRecorded:
    user: AbstractBaseUser

    def clean_code(self) -> str:
        try:
            return super().clean_code()
        except ValidationError as error:
            if error.code == THROTTLED:
                record_throttled_attempt(request=context.request, step="code", actor=self.user)
            raise


class AuthenticateForm(ThrottledCodeRecorded, mfa_forms.AuthenticateForm):
    """The code after the password at login."""


class ReauthenticateForm(ThrottledCodeRecorded, mfa_forms.ReauthenticateForm):
    """The code asked again before a sensitive change, or by the two-factor gate."""
