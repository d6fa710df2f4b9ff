from django.db import migrations

from crimex_portal.accounts.mfa_adapter import decrypt_data, encrypt_authenticators

SECRET_TYPES = ("totp", "recovery_codes")


def encrypt_stored_secrets(apps, schema_editor) -> None:
    """Encrypts the TOTP secrets and recovery-code seeds allauth stored in plaintext; those
    already encrypted stay as they are. Run with the keys the portal will run with."""
    Authenticator = apps.get_model("mfa", "Authenticator")
    encrypt_authenticators(Authenticator.objects.filter(type__in=SECRET_TYPES))


def decrypt_stored_secrets(apps, schema_editor) -> None:
    Authenticator = apps.get_model("mfa", "Authenticator")
    for authenticator in Authenticator.objects.filter(type__in=SECRET_TYPES):
        data = decrypt_data(authenticator.data)
        if data != authenticator.data:
            authenticator.data = data
            authenticator.save(update_fields=["data"])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0007_correction_requests_and_fiche_editor_invitations"),
        ("mfa", "0003_authenticator_type_uniq"),
    ]

    operations = [migrations.RunPython(encrypt_stored_secrets, decrypt_stored_secrets)]
