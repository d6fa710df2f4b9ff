from typing import Any

from allauth.account import signals as account_signals
from django.apps import apps
from django.contrib.admin.models import LogEntry
from django.contrib.auth import signals as auth_signals
from django.contrib.auth.base_user import AbstractBaseUser
from django.db.models.signals import post_save
from django.http import HttpRequest

from crimex_portal.audit.models import AuditEvent
from crimex_portal.audit.services import record_admin_change, record_event

# The keys an authentication backend may receive the identifier under; the password is never read.
LOGIN_CREDENTIAL_KEYS = ("email", "login", "username")


def record_login(
    sender: type, request: HttpRequest | None, user: AbstractBaseUser, **kwargs: Any
) -> None:
    record_event(action=AuditEvent.Action.LOGIN, request=request, actor=user)


def record_logout(
    sender: type, request: HttpRequest | None, user: AbstractBaseUser | None, **kwargs: Any
) -> None:
    if user is not None:  # logging out without being logged in changes nothing
        record_event(action=AuditEvent.Action.LOGOUT, request=request, actor=user)


def record_login_failure(
    sender: str, credentials: dict[str, Any], request: HttpRequest | None = None, **kwargs: Any
) -> None:
    attempted = next(
        (credentials[key] for key in LOGIN_CREDENTIAL_KEYS if credentials.get(key)), ""
    )
    record_event(action=AuditEvent.Action.LOGIN_FAILED, request=request, actor_email=str(attempted))


def record_password_change(
    sender: type, request: HttpRequest | None, user: AbstractBaseUser, **kwargs: Any
) -> None:
    record_event(action=AuditEvent.Action.PASSWORD_CHANGED, request=request, actor=user)


def record_password_reset(
    sender: type, request: HttpRequest | None, user: AbstractBaseUser, **kwargs: Any
) -> None:
    record_event(action=AuditEvent.Action.PASSWORD_RESET, request=request, actor=user)


def record_mfa_activation(
    sender: type,
    request: HttpRequest | None,
    user: AbstractBaseUser,
    authenticator: Any,
    **kwargs: Any,
) -> None:
    record_event(
        action=AuditEvent.Action.MFA_ACTIVATED,
        request=request,
        actor=user,
        authenticator_type=authenticator.type,
    )


def record_mfa_deactivation(
    sender: type,
    request: HttpRequest | None,
    user: AbstractBaseUser,
    authenticator: Any,
    **kwargs: Any,
) -> None:
    record_event(
        action=AuditEvent.Action.MFA_DEACTIVATED,
        request=request,
        actor=user,
        authenticator_type=authenticator.type,
    )


def record_mfa_failure(
    sender: type,
    request: HttpRequest | None,
    user: AbstractBaseUser,
    authenticator: Any,
    reauthentication: bool = False,
    **kwargs: Any,
) -> None:
    """A wrong code: the account and where from, never the code."""
    record_event(
        action=AuditEvent.Action.MFA_FAILED,
        request=request,
        actor=user,
        authenticator_type=authenticator.type,
        reauthentication=bool(reauthentication),
    )


def record_admin_log_entry(
    sender: type, instance: LogEntry, created: bool, raw: bool, **kwargs: Any
) -> None:
    if created and not raw:
        record_admin_change(entry=instance)


def connect_receivers() -> None:
    connections = [
        (auth_signals.user_logged_in, record_login, None),
        (auth_signals.user_logged_out, record_logout, None),
        (auth_signals.user_login_failed, record_login_failure, None),
        (account_signals.password_changed, record_password_change, None),
        (account_signals.password_reset, record_password_reset, None),
        (post_save, record_admin_log_entry, LogEntry),
    ]
    # Importing allauth.mfa.signals loads its models, which fails unless the app is installed;
    # without the app no authenticator can be added or removed anyway.
    if apps.is_installed("allauth.mfa"):
        try:
            from allauth.mfa import signals as mfa_signals
        except ImportError:
            pass
        else:
            connections += [
                (mfa_signals.authenticator_added, record_mfa_activation, None),
                (mfa_signals.authenticator_removed, record_mfa_deactivation, None),
                (mfa_signals.authentication_failed, record_mfa_failure, None),
            ]
    for signal, receiver, sender in connections:
        signal.connect(receiver, sender=sender, dispatch_uid=f"audit.{receiver.__name__}")
