from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CrimexPortalConfig(AppConfig):
    """The project package as an app: its static files, operations commands and tasks."""

    name = "crimex_portal"
    verbose_name = _("CrimEx portal")

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from crimex_portal.collation import register_sqlite_collations
        from crimex_portal.forms import guard_single_line_fields

        guard_single_line_fields()
        connection_created.connect(register_sqlite_collations, dispatch_uid="crimex_collations")
