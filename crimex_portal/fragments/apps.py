from django.apps import AppConfig
from django.db.models.signals import post_migrate


class FragmentsConfig(AppConfig):
    name = "crimex_portal.fragments"
    label = "fragments"
    verbose_name = "Cached page fragments"

    def ready(self) -> None:
        from crimex_portal.fragments.triggers import install_triggers

        # After every migrate: a new content table gets its trigger with the migration that
        # made it, before anything is written to it.
        post_migrate.connect(install_triggers, dispatch_uid="fragments.install_triggers")
