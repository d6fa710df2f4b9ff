import pytest
from django.urls import reverse

from crimex_portal.accounts import roles
from tests.factories import UserFactory, enable_totp, totp_code

pytestmark = pytest.mark.django_db


def test_login_page_offers_no_sign_up(client):
    content = client.get(reverse("account_login")).content.decode()

    assert 'name="login"' in content
    assert 'name="password"' in content
    assert reverse("account_signup") not in content
    assert client.get(reverse("account_signup")).status_code == 200  # allauth's "sign up closed"
    assert "closed" in client.get(reverse("account_signup")).content.decode().lower()


def test_member_logs_in_with_email_password_and_code_and_reaches_the_restricted_area(client):
    member = UserFactory(email="prosecutor@example.test", roles=[roles.MEMBER])
    secret = enable_totp(member)

    response = client.post(
        reverse("account_login") + "?next=/en/directory/",
        {"login": "prosecutor@example.test", "password": "correct-horse-battery"},
    )
    assert response["Location"] == reverse("mfa_authenticate")
    response = client.post(reverse("mfa_authenticate"), {"code": totp_code(secret)})

    assert response.status_code == 302
    assert response["Location"] == "/en/directory/"
    assert client.get("/en/directory/").status_code == 200


def test_wrong_password_gets_a_clear_message_that_reveals_nothing(client):
    UserFactory(email="prosecutor@example.test")

    def login_errors(email: str) -> list[str]:
        response = client.post(reverse("account_login"), {"login": email, "password": "wrong"})
        assert response.status_code == 200
        return list(response.context["form"].non_field_errors())

    known, unknown = login_errors("prosecutor@example.test"), login_errors("nobody@example.test")

    assert known == unknown
    assert "not correct" in known[0]
