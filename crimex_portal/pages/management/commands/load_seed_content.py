from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import import_string

from crimex_portal.seeding import SeedTally, run_loaders


@contextmanager
def _as_command_error() -> Iterator[None]:
    """A row the seed cannot write (a value people set elsewhere conflicts): say which, in one
    line; the transaction rolls everything back."""
    try:
        yield
    except ValidationError as error:
        raise CommandError(
            f"Nothing was loaded: {'; '.join(error.messages).rstrip('.')}. Correct it in the "
            "admin and run the command again."
        ) from error


class Command(BaseCommand):
    help = (
        "Load the content of the source documents (countries, organisations, crime areas, pages, "
        "sessions, ...). Safe to run again: it creates what is missing, updates only the rows "
        "still as it left them, and keeps what people changed, added or deleted in the portal. "
        "--reset restores the seed's values in changed rows, after listing them."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Overwrite the rows changed in the portal with the seed's values and re-create "
            "seeded rows deleted there, after listing them. Rows added in the portal stay.",
        )
        parser.add_argument(
            "--no-input",
            "--noinput",
            action="store_false",
            dest="interactive",
            help="With --reset: do not ask for confirmation.",
        )

    def handle(self, *args, reset: bool, interactive: bool, **options) -> None:
        loaders = [import_string(path) for path in settings.CRIMEX_SEED_LOADERS]
        announced: list[str] = []
        if reset:
            announced = self._preview(loaders).overwrites
            if not announced:
                self.stdout.write("Nothing to restore: every seeded row is as the seed left it.")
            else:
                rows = "row" if len(announced) == 1 else "rows"
                self.stdout.write(
                    f"--reset will overwrite {len(announced)} {rows} changed in the portal with "
                    "the seed's values:"
                )
                for line in announced:
                    self.stdout.write(f"  - {line}")
                if interactive and not self._confirmed():
                    self.stdout.write("Reset cancelled: nothing changed.")
                    return
        tally = SeedTally(reset=reset)
        with transaction.atomic(), _as_command_error():
            run_loaders(loaders, tally)
            if tally.overwrites != announced:
                # Someone changed a row between the list and the answer: it was not announced.
                raise CommandError(
                    "Rows were changed in the portal meanwhile; nothing was reset. Run the "
                    "command again to see the new list."
                )
        self._report(tally)

    def _preview(self, loaders: list) -> SeedTally:
        """A reset run rolled back: what it would overwrite."""
        tally = SeedTally(reset=True)
        with transaction.atomic(), _as_command_error():
            run_loaders(loaders, tally)
            transaction.set_rollback(True)
        return tally

    def _confirmed(self) -> bool:
        answer = input("Overwrite these rows? Type 'yes' to continue, anything else to cancel: ")
        return answer.strip().lower() == "yes"

    def _report(self, tally: SeedTally) -> None:
        for what, count in sorted(tally.items()):
            self.stdout.write(f"{count:5d} {what}")
        for sentence in tally.kept_sentences():
            self.stdout.write(f"      {sentence}")
        self.stdout.write(
            self.style.SUCCESS(f"Seed content loaded: {tally.changed} rows created or updated.")
        )
        if tally.kept and not tally.reset:
            self.stdout.write(
                "What people changed in the portal is kept; `load_seed_content --reset` lists "
                "the changed rows and restores the seed's values."
            )
