from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LibraryConfig(AppConfig):
    name = "library"
    verbose_name = _("Document library")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from library import (
            search_index,  # noqa: F401  (what the portal-wide search finds)
            signals,  # noqa: F401  (text extraction after an upload)
        )
