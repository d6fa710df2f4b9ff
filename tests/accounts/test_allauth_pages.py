"""allauth's pages (password reset, re-authentication, e-mail confirmation, two-factor
authentication) speak in the portal's layout, in its three languages."""

import re

import pytest
from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.account.utils import user_pk_to_url_str
from django.test import Client
from django.urls import reverse
from django.utils import translation

from crimex_portal.accounts import roles
from tests.factories import UserFactory, enable_totp, log_in_with_two_factor, totp_code

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"
LANGUAGES = ["en", "fr", "ar"]
SKIP_LINK = {"en": "Skip to main content", "fr": "Aller au contenu", "ar": "الانتقال"}


def in_portal_layout(response, language: str) -> str:
    assert response.status_code == 200, response.status_code
    html = response.content.decode()
    assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in html
    assert 'class="skip-link"' in html
    assert 'class="site-header"' in html
    assert 'class="site-footer"' in html
    assert "crimex/css/portal.css" in html
    assert "Menu:" not in html  # allauth's bare default layout
    assert "<strong>Messages:</strong>" not in html
    return html


def url(name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


def logged_in_with_password(client: Client, user) -> None:
    response = client.post(url("account_login", "en"), {"login": user.email, "password": PASSWORD})
    assert response.status_code == 302


@pytest.mark.parametrize("language", LANGUAGES)
def test_password_reset_pages_are_in_the_portal_layout(client, language):
    user = UserFactory(email="member@example.test")
    html = in_portal_layout(client.get(url("account_reset_password", language)), language)
    assert 'class="form"' in html
    assert 'class="button"' in html
    assert 'class="field' in html  # the portal's field markup, label tied to the input
    in_portal_layout(client.get(url("account_reset_password_done", language)), language)

    key = default_token_generator.make_token(user)
    from_key = url(
        "account_reset_password_from_key", language, uidb36=user_pk_to_url_str(user), key=key
    )
    response = client.get(from_key, follow=True)  # allauth moves the key into the session
    html = in_portal_layout(response, language)
    assert 'name="password1"' in html
    in_portal_layout(client.get(url("account_reset_password_from_key_done", language)), language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_email_confirmation_page_is_in_the_portal_layout(client, language):
    user = UserFactory(email="member@example.test")
    address, _ = EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={"verified": False, "primary": True}
    )
    key = EmailConfirmationHMAC(address).key
    html = in_portal_layout(client.get(url("account_confirm_email", language, key=key)), language)
    assert 'method="post"' in html  # the confirm button, in the portal's form
    in_portal_layout(client.get(url("account_email_verification_sent", language)), language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_reauthentication_pages_are_in_the_portal_layout(client, language):
    user = UserFactory(roles=[roles.MEMBER])
    enable_totp(user)
    log_in_with_two_factor(client, user)
    html = in_portal_layout(client.get(url("account_reauthenticate", language)), language)
    assert 'name="password"' in html
    html = in_portal_layout(client.get(url("mfa_reauthenticate", language)), language)
    assert 'name="code"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_two_factor_login_page_is_in_the_portal_layout(client, language):
    user = UserFactory(email="member@example.test", roles=[roles.MEMBER])
    enable_totp(user)
    logged_in_with_password(client, user)
    html = in_portal_layout(client.get(url("mfa_authenticate", language)), language)
    assert 'name="code"' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_activation_and_recovery_codes_are_in_the_portal_layout(
    client, language, django_capture_on_commit_callbacks
):
    user = UserFactory(roles=[roles.MEMBER])
    logged_in_with_password(client, user)
    html = in_portal_layout(client.get(url("mfa_activate_totp", language)), language)
    assert "allauth-img--qr" in html
    assert 'name="code"' in html
    secret = client.session["mfa.totp.secret"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("mfa_activate_totp", language), {"code": totp_code(secret)})
    assert response["Location"] == url("mfa_view_recovery_codes", language)
    html = in_portal_layout(client.get(response["Location"]), language)
    assert re.search(r"[0-9a-f]{8}", html)  # the codes themselves
    in_portal_layout(client.get(url("mfa_index", language)), language)


def age_the_login(client: Client, seconds: float) -> None:
    session = client.session
    for record in session["account_authentication_methods"]:
        record["at"] -= seconds
    session.save()


def test_recovery_codes_follow_the_activation_without_a_second_password_prompt(
    client, django_capture_on_commit_callbacks
):
    """The member logged in a few minutes ago, took their time with the authenticator app: the
    code they just typed is proof enough to see the recovery codes it made."""
    user = UserFactory(roles=[roles.MEMBER])
    logged_in_with_password(client, user)
    assert client.get(url("mfa_activate_totp", "en")).status_code == 200
    secret = client.session["mfa.totp.secret"]
    age_the_login(client, 280)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("mfa_activate_totp", "en"), {"code": totp_code(secret)})
    assert response["Location"] == url("mfa_view_recovery_codes", "en")
    age_the_login(client, 60)  # reading the page, 340 s after the login

    response = client.get(response["Location"])

    assert response.status_code == 200
    assert response.context["can_view_codes"]
    assert "****" not in response.content.decode()


def test_changing_two_factor_settings_later_still_asks_for_the_password(client):
    """Only the enrolment itself waives the prompt: an hour later, regenerating codes asks."""
    user = UserFactory(roles=[roles.MEMBER])
    enable_totp(user)
    log_in_with_two_factor(client, user)
    age_the_login(client, 3600)
    response = client.get(url("mfa_generate_recovery_codes", "en"))
    assert response.status_code == 302
    assert response["Location"].startswith(url("account_reauthenticate", "en")) or response[
        "Location"
    ].startswith(url("mfa_reauthenticate", "en"))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "name",
    ["account_change_password", "account_email", "account_logout", "mfa_index", "account_signup"],
)
def test_allauths_other_pages_are_in_the_portal_layout_too(client, language, name):
    user = UserFactory(roles=[roles.MEMBER])
    enable_totp(user)
    log_in_with_two_factor(client, user)
    if name == "account_signup":
        client.logout()
    in_portal_layout(client.get(url(name, language)), language)


def test_right_after_enrolment_removing_the_app_still_asks_for_the_password(
    client, django_capture_on_commit_callbacks
):
    """The waiver covers seeing the new codes only: someone at an unattended session cannot
    remove the app or replace the codes without the password."""
    user = UserFactory(roles=[roles.MEMBER])
    logged_in_with_password(client, user)
    assert client.get(url("mfa_activate_totp", "en")).status_code == 200
    secret = client.session["mfa.totp.secret"]
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("mfa_activate_totp", "en"), {"code": totp_code(secret)})
    age_the_login(client, 400)

    for name in ("mfa_deactivate_totp", "mfa_generate_recovery_codes"):
        response = client.get(url(name, "en"))
        assert response.status_code == 302, name
        assert "reauthenticate" in response["Location"], name
    assert client.get(url("mfa_view_recovery_codes", "en")).status_code == 200
