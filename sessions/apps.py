from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CrimexSessionsConfig(AppConfig):
    # django.contrib.sessions owns the label "sessions": ours needs its own.
    name = "sessions"
    label = "crimex_sessions"
    verbose_name = _("CrimEx sessions")

    def ready(self) -> None:
        from sessions import (  # noqa: F401 - register the report builders
            attendance,
            reports,
        )
