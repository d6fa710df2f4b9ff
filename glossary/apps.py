from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GlossaryConfig(AppConfig):
    name = "glossary"
    verbose_name = _("Glossary")

    def ready(self) -> None:
        from glossary import search_index  # noqa: F401  (what the portal-wide search finds)
