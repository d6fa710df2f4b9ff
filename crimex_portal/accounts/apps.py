from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "crimex_portal.accounts"
    label = "accounts"
    verbose_name = _("Portal users")

    def ready(self) -> None:
        from crimex_portal.accounts import (
            checks,  # noqa: F401 - registers the system checks
            permissions_cache,
        )
        from crimex_portal.accounts.limits import keep_allauth_limits_in_the_database
        from crimex_portal.accounts.roles import sync_role_groups_after_migrate

        post_migrate.connect(sync_role_groups_after_migrate, sender=self)
        keep_allauth_limits_in_the_database()
        connect_session_receivers()
        permissions_cache.connect()


def connect_session_receivers() -> None:
    """Two factors per session, and the session's lifetime (two_factor.py, session_limits.py)."""
    from allauth.mfa.models import Authenticator
    from django.contrib.auth.signals import user_logged_in
    from django.db.models.signals import post_delete, post_save

    from crimex_portal.accounts import session_limits, two_factor

    connections = [
        (post_save, two_factor.on_authenticator_saved, Authenticator),
        (post_delete, two_factor.on_authenticator_deleted, Authenticator),
        (user_logged_in, session_limits.remember_login_time, None),
    ]
    for signal, receiver, sender in connections:
        signal.connect(receiver, sender=sender, dispatch_uid=f"accounts.{receiver.__name__}")


class CrimexAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin with our site: allauth's login and the two-factor gate."""

    default = False  # listed by its path in INSTALLED_APPS; AccountsConfig is this module's app

    default_site = "crimex_portal.accounts.admin_site.CrimexAdminSite"
