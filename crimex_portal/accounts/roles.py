"""The portal's roles: Django groups carrying permissions. Views check permissions, never names.

Migrations call `sync_role_groups`, and so does every `migrate` (and a test database's flush)
when it ends, so the groups follow this table on every database.
"""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

MEMBER = "Member"
COORDINATOR = "Coordinator"
PMT_STAFF = "PMT staff"
FICHE_EDITOR = "Country fiche editor"

MEMBERS_AREA = "accounts.access_members_area"
EXPORT_REPORTS = "accounts.export_reports"
RECORD_PROGRESS = "actionplans.add_progressupdate"
REVIEW_PROGRESS = "actionplans.review_progressupdate"
EDIT_ANY_FICHE = "fiches.change_fiche"
# With an assignment PMT staff make (fiches.FicheEditorAssignment): the fiches of those countries.
EDIT_COUNTRY_FICHES = "fiches.edit_country_fiches"
MANAGE_USERS = "accounts.change_user"
# The list of translations whose English changed since (PMT staff have "pages.*").
UPDATE_TRANSLATIONS = "pages.update_translations"

_MEMBER_PERMISSIONS = [MEMBERS_AREA]
_COORDINATOR_PERMISSIONS = [
    *_MEMBER_PERMISSIONS,
    EXPORT_REPORTS,
    RECORD_PROGRESS,
    "actionplans.change_progressupdate",  # their own drafts: the services check whose
]
# "app_label.*" stands for every permission of that app's models.
_PMT_PERMISSIONS = [
    *_COORDINATOR_PERMISSIONS,
    "crimex_sessions.*",
    "directory.*",
    "pages.*",
    "actionplans.*",
    "fiches.*",
    "library.*",
    "followups.*",
    "reports.view_report",
    "accounts.view_user",
    # Not add_user: accounts come by invitation, which sets the role.
    "accounts.change_user",
    "accounts.view_invitation",
    "accounts.add_invitation",
    "accounts.change_invitation",
    "accounts.view_correctionrequest",
    "accounts.change_correctionrequest",
    "account.view_emailaddress",
    "account.add_emailaddress",
    "account.change_emailaddress",
    "audit.view_auditevent",
    "notifications.*",  # the e-mail outbox: review, send, discard, retry
]

ROLE_PERMISSIONS: dict[str, list[str]] = {
    MEMBER: _MEMBER_PERMISSIONS,
    COORDINATOR: _COORDINATOR_PERMISSIONS,
    PMT_STAFF: _PMT_PERMISSIONS,
    # Given with the member role to a national expert who keeps their country's fiches.
    FICHE_EDITOR: [*_MEMBER_PERMISSIONS, EDIT_COUNTRY_FICHES],
}

ALL_ROLES = (MEMBER, COORDINATOR, FICHE_EDITOR, PMT_STAFF)
# What PMT staff may give. The PMT role, staff and superuser status and single permissions come
# from a superuser only: nobody raises anyone to their own level.
ROLES_PMT_STAFF_GIVE = (MEMBER, COORDINATOR, FICHE_EDITOR)


def roles_grantable_by(user) -> tuple[str, ...]:
    if user.is_superuser:
        return ALL_ROLES
    if user.has_perm(MANAGE_USERS):
        return ROLES_PMT_STAFF_GIVE
    return ()


def sync_role_groups(apps, schema_editor=None) -> None:
    """Create the role groups and give each exactly the permissions of the table.

    Works with a migration's historical `apps`. Permissions of apps not migrated yet are skipped:
    their own migrations call this again.
    """
    # Permissions are normally created after all migrations ran; the groups need them now.
    for app_config in apps.get_app_configs():
        if apps is global_apps:
            create_permissions(app_config, verbosity=0)
        else:  # a migration's historical registry: its app configs have no models module
            app_config.models_module = True
            create_permissions(app_config, apps=apps, verbosity=0)
            app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for role, names in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=role)
        permissions = Permission.objects.none()
        for name in names:
            app_label, codename = name.split(".", 1)
            matching = Permission.objects.filter(content_type__app_label=app_label)
            if codename != "*":
                matching = matching.filter(codename=codename)
            permissions = permissions | matching
        group.permissions.set(permissions.distinct())


def sync_role_groups_after_migrate(sender, **kwargs) -> None:
    sync_role_groups(global_apps)
