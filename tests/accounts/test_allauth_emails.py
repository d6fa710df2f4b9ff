"""allauth's e-mails in the portal's voice: signed "CrimEx portal" with CRIMEX_SITE_URL, never
"Hello from <host>", in the recipient's language, with an HTML part right to left in Arabic."""

from pathlib import Path

import allauth
import pytest
from allauth.account.adapter import get_adapter
from allauth.account.models import EmailAddress
from django.urls import reverse
from django.utils import translation

from crimex_portal.accounts import roles
from tests.factories import UserFactory, totp_code

pytestmark = pytest.mark.django_db

SITE = "https://crimex.example.org"


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.CRIMEX_SITE_URL = SITE


def html_part(message) -> str:
    htmls = [content for content, mimetype in message.alternatives if mimetype == "text/html"]
    assert len(htmls) == 1
    return htmls[0]


def assert_in_the_portals_voice(message) -> None:
    for part in (message.body, html_part(message)):
        assert "Hello from" not in part
        assert "testserver" not in part  # the host the request came through
        assert SITE in part


def test_password_reset_in_arabic_has_an_html_part_right_to_left(client, mailoutbox):
    UserFactory(email="juge@example.test", preferred_language="ar")

    client.post(reverse("account_reset_password"), {"email": "juge@example.test"})

    [message] = mailoutbox
    assert_in_the_portals_voice(message)
    html = html_part(message)
    assert 'dir="rtl"' in html
    assert '<html dir="rtl" lang="ar">' in html
    assert f'<bdi dir="ltr"><a href="{SITE}/ar/accounts/password/reset/key/' in html
    with translation.override("ar"):
        assert translation.gettext("CrimEx portal") in message.body
    assert f"{SITE}/" in message.body


def test_password_reset_in_english_is_signed_crimex_portal(client, mailoutbox):
    UserFactory(email="judge@example.test", preferred_language="en")

    client.post(reverse("account_reset_password"), {"email": "judge@example.test"})

    [message] = mailoutbox
    assert_in_the_portals_voice(message)
    assert message.body.startswith("Hello,")
    assert "CrimEx portal" in message.body
    assert 'dir="ltr"' in html_part(message)


def test_reset_for_an_unknown_address_is_in_the_portals_voice_too(client, mailoutbox):
    client.post(reverse("account_reset_password"), {"email": "nobody@example.test"})

    [message] = mailoutbox
    assert_in_the_portals_voice(message)


def test_email_confirmation_and_two_factor_notices_are_in_the_portals_voice(
    client, mailoutbox, django_capture_on_commit_callbacks
):
    user = UserFactory(email="member@example.test", preferred_language="fr", roles=[roles.MEMBER])
    address, _ = EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": False, "primary": True}
    )
    with translation.override("en"):  # sent outside a request, from a page in English
        address.send_confirmation()

    credentials = {"login": user.email, "password": "correct-horse-battery"}
    client.post(reverse("account_login"), credentials)
    assert client.get(reverse("mfa_activate_totp")).status_code in (200, 302)
    secret = client.session.get("mfa.totp.secret")
    if secret:
        with django_capture_on_commit_callbacks(execute=True):
            client.post(reverse("mfa_activate_totp"), {"code": totp_code(secret)})

    assert mailoutbox
    for message in mailoutbox:
        assert_in_the_portals_voice(message)
    with translation.override("fr"):  # her language, not the page's
        subject = translation.gettext("Please Confirm Your Email Address")
    assert subject != "Please Confirm Your Email Address"
    assert any(subject in message.subject for message in mailoutbox)


ALLAUTH_TEMPLATES = Path(allauth.__file__).parent / "templates"
ALLAUTH_EMAILS = sorted(
    str(path.relative_to(ALLAUTH_TEMPLATES)).removesuffix("_message.txt")
    for folder in ("account/email", "mfa/email")
    for path in (ALLAUTH_TEMPLATES / folder).glob("*_message.txt")
    if path.name != "base_message.txt"
)


@pytest.mark.parametrize("prefix", ALLAUTH_EMAILS)
@pytest.mark.parametrize("language", ["en", "ar"])
def test_every_allauth_email_is_in_the_portals_voice(rf, prefix, language):
    """Each e-mail allauth can send (its templates, listed from the package), rendered as the
    adapter sends it: the portal's greeting and sign-off, an HTML part in the right direction."""
    adapter = get_adapter(rf.get("/"))
    adapter.request = rf.get("/")
    context = {
        "user": UserFactory.build(preferred_language=language),
        "password_reset_url": f"{SITE}/x/",
        "activate_url": f"{SITE}/x/",
        "signup_url": f"{SITE}/x/",
        "code": "ABC123",
        "from_email": "old@example.test",
        "to_email": "new@example.test",
        "deleted_email": "old@example.test",
        "timestamp": "now",
        "ip": "192.0.2.1",
        "user_agent": "test",
    }
    with translation.override(language):
        message = adapter.render_mail(
            prefix, "member@example.test", {**context, "site_url": SITE, "email": "m@x.test"}
        )
    assert_in_the_portals_voice(message)
    assert f'dir="{"rtl" if language == "ar" else "ltr"}"' in html_part(message)
