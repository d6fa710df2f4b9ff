import pytest
from django.conf import settings
from django.test import override_settings
from django.urls import reverse

from crimex_portal.accounts import roles
from tests.factories import UserFactory
from tests.test_settings import run_manage

pytestmark = pytest.mark.django_db


def failed_logins(client, email: str, times: int) -> list[str]:
    errors = []
    for _ in range(times):
        response = client.post(reverse("account_login"), {"login": email, "password": "wrong"})
        errors = list(response.context["form"].non_field_errors())
    return errors


def test_login_rate_limit_blocks_guessing_and_reveals_no_account(client):
    UserFactory(email="prosecutor@example.test")

    known = failed_logins(client, "prosecutor@example.test", 6)
    unknown = failed_logins(client, "nobody@example.test", 6)

    assert known == unknown == ["Too many failed login attempts. Try again later."]


def test_admin_login_hands_over_to_the_portal_login(client):
    response = client.get(reverse("admin:login") + "?next=/en/admin/")
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next=/en/admin/"


def test_two_factor_is_required_by_default_and_the_bypass_code_is_never_set():
    assert settings.CRIMEX_REQUIRE_2FA is True
    assert not getattr(settings, "MFA_TOTP_INSECURE_BYPASS_CODE", None)


@override_settings(CRIMEX_REQUIRE_2FA=False)
def test_demo_switch_lets_members_in_without_two_factor(client):
    client.force_login(UserFactory(roles=[roles.MEMBER]))
    assert client.get(reverse("directory:index")).status_code == 200


def test_sessions_expire_after_inactivity(member_client):
    member_client.get(reverse("directory:index"))
    assert member_client.session.get_expiry_age() == settings.SESSION_COOKIE_AGE <= 8 * 3600


def test_deploy_check_refuses_two_factor_off_in_production():
    result = run_manage(
        "manage.py",
        "check",
        "--deploy",
        DJANGO_DEBUG="False",
        DJANGO_SECRET_KEY="a-long-random-production-key-0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a",
        DJANGO_ALLOWED_HOSTS="crimex.example.org",
        CRIMEX_REQUIRE_2FA="False",
    )
    assert result.returncode != 0
    assert "crimex.E001" in result.stderr + result.stdout


def test_changing_two_factor_later_asks_for_the_password_again(member_client):
    # The member fixture has TOTP on and was logged in without a fresh authentication record.
    response = member_client.get(reverse("mfa_deactivate_totp"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_reauthenticate"))


def test_password_reset_by_email_reveals_no_account(client):
    from django.core import mail

    UserFactory(email="prosecutor@example.test")
    for email in ("prosecutor@example.test", "nobody@example.test"):
        response = client.post(reverse("account_reset_password"), {"email": email})
        assert response.status_code == 302
        assert response["Location"] == reverse("account_reset_password_done")

    reset_mail = [m for m in mail.outbox if m.to == ["prosecutor@example.test"]]
    assert len(reset_mail) == 1
    assert "/accounts/password/reset/key/" in reset_mail[0].body
