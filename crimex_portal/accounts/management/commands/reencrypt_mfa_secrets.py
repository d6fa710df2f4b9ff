from allauth.mfa.models import Authenticator
from cryptography.fernet import Fernet
from django.core.management.base import BaseCommand
from django.db import transaction

from crimex_portal.accounts.mfa_adapter import encrypt_authenticators


class Command(BaseCommand):
    help = (
        "Re-encrypt every stored two-factor secret with the first key of "
        "CRIMEX_MFA_ENCRYPTION_KEYS (after putting a new key first); safe to run again. "
        "--new-key prints a fresh key and changes nothing."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("--new-key", action="store_true", help="print a new key and stop")

    def handle(self, *args, **options) -> None:
        if options["new_key"]:
            self.stdout.write(Fernet.generate_key().decode())
            return
        with transaction.atomic():
            authenticators = Authenticator.objects.select_for_update().filter(
                type__in=[Authenticator.Type.TOTP, Authenticator.Type.RECOVERY_CODES]
            )
            changed = encrypt_authenticators(authenticators, rotate=True)
        self.stdout.write(f"Two-factor secrets re-encrypted: {changed} authenticator(s).")
