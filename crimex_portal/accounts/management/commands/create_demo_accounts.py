from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from crimex_portal.accounts.demo import DEMO_PASSWORD, demo_accounts_ensure
from crimex_portal.seeding import SeedTally


class Command(BaseCommand):
    help = (
        "Create the demo accounts of a local trial (refused when DJANGO_DEBUG is off). Running it "
        "again never resets a password, name or role changed since."
    )

    def handle(self, *args, **options) -> None:
        if not settings.DEBUG:
            raise CommandError("Demo accounts are for local trials only: DJANGO_DEBUG is off.")
        tally = SeedTally()
        accounts = demo_accounts_ensure(tally)
        self.stdout.write(f"Demo accounts (password for all: {DEMO_PASSWORD}):")
        for account in accounts:
            self.stdout.write(f"  {account.role:<12} {account.email}")
        for sentence in tally.kept_sentences():
            self.stdout.write(f"  {sentence}")
