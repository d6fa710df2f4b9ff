from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CrimexSessionsConfig(AppConfig):
    # django.contrib.sessions owns the label "sessions": ours needs its own.
    name = "sessions"
    label = "crimex_sessions"
    verbose_name = _("CrimEx sessions")

    def ready(self) -> None:
        from crimex_portal.notifications.services import register_attachment_builder
        from sessions import reports  # noqa: F401 - registers the session report builder
        from sessions.releases import session_calendar_bytes

        register_attachment_builder("sessions.calendar", session_calendar_bytes)
