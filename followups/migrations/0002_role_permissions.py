from django.db import migrations

from crimex_portal.accounts.roles import sync_role_groups


class Migration(migrations.Migration):
    """PMT staff record decisions and follow-ups and update any follow-up's status."""

    dependencies = [
        ("followups", "0001_decisions_and_followups"),
        ("accounts", "0008_encrypt_mfa_secrets"),
    ]

    operations = [migrations.RunPython(sync_role_groups, migrations.RunPython.noop)]
