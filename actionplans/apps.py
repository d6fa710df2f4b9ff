from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActionPlansConfig(AppConfig):
    name = "actionplans"
    verbose_name = _("Action plans")

    def ready(self) -> None:
        from actionplans import (  # noqa: F401  (report builder, reminders, what search finds)
            notices,
            reports,
            search_index,
        )
