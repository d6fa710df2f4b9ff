"""PMT staff administer members, never themselves, and never raise anyone to their own level.

Each test is the attack, made as a forged POST to the admin: hiding a field is not enough.
"""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.test import Client
from django.urls import reverse

from crimex_portal.accounts import roles
from crimex_portal.accounts.models import Invitation, User
from crimex_portal.audit.models import AuditEvent
from directory.models import Country
from tests.factories import UserFactory, log_in_with_two_factor

pytestmark = pytest.mark.django_db


@pytest.fixture
def pmt(db):
    return UserFactory(
        email="pmt@example.test", roles=[roles.PMT_STAFF], is_staff=True, two_factor=True
    )


@pytest.fixture
def pmt_client(client, pmt):
    log_in_with_two_factor(client, pmt)
    return client


@pytest.fixture
def superuser(db):
    return UserFactory(email="root@example.test", is_staff=True, is_superuser=True, two_factor=True)


def group(name: str) -> Group:
    return Group.objects.get(name=name)


def change_url(user: User) -> str:
    return reverse("admin:accounts_user_change", args=[user.pk])


def user_form(user: User, **changes) -> dict:
    """Every field of the user's change form as the full (superuser's) form has it."""
    data = {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "country": user.country_id or "",
        "organisation": user.organisation_id or "",
        "function": user.function,
        "preferred_language": user.preferred_language,
        "is_active": "on" if user.is_active else "",
        "is_staff": "on" if user.is_staff else "",
        "is_superuser": "on" if user.is_superuser else "",
        "groups": [str(pk) for pk in user.groups.values_list("pk", flat=True)],
        "user_permissions": [str(pk) for pk in user.user_permissions.values_list("pk", flat=True)],
        "last_login_0": "",
        "last_login_1": "",
        "date_joined_0": user.date_joined.strftime("%Y-%m-%d"),
        "date_joined_1": user.date_joined.strftime("%H:%M:%S"),
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value != ""}


def test_pmt_staff_cannot_make_themselves_superuser(pmt_client, pmt):
    pmt_client.post(change_url(pmt), user_form(pmt, is_superuser="on"))

    pmt.refresh_from_db()
    assert not pmt.is_superuser


def test_pmt_staff_cannot_give_the_pmt_role_or_superuser_to_a_member(pmt_client):
    member = UserFactory(roles=[roles.MEMBER])
    forged = user_form(
        member,
        is_staff="on",
        is_superuser="on",
        groups=[str(group(roles.PMT_STAFF).pk)],
        user_permissions=[str(Permission.objects.get(codename="change_user").pk)],
    )

    pmt_client.post(change_url(member), forged)

    member.refresh_from_db()
    assert not member.is_staff
    assert not member.is_superuser
    assert list(member.groups.values_list("name", flat=True)) == [roles.MEMBER]
    assert not member.user_permissions.exists()


def test_pmt_staff_cannot_grant_single_permissions(pmt_client):
    member = UserFactory(roles=[roles.MEMBER])
    permission = Permission.objects.get(codename="add_user")

    pmt_client.post(change_url(member), user_form(member, user_permissions=[str(permission.pk)]))

    assert not member.user_permissions.exists()


def test_pmt_staff_give_the_member_coordinator_and_fiche_editor_roles(pmt_client):
    member = UserFactory(roles=[roles.MEMBER])
    wanted = [group(roles.COORDINATOR), group(roles.FICHE_EDITOR)]
    page = pmt_client.get(change_url(member))
    assert page.status_code == 200
    offered = {choice[1] for choice in page.context["adminform"].form.fields["groups"].choices}
    assert offered == {roles.MEMBER, roles.COORDINATOR, roles.FICHE_EDITOR}
    for hidden in ("is_superuser", "is_staff", "user_permissions"):
        assert hidden not in page.context["adminform"].form.fields

    response = pmt_client.post(
        change_url(member), user_form(member, groups=[str(g.pk) for g in wanted])
    )

    assert response.status_code == 302
    assert set(member.groups.all()) == set(wanted)


def test_pmt_staff_cannot_change_their_own_roles(pmt_client, pmt):
    pmt_client.post(change_url(pmt), user_form(pmt, groups=[str(group(roles.MEMBER).pk)]))
    assert list(pmt.groups.values_list("name", flat=True)) == [roles.PMT_STAFF]


def test_pmt_staff_cannot_take_over_a_colleague_or_a_superuser(pmt_client, superuser):
    colleague = UserFactory(roles=[roles.PMT_STAFF], is_staff=True)
    for target in (colleague, superuser):
        pmt_client.post(
            change_url(target),
            user_form(target, email="pmt-mailbox@example.test", is_active=""),
        )
        target.refresh_from_db()
        assert target.email != "pmt-mailbox@example.test"
        assert target.is_active


def test_superuser_cannot_change_their_own_roles_through_the_form(client, superuser):
    log_in_with_two_factor(client, superuser)
    page = client.get(change_url(superuser))
    assert page.status_code == 200
    assert "is_superuser" not in page.context["adminform"].form.fields

    client.post(
        change_url(superuser),
        user_form(superuser, is_superuser="", groups=[str(group(roles.PMT_STAFF).pk)]),
    )

    superuser.refresh_from_db()
    assert superuser.is_superuser
    assert not superuser.groups.exists()


def test_superuser_gives_the_pmt_role(client, superuser):
    member = UserFactory(roles=[roles.MEMBER])
    log_in_with_two_factor(client, superuser)

    response = client.post(
        change_url(member),
        user_form(member, is_staff="on", groups=[str(group(roles.PMT_STAFF).pk)]),
    )

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.is_staff
    assert list(member.groups.values_list("name", flat=True)) == [roles.PMT_STAFF]


def test_only_superusers_set_passwords_in_the_admin(pmt_client, client, superuser):
    member = UserFactory(roles=[roles.MEMBER])
    url = reverse("admin:auth_user_password_change", args=[member.pk])

    assert pmt_client.get(url).status_code == 403
    response = pmt_client.post(
        url, {"password1": "Taken-over-account-2026", "password2": "Taken-over-account-2026"}
    )
    assert response.status_code == 403
    member.refresh_from_db()
    assert not member.check_password("Taken-over-account-2026")
    assert "/password/" not in pmt_client.get(change_url(member)).content.decode()

    superuser_client = Client()
    log_in_with_two_factor(superuser_client, superuser)
    assert superuser_client.get(url).status_code == 200


def test_pmt_staff_send_a_password_reset_email_instead(pmt_client, pmt):
    member = UserFactory(roles=[roles.MEMBER], email="forgetful@example.test")

    response = pmt_client.post(
        reverse("admin:accounts_user_changelist"),
        {"action": "send_password_reset", "_selected_action": [member.pk]},
    )

    assert response.status_code == 302
    message = mail.outbox[-1]
    assert message.to == ["forgetful@example.test"]
    link = re.search(r"https?://\S+", message.body).group(0)
    assert "/accounts/password/reset/key/" in link
    event = AuditEvent.objects.get(action="password_reset_sent")
    assert (event.actor, event.target_id) == (pmt, str(member.pk))


def test_pmt_staff_no_longer_create_accounts_directly(pmt_client, client, superuser):
    assert pmt_client.get(reverse("admin:accounts_user_add")).status_code == 403
    log_in_with_two_factor(client, superuser)
    assert client.get(reverse("admin:accounts_user_add")).status_code == 200
    assert "accounts.add_user" not in {
        f"{p.content_type.app_label}.{p.codename}"
        for p in group(roles.PMT_STAFF).permissions.select_related("content_type")
    }


def invitation_data(**overrides) -> dict:
    return {
        "email": "new.colleague@example.test",
        "first_name": "New",
        "last_name": "Colleague",
        "country": Country.objects.get(iso_code="MA").pk,
        "organisation": "",
        "function": "prosecutor",
        "role": roles.MEMBER,
        "preferred_language": "en",
        **overrides,
    }


def test_pmt_staff_cannot_invite_a_pmt_colleague(pmt_client, seeded):
    response = pmt_client.post(
        reverse("admin:accounts_invitation_add"), invitation_data(role=roles.PMT_STAFF)
    )

    assert response.status_code == 200
    assert not Invitation.objects.exists()
    assert not mail.outbox


def test_superuser_invites_pmt_staff(client, superuser, seeded, django_capture_on_commit_callbacks):
    log_in_with_two_factor(client, superuser)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("admin:accounts_invitation_add"), invitation_data(role=roles.PMT_STAFF)
        )
    assert response.status_code == 302
    assert Invitation.objects.get().role == roles.PMT_STAFF


def test_pmt_staff_invite_a_country_fiche_editor_who_gets_that_country(
    pmt_client, seeded, django_capture_on_commit_callbacks
):
    from fiches.models import FicheEditorAssignment

    morocco = Country.objects.get(iso_code="MA")
    with django_capture_on_commit_callbacks(execute=True):
        response = pmt_client.post(
            reverse("admin:accounts_invitation_add"),
            invitation_data(role=roles.FICHE_EDITOR, country=morocco.pk),
        )
    assert response.status_code == 302
    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)

    invitee = Client()
    page = invitee.get(link, follow=True)
    invitee.post(
        page.redirect_chain[-1][0],
        {
            "password1": "Mediterranean-cooperation-2026",
            "password2": "Mediterranean-cooperation-2026",
        },
    )

    user = User.objects.get(email="new.colleague@example.test")
    assert list(user.groups.values_list("name", flat=True)) == [roles.FICHE_EDITOR]
    assignment = FicheEditorAssignment.objects.get(user=user)
    assert assignment.country == morocco
    assert assignment.assigned_by.email == "pmt@example.test"


def test_a_fiche_editor_invitation_needs_a_country(pmt_client, seeded):
    response = pmt_client.post(
        reverse("admin:accounts_invitation_add"),
        invitation_data(role=roles.FICHE_EDITOR, country=""),
    )
    assert response.status_code == 200
    assert "choose it" in response.content.decode()
    assert not Invitation.objects.exists()


def test_the_role_check_refuses_what_a_form_would_not_offer(pmt, superuser):
    """The service the admin's forms call, on its own: any other way in meets the same rule."""
    from django.core.exceptions import ValidationError

    from crimex_portal.accounts.services import role_change_check

    member = UserFactory(roles=[roles.MEMBER])
    refused = [
        (pmt, member, {"groups": [group(roles.PMT_STAFF)]}),
        (pmt, member, {"is_staff": True}),
        (pmt, member, {"is_superuser": True}),
        (pmt, member, {"user_permissions": [Permission.objects.get(codename="add_user")]}),
        (pmt, pmt, {"groups": [group(roles.PMT_STAFF), group(roles.COORDINATOR)]}),
        (pmt, UserFactory(roles=[roles.PMT_STAFF], is_staff=True), {"is_active": False}),
        (superuser, superuser, {"is_superuser": False}),
    ]
    for actor, user, change in refused:
        with pytest.raises(ValidationError):
            role_change_check(actor=actor, user=user, **change)

    role_change_check(actor=pmt, user=member, groups=[group(roles.FICHE_EDITOR)], is_active=False)
    role_change_check(actor=superuser, user=member, groups=[group(roles.PMT_STAFF)], is_staff=True)
    role_change_check(actor=pmt, user=pmt, is_active=True)  # nothing changes: nothing to refuse
