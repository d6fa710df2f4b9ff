from django.core.management.base import BaseCommand

from crimex_portal.search.services import rebuild_index


class Command(BaseCommand):
    help = "Write the portal-wide search index again from the content (safe at any time)."

    def handle(self, *args, **options) -> None:
        written = rebuild_index()
        for label, count in written.items():
            self.stdout.write(f"{label}: {count} rows")
        self.stdout.write(f"Search index rebuilt: {sum(written.values())} rows.")
