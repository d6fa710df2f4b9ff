from django.db import migrations

from crimex_portal.accounts.roles import sync_role_groups


class Migration(migrations.Migration):
    """Coordinators record progress; PMT staff review it."""

    dependencies = [
        ("actionplans", "0001_initial"),
        ("accounts", "0005_invitation_permissions_for_roles"),
    ]

    operations = [migrations.RunPython(sync_role_groups, migrations.RunPython.noop)]
