import datetime
import re

import pytest
from allauth.mfa.models import Authenticator
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from crimex_portal.accounts import roles
from crimex_portal.accounts.models import Invitation, User
from crimex_portal.audit.models import AuditEvent
from directory.models import Country
from tests.factories import UserFactory, enable_totp, log_in_with_two_factor, totp_code

pytestmark = pytest.mark.django_db


def url(name: str, language: str = "en") -> str:
    with translation.override(language):
        return reverse(name)


STRONG_PASSWORD = "Mediterranean-cooperation-2026"


@pytest.fixture
def pmt_client(client):
    staff = UserFactory(roles=[roles.PMT_STAFF], is_staff=True, email="pmt@example.test")
    enable_totp(staff)
    log_in_with_two_factor(client, staff)
    return client


def invite(pmt_client, django_capture_on_commit_callbacks, **overrides) -> str:
    """Invites through the admin as PMT staff do; returns the link from the e-mail."""
    data = {
        "email": "h.benali@example.test",
        "first_name": "Hamid",
        "last_name": "Benali",
        "country": Country.objects.get(iso_code="MA").pk,
        "organisation": "",
        "function": "prosecutor",
        "role": "Member",
        "preferred_language": "fr",
        **overrides,
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = pmt_client.post(reverse("admin:accounts_invitation_add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    message = mail.outbox[-1]
    assert message.to == [data["email"]]
    return re.search(r"https?://\S+", message.body).group(0)


def opened(invitee: Client, link: str) -> str:
    """Opens the e-mail's link as a browser does: the token moves to the session, and the
    address the invitee lands on has none (tests/security/test_invitation_token.py)."""
    response = invitee.get(link)
    assert response.status_code == 302
    return response["Location"]


def test_invited_member_sets_a_password_enrols_totp_and_logs_in_with_it(
    client, pmt_client, seeded, django_capture_on_commit_callbacks
):
    link = invite(pmt_client, django_capture_on_commit_callbacks)
    assert "/fr/accounts/invitation/" in link  # in the invitee's language
    assert "Hamid" in mail.outbox[-1].body

    # The invitee opens the link, in a browser of their own.
    invitee = Client()
    page = opened(invitee, link)
    assert invitee.get(page).status_code == 200
    response = invitee.post(page, {"password1": STRONG_PASSWORD, "password2": STRONG_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == url("mfa_activate_totp", "fr")
    user = User.objects.get(email="h.benali@example.test")
    assert (user.country.iso_code, user.function, user.preferred_language) == (
        "MA",
        "prosecutor",
        "fr",
    )
    assert user.has_perm(roles.MEMBERS_AREA)
    assert not user.is_staff

    # Without two-factor authentication the restricted area sends them to set it up.
    response = invitee.get(url("directory:index"))
    assert response["Location"].startswith(url("mfa_activate_totp"))

    # Enrolment: the page holds the secret the authenticator app scans; a real code activates it.
    assert invitee.get(url("mfa_activate_totp")).status_code == 200
    secret = invitee.session["mfa.totp.secret"]
    with django_capture_on_commit_callbacks(execute=True):  # allauth signals after the commit
        response = invitee.post(url("mfa_activate_totp"), {"code": totp_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    # Recovery codes come with it, for the day the phone is lost.
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.RECOVERY_CODES).exists()
    assert invitee.get(url("directory:index")).status_code == 200

    # Next day: password, then the code from the app.
    invitee.post(url("account_logout"))
    response = invitee.post(
        url("account_login") + "?next=/en/directory/",
        {"login": "h.benali@example.test", "password": STRONG_PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == url("mfa_authenticate")
    assert invitee.get("/en/directory/").status_code == 302  # not logged in before the code
    response = invitee.post(url("mfa_authenticate"), {"code": "000000"})
    assert response.status_code == 200  # a wrong code is refused on the page
    response = invitee.post(url("mfa_authenticate"), {"code": totp_code(secret)})
    assert response.status_code == 302
    assert response["Location"] == "/fr/directory/"  # the preferred language, after login
    assert invitee.get("/fr/directory/").status_code == 200

    trail = list(
        AuditEvent.objects.filter(actor=user)
        .order_by("created_at")
        .values_list("action", flat=True)
    )
    for step in ("invitation_accepted", "mfa_activated", "logout", "login"):
        assert step in trail
    assert AuditEvent.objects.filter(
        action="invitation_sent", target_repr__contains="Benali"
    ).exists()


def test_link_works_once(client, pmt_client, seeded, django_capture_on_commit_callbacks):
    link = invite(pmt_client, django_capture_on_commit_callbacks, preferred_language="en")
    invitee = Client()
    invitee.post(
        opened(invitee, link), {"password1": STRONG_PASSWORD, "password2": STRONG_PASSWORD}
    )
    invitee.post(url("account_logout"))

    response = invitee.get(link)

    assert response.status_code == 410
    assert "already used" in response.content.decode()


def test_expired_link_says_so(client, pmt_client, seeded, django_capture_on_commit_callbacks):
    link = invite(pmt_client, django_capture_on_commit_callbacks, preferred_language="en")
    Invitation.objects.update(expires_at=timezone.now() - datetime.timedelta(minutes=1))

    response = Client().post(link, {"password1": STRONG_PASSWORD, "password2": STRONG_PASSWORD})

    assert response.status_code == 410
    assert "expired" in response.content.decode()
    assert not User.objects.filter(email="h.benali@example.test").exists()


def test_unknown_link(client, db):
    response = client.get(reverse("accounts:accept_invitation", args=["not-a-real-token"]))
    assert response.status_code == 404
    assert "not valid" in response.content.decode()


def test_resend_gives_a_new_link_and_kills_the_old_one(
    client, pmt_client, seeded, django_capture_on_commit_callbacks
):
    old_link = invite(pmt_client, django_capture_on_commit_callbacks, preferred_language="en")
    invitation = Invitation.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        pmt_client.post(
            reverse("admin:accounts_invitation_changelist"),
            {"action": "resend_invitations", "_selected_action": [invitation.pk]},
        )
    new_link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)

    visitor = Client()
    assert new_link != old_link
    assert visitor.get(old_link).status_code == 404
    assert visitor.get(new_link, follow=True).status_code == 200
    invitation.refresh_from_db()
    assert invitation.sent_count == 2
    assert AuditEvent.objects.filter(action="invitation_resent").count() == 1


def test_revoked_link_says_so(client, pmt_client, seeded, django_capture_on_commit_callbacks):
    link = invite(pmt_client, django_capture_on_commit_callbacks, preferred_language="en")
    invitation = Invitation.objects.get()
    pmt_client.post(
        reverse("admin:accounts_invitation_changelist"),
        {"action": "revoke_invitations", "_selected_action": [invitation.pk]},
    )

    response = Client().get(link)

    assert response.status_code == 410
    assert "withdrawn" in response.content.decode()
    assert AuditEvent.objects.filter(action="invitation_revoked").count() == 1


def test_bad_passwords_change_nothing(
    client, pmt_client, seeded, django_capture_on_commit_callbacks
):
    link = invite(pmt_client, django_capture_on_commit_callbacks, preferred_language="en")
    invitee = Client()
    page = opened(invitee, link)

    mismatch = invitee.post(page, {"password1": STRONG_PASSWORD, "password2": "something-else-1"})
    weak = invitee.post(page, {"password1": "password", "password2": "password"})

    assert "do not match" in mismatch.content.decode()
    assert "too short" in weak.content.decode() or "too common" in weak.content.decode()
    assert not User.objects.filter(email="h.benali@example.test").exists()
    assert Invitation.objects.get().accepted_at is None


def test_an_address_cannot_be_invited_twice(pmt_client, seeded, django_capture_on_commit_callbacks):
    invite(pmt_client, django_capture_on_commit_callbacks)
    response = pmt_client.post(
        reverse("admin:accounts_invitation_add"),
        {
            "email": "H.Benali@example.test",
            "first_name": "H",
            "last_name": "B",
            "role": "Member",
            "preferred_language": "en",
        },
    )
    assert response.status_code == 200
    assert "still open" in response.content.decode()
    UserFactory(email="member@example.test")
    response = pmt_client.post(
        reverse("admin:accounts_invitation_add"),
        {
            "email": "member@example.test",
            "first_name": "M",
            "last_name": "E",
            "role": "Member",
            "preferred_language": "en",
        },
    )
    assert "already belongs" in response.content.decode()
    assert Invitation.objects.count() == 1


def test_pmt_invitation_makes_staff(client, seeded, django_capture_on_commit_callbacks):
    # Only a superuser invites PMT staff (tests/security/test_admin_roles.py).
    log_in_with_two_factor(client, UserFactory(is_staff=True, is_superuser=True, two_factor=True))
    link = invite(
        client, django_capture_on_commit_callbacks, role="PMT staff", preferred_language="en"
    )
    invitee = Client()
    invitee.post(
        opened(invitee, link), {"password1": STRONG_PASSWORD, "password2": STRONG_PASSWORD}
    )
    user = User.objects.get(email="h.benali@example.test")
    assert user.is_staff
    assert user.has_perm("crimex_sessions.change_session")


def test_members_cannot_invite(client, seeded):
    member = UserFactory(roles=[roles.MEMBER])
    enable_totp(member)
    log_in_with_two_factor(client, member)
    response = client.get(reverse("admin:accounts_invitation_add"), follow=True)
    assert response.status_code == 403
