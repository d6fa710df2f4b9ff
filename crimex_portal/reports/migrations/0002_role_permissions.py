from django.db import migrations

from crimex_portal.accounts.roles import sync_role_groups


class Migration(migrations.Migration):
    """PMT staff see the reports in the admin."""

    dependencies = [
        ("reports", "0001_reports"),
        ("accounts", "0005_invitation_permissions_for_roles"),
    ]

    operations = [migrations.RunPython(sync_role_groups, migrations.RunPython.noop)]
