from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MlaConfig(AppConfig):
    name = "mla"
    verbose_name = _("Request composer")

    def ready(self) -> None:
        from mla import reports  # noqa: F401  (registers the request's PDF builder)
