from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FichesConfig(AppConfig):
    name = "fiches"
    verbose_name = _("EuroMed Fiches")

    def ready(self) -> None:
        from fiches import reports  # noqa: F401  (registers the fiche report builders)
