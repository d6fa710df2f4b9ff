from django.core.management.base import BaseCommand

from crimex_portal.translations.status import status_lines


class Command(BaseCommand):
    help = (
        "Per language: the interface's share translated, the translated and outdated content "
        "fields (per model), and the glossary's coverage."
    )

    def handle(self, *args, **options) -> None:
        for line in status_lines():
            self.stdout.write(line)
