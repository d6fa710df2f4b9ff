from django.db import migrations

from crimex_portal.accounts.roles import sync_role_groups


class Migration(migrations.Migration):
    """PMT staff get the permissions of the fiche models; country editors theirs."""

    dependencies = [
        ("fiches", "0001_fiches"),
        ("accounts", "0005_invitation_permissions_for_roles"),
    ]

    operations = [migrations.RunPython(sync_role_groups, migrations.RunPython.noop)]
