from django.db import migrations

from crimex_portal.accounts.roles import sync_role_groups


class Migration(migrations.Migration):
    dependencies = [("accounts", "0004_profile_and_invitations")]

    operations = [migrations.RunPython(sync_role_groups, migrations.RunPython.noop)]
