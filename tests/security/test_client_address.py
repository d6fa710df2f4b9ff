"""The client's address behind the reverse proxy: CRIMEX_TRUSTED_PROXY_COUNT proxies append to
X-Forwarded-For, so the client is the entry that many places from the right. The login limits
(allauth) and the audit trail read it through one function. Without trusted proxies the header,
which anyone can write, is ignored."""

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from crimex_portal.audit.models import AuditEvent
from tests.factories import UserFactory
from tests.test_settings import run_manage

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"
TOO_MANY = "Too many failed login attempts. Try again later."
PROXY = "10.0.0.2"  # the reverse proxy, as gunicorn sees it


def failed_login(client: Client, email: str, **headers: str) -> list[str]:
    response = client.post(
        reverse("account_login"), {"login": email, "password": "Wrong-Guess-9876"}, **headers
    )
    return list(response.context["form"].non_field_errors())


def test_spoofed_forwarded_for_is_ignored_without_trusted_proxies():
    client = Client(REMOTE_ADDR="198.51.100.23")
    for attempt in range(10):
        forged = {"HTTP_X_FORWARDED_FOR": f"192.0.2.{attempt + 1}"}  # a new "address" each time
        assert failed_login(client, f"guess{attempt}@example.test", **forged) != [TOO_MANY]
        event = AuditEvent.objects.filter(action=AuditEvent.Action.LOGIN_FAILED).latest("pk")
        assert event.ip_address == "198.51.100.23"
    assert failed_login(client, "guess10@example.test", HTTP_X_FORWARDED_FOR="192.0.2.99") == [
        TOO_MANY
    ]


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_the_right_most_address_is_the_client():
    client = Client(REMOTE_ADDR=PROXY)
    # The client wrote the first entry itself; the proxy appended the address it saw.
    failed_login(client, "nobody@example.test", HTTP_X_FORWARDED_FOR="192.0.2.1, 203.0.113.7")

    event = AuditEvent.objects.get(action=AuditEvent.Action.LOGIN_FAILED)
    assert event.ip_address == "203.0.113.7"


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_ten_attackers_behind_the_proxy_do_not_lock_out_another_member():
    member = UserFactory(email="prosecutor@example.test")
    proxied = Client(REMOTE_ADDR=PROXY)
    for attacker in range(10):
        for attempt in range(2):
            failed_login(
                proxied,
                f"guess{attacker}-{attempt}@example.test",
                HTTP_X_FORWARDED_FOR=f"198.51.100.{attacker + 1}",
            )

    response = proxied.post(
        reverse("account_login"),
        {"login": member.email, "password": PASSWORD},
        HTTP_X_FORWARDED_FOR="203.0.113.50",
    )
    assert response.status_code == 302, response.context["form"].non_field_errors()


@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_behind_one_proxy_a_forged_first_entry_does_not_escape_the_limit():
    proxied = Client(REMOTE_ADDR=PROXY)
    for attempt in range(10):
        forwarded = f"192.0.2.{attempt + 1}, 198.51.100.23"  # a new forged entry each time
        errors = failed_login(proxied, f"g{attempt}@example.test", HTTP_X_FORWARDED_FOR=forwarded)
        assert errors != [TOO_MANY]
    forwarded = "192.0.2.99, 198.51.100.23"
    assert failed_login(proxied, "g10@example.test", HTTP_X_FORWARDED_FOR=forwarded) == [TOO_MANY]


def test_trusted_proxy_count_comes_from_the_environment():
    probe = "import django; django.setup(); from django.conf import settings; "
    probe += "print(settings.ALLAUTH_TRUSTED_PROXY_COUNT)"
    assert run_manage("-c", probe).stdout.strip() == "0"
    assert run_manage("-c", probe, CRIMEX_TRUSTED_PROXY_COUNT="1").stdout.strip() == "1"
