from django.db import migrations

from crimex_portal.accounts.roles import sync_role_groups


class Migration(migrations.Migration):
    """PMT staff get the permissions of the new session models."""

    dependencies = [
        ("crimex_sessions", "0002_session_content_agenda_documents_registrations"),
        ("accounts", "0005_invitation_permissions_for_roles"),
    ]

    operations = [migrations.RunPython(sync_role_groups, migrations.RunPython.noop)]
