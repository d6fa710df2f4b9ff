from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowUpsConfig(AppConfig):
    name = "followups"
    verbose_name = _("Decisions and follow-ups")

    def ready(self) -> None:
        from followups import (  # noqa: F401  (register the report builder and reminders)
            notices,
            reports,
        )
