from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FichesConfig(AppConfig):
    name = "fiches"
    verbose_name = _("EuroMed Fiches")

    def ready(self) -> None:
        from crimex_portal.accounts.signals import invitation_accepted
        from fiches import (  # noqa: F401  (report builders, reminders, what search finds)
            notices,
            reports,
            search_index,
        )
        from fiches.services import assign_invited_fiche_editor

        invitation_accepted.connect(
            assign_invited_fiche_editor, dispatch_uid="fiches.assign_invited_fiche_editor"
        )
