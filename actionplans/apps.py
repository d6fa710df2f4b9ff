from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActionPlansConfig(AppConfig):
    name = "actionplans"
    verbose_name = _("Action plans")

    def ready(self) -> None:
        from actionplans import (
            reports,  # noqa: F401  (registers the plan's report builder)
            search_index,  # noqa: F401  (what the portal-wide search finds)
        )
