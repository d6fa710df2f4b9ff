"""The whole way in, in a real browser: PMT staff invite, the invitee sets a password, enrols an
authenticator app, and reaches the restricted area."""

import re

from django.core import mail
from playwright.sync_api import Page, expect

from crimex_portal.accounts import roles
from tests.factories import UserFactory, totp_code

PASSWORD = "Mediterranean-cooperation-2026"


def enrol_totp(page: Page) -> str:
    """On the activation page: read the secret as a person would copy it, type a real code."""
    secret = page.locator("#authenticator_secret").input_value()
    page.locator("input[name=code]").fill(totp_code(secret))
    page.locator("main form button[type=submit]").click()
    expect(page).not_to_have_url(re.compile("/totp/activate/"))  # activated, moved on
    return secret


def test_invited_member_joins_with_two_factor(
    page: Page, browser, live_server, seeded, screenshots_dir, settings
):
    settings.CRIMEX_SITE_URL = live_server.url  # the e-mail's link leads to this server
    UserFactory(email="pmt@example.test", roles=[roles.PMT_STAFF], is_staff=True)

    # PMT staff log in; the portal makes them set up two-factor before the admin.
    page.goto(f"{live_server.url}/en/admin/")
    page.locator("input[name=login]").fill("pmt@example.test")
    page.locator("input[name=password]").fill("correct-horse-battery")
    page.locator("form.form button[type=submit]").click()
    expect(page).to_have_url(re.compile("/2fa/totp/activate/"))
    enrol_totp(page)
    page.goto(f"{live_server.url}/en/admin/accounts/invitation/add/")
    page.locator("#id_email").fill("n.haddad@example.test")
    page.locator("#id_first_name").fill("Nadia")
    page.locator("#id_last_name").fill("Haddad")
    page.locator("#id_role").select_option("Member")
    page.locator("#id_preferred_language").select_option("ar")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_contain_text("n.haddad@example.test")

    link = re.search(r"https?://\S+", mail.outbox[-1].body).group(0)
    invitee = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    invitee.goto(link)
    # The token left the address bar at once (it is in the session now).
    expect(invitee).to_have_url(re.compile("/ar/accounts/invitation/set-password/$"))
    expect(invitee.locator("html")).to_have_attribute("dir", "rtl")
    invitee.locator("input[name=password1]").fill(PASSWORD)
    invitee.locator("input[name=password2]").fill(PASSWORD)
    invitee.locator("main form button[type=submit]").click()
    expect(invitee).to_have_url(re.compile("/ar/accounts/2fa/totp/activate/"))
    invitee.screenshot(path=screenshots_dir / "totp-activation-ar.png", full_page=True)
    enrol_totp(invitee)

    invitee.goto(f"{live_server.url}/ar/directory/")
    expect(invitee.get_by_role("heading", level=1)).to_have_text("الدليل")
    invitee.screenshot(path=screenshots_dir / "directory-ar.png", full_page=True)
