"""Attacks on the login leave a trace: a wrong authenticator code and a throttled attempt are in
the audit trail, with the address they came from, and never the code or the password."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from crimex_portal.accounts import roles
from crimex_portal.audit.models import AuditEvent
from tests.factories import UserFactory, enable_totp, totp_code

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


@pytest.fixture
def member():
    member = UserFactory(email="prosecutor@example.test", roles=[roles.MEMBER])
    member.secret = enable_totp(member)
    return member


def stored_text(event: AuditEvent) -> str:
    return json.dumps(event.details) + event.target_repr + event.user_agent + event.actor_email


def test_a_wrong_code_leaves_an_event(member):
    client = Client(REMOTE_ADDR="198.51.100.23")
    client.post(reverse("account_login"), {"login": member.email, "password": PASSWORD})

    response = client.post(reverse("mfa_authenticate"), {"code": "246810"})

    assert response.status_code == 200
    event = AuditEvent.objects.get(action=AuditEvent.Action.MFA_FAILED)
    assert event.actor == member
    assert event.ip_address == "198.51.100.23"
    assert event.details == {"authenticator_type": "totp", "reauthentication": False}
    assert "246810" not in stored_text(event)
    assert PASSWORD not in stored_text(event)


def test_a_wrong_code_when_confirming_a_sensitive_change_leaves_an_event(member):
    client = Client()
    client.post(reverse("account_login"), {"login": member.email, "password": PASSWORD})
    client.post(reverse("mfa_authenticate"), {"code": totp_code(member.secret)})

    client.post(reverse("mfa_reauthenticate"), {"code": "135791"})

    event = AuditEvent.objects.get(action=AuditEvent.Action.MFA_FAILED)
    assert event.actor == member
    assert event.details["reauthentication"] is True


def test_a_throttled_password_attempt_leaves_an_event(member):
    client = Client(REMOTE_ADDR="203.0.113.66")
    for _attempt in range(5):
        client.post(reverse("account_login"), {"login": member.email, "password": "Guess-12345"})
    assert not AuditEvent.objects.filter(action=AuditEvent.Action.LOGIN_THROTTLED).exists()

    response = client.post(
        reverse("account_login"), {"login": member.email, "password": "Guess-67890"}
    )

    assert "Too many failed login attempts" in response.content.decode()
    event = AuditEvent.objects.get(action=AuditEvent.Action.LOGIN_THROTTLED)
    assert event.actor is None  # nobody is logged in; the address tried names the target
    assert event.actor_email == member.email
    assert event.ip_address == "203.0.113.66"
    assert event.details == {"step": "password"}
    assert "Guess-67890" not in stored_text(event)


def test_a_throttled_code_attempt_leaves_an_event(member):
    client = Client(REMOTE_ADDR="203.0.113.67")
    client.post(reverse("account_login"), {"login": member.email, "password": PASSWORD})
    for code in ("111111", "222222", "333333", "444444", "555555"):
        client.post(reverse("mfa_authenticate"), {"code": code})

    response = client.post(reverse("mfa_authenticate"), {"code": totp_code(member.secret)})

    assert "Too many failed login attempts" in response.content.decode()
    event = AuditEvent.objects.get(action=AuditEvent.Action.LOGIN_THROTTLED)
    assert event.actor == member
    assert event.ip_address == "203.0.113.67"
    assert event.details == {"step": "code"}
    assert totp_code(member.secret) not in stored_text(event)
    assert AuditEvent.objects.filter(action=AuditEvent.Action.MFA_FAILED).count() == 5
