from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "crimex_portal.accounts"
    label = "accounts"
    verbose_name = _("Portal users")

    def ready(self) -> None:
        from crimex_portal.accounts import checks  # noqa: F401 - registers the system checks
        from crimex_portal.accounts.roles import sync_role_groups_after_migrate

        post_migrate.connect(sync_role_groups_after_migrate, sender=self)


class CrimexAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin with our site: allauth's login and the two-factor gate."""

    default = False  # listed by its path in INSTALLED_APPS; AccountsConfig is this module's app

    default_site = "crimex_portal.accounts.admin_site.CrimexAdminSite"
