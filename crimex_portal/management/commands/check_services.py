from django.core.management.base import BaseCommand, CommandError

from crimex_portal.services import services_status


class Command(BaseCommand):
    help = (
        "Check the database, the cache, the private files' storage (a file written, read and "
        "deleted) and, unless --no-worker, that a Celery worker answers."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--no-worker", action="store_true", help="Skip the worker round trip.")

    def handle(self, *args, **options) -> None:
        statuses = services_status(include_worker=not options["no_worker"], include_files=True)
        for status in statuses:
            style = self.style.SUCCESS if status.ok else self.style.ERROR
            self.stdout.write(
                style(f"{status.name:<9} {'ok' if status.ok else 'FAILED'}  ") + status.detail
            )
        if not all(status.ok for status in statuses):
            raise CommandError("Some services are not working.")
