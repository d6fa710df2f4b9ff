from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from crimex_portal.accounts.demo import DEMO_PASSWORD, demo_accounts_ensure


class Command(BaseCommand):
    help = "Create the demo accounts of a local trial (refused when DJANGO_DEBUG is off)."

    def handle(self, *args, **options) -> None:
        if not settings.DEBUG:
            raise CommandError("Demo accounts are for local trials only: DJANGO_DEBUG is off.")
        accounts = demo_accounts_ensure()
        self.stdout.write(f"Demo accounts (password for all: {DEMO_PASSWORD}):")
        for account in accounts:
            self.stdout.write(f"  {account.role:<12} {account.email}")
