from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MyCrimExConfig(AppConfig):
    """A member's home: what concerns them, read from every app (which know nothing of it)."""

    name = "mycrimex"
    verbose_name = _("My CrimEx")
