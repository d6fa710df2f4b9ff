import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from crimex_portal.accounts import roles
from crimex_portal.accounts.demo import DEMO_ACCOUNTS, demo_accounts_ensure
from tests.factories import UserFactory, log_in_with_two_factor

pytestmark = pytest.mark.django_db


def permissions_of(role: str) -> set[str]:
    group = Group.objects.get(name=role)
    return {
        f"{app_label}.{codename}"
        for app_label, codename in group.permissions.values_list(
            "content_type__app_label", "codename"
        )
    }


def test_migrations_create_the_three_roles_with_their_permissions():
    member, coordinator, pmt = (
        permissions_of(role) for role in (roles.MEMBER, roles.COORDINATOR, roles.PMT_STAFF)
    )

    assert member == {roles.MEMBERS_AREA}
    assert coordinator == {
        roles.MEMBERS_AREA,
        roles.EXPORT_REPORTS,
        roles.RECORD_PROGRESS,
        "actionplans.change_progressupdate",
    }
    assert {
        "crimex_sessions.change_session",
        "directory.add_country",
        "pages.change_page",
        "accounts.change_user",
    } <= pmt
    assert "accounts.delete_user" not in pmt  # accounts are deactivated, not deleted


def test_views_check_the_permission_not_the_group_name(client):
    user = UserFactory(two_factor=True)
    log_in_with_two_factor(client, user)
    assert client.get(reverse("directory:index")).status_code == 403

    app_label, codename = roles.MEMBERS_AREA.split(".")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
    )
    assert client.get(reverse("directory:index")).status_code == 200


def test_non_member_gets_a_clear_refusal_page(client):
    client.force_login(UserFactory())
    content = client.get(reverse("directory:index")).content.decode()
    assert "Access refused" in content


def test_demo_accounts_hold_their_roles_and_are_not_superusers():
    demo_accounts_ensure()
    demo_accounts_ensure()  # twice: changes nothing
    from crimex_portal.accounts.models import User

    for account in DEMO_ACCOUNTS:
        user = User.objects.get(email=account.email)
        assert list(user.groups.values_list("name", flat=True)) == [account.role]
        assert not user.is_superuser
        assert user.emailaddress_set.get().verified
    pmt = User.objects.get(email="pmt@demo.crimex.invalid")
    assert pmt.is_staff
    assert pmt.has_perm("crimex_sessions.change_session")


@pytest.mark.django_db(transaction=True)
def test_role_groups_come_back_after_every_migrate_and_flush():
    # Transactional tests flush every table between tests, data migrations' rows included:
    # the post_migrate hook puts the groups back, as it does after each deployment's migrate.
    assert permissions_of(roles.MEMBER) == {roles.MEMBERS_AREA}
    assert "accounts.add_invitation" in permissions_of(roles.PMT_STAFF)
