from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FollowUpsConfig(AppConfig):
    name = "followups"
    verbose_name = _("Decisions and follow-ups")

    def ready(self) -> None:
        from followups import reports  # noqa: F401  (registers the tracking table's builder)
