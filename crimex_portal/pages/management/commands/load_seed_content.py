from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string


class Command(BaseCommand):
    help = (
        "Load the content of the source documents (countries, organisations, crime areas, pages, "
        "sessions, ...). Safe to run again: rows already up to date are left untouched."
    )

    def handle(self, *args, **options) -> None:
        tally: Counter = Counter()
        with transaction.atomic():
            for dotted_path in settings.CRIMEX_SEED_LOADERS:
                import_string(dotted_path)(tally)
        for what, count in sorted(tally.items()):
            self.stdout.write(f"{count:5d} {what}")
        changed = sum(count for what, count in tally.items() if not what.endswith("unchanged"))
        self.stdout.write(
            self.style.SUCCESS(f"Seed content loaded: {changed} rows created or updated.")
        )
