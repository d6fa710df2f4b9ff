from django.db import migrations

from crimex_portal.accounts.roles import sync_role_groups


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_member_permissions"),
        ("audit", "0001_initial"),
        ("account", "0001_initial"),
        ("crimex_sessions", "0001_initial"),
        ("directory", "0001_initial"),
        ("pages", "0001_initial"),
    ]

    operations = [migrations.RunPython(sync_role_groups, migrations.RunPython.noop)]
