import random
import time

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction

from directory.demo import GENERATED_MAX, generated_contacts, generated_contacts_create


class Command(BaseCommand):
    help = (
        "Add N fictional contacts to the directory for performance work (e-mail addresses "
        "ending in @generated.invalid). Needs the seed content loaded first."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("count", type=int, help=f"How many contacts, 1 to {GENERATED_MAX}.")
        parser.add_argument(
            "--seed", type=int, default=None, help="Random seed: the same seed, the same contacts."
        )
        parser.add_argument(
            "--delete",
            action="store_true",
            help="Remove the contacts generated before, then generate.",
        )

    def handle(self, *args, count: int, seed: int | None, delete: bool, **options) -> None:
        if not 1 <= count <= GENERATED_MAX:
            raise CommandError(f"N must be between 1 and {GENERATED_MAX}, not {count}.")
        started = time.perf_counter()
        with transaction.atomic():
            if delete:
                deleted = generated_contacts().delete()[1].get("directory.Contact", 0)
                self.stdout.write(f"Removed {deleted} generated contacts.")
            rng = random.Random(seed)  # noqa: S311 - invented test data, nothing secret
            generated_contacts_create(count=count, rng=rng)
        elapsed = time.perf_counter() - started
        self.stdout.write(
            self.style.SUCCESS(f"Created {count} fictional contacts in {elapsed:.2f} s.")
        )
