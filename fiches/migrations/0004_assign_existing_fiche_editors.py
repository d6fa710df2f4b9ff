from django.db import migrations

from crimex_portal.accounts.roles import FICHE_EDITOR, sync_role_groups


def assign_profile_countries(apps, schema_editor) -> None:
    """Country fiche editors edited the fiches of their profile's country: PMT staff's assignment
    now says which, so each gets one for that country and nobody loses access."""
    User = apps.get_model("accounts", "User")
    FicheEditorAssignment = apps.get_model("fiches", "FicheEditorAssignment")
    editors = User.objects.filter(groups__name=FICHE_EDITOR, country__isnull=False).distinct()
    for editor in editors:
        FicheEditorAssignment.objects.get_or_create(user=editor, country_id=editor.country_id)


class Migration(migrations.Migration):
    dependencies = [
        ("fiches", "0003_fiche_editor_assignment"),
        ("accounts", "0007_correction_requests_and_fiche_editor_invitations"),
    ]

    operations = [
        # PMT staff get the permissions of the new model (fiches.*).
        migrations.RunPython(sync_role_groups, migrations.RunPython.noop),
        migrations.RunPython(assign_profile_countries, migrations.RunPython.noop),
    ]
