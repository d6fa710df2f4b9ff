"""allauth's pages and the admin as members see them, in Arabic, at desktop and phone widths:
inside the portal's layout, axe-clean, nothing sideways; screenshots saved to look at."""

import pytest
from playwright.sync_api import Page, expect

from crimex_portal.accounts import roles
from tests.browser.test_accessibility import blocking_violations, installed_axe_script
from tests.browser.test_phone_layout import PHONE, log_in_as, sideways_overflow
from tests.factories import UserFactory, enable_totp, totp_code

PASSWORD = "correct-horse-battery"
DESKTOP = {"width": 1280, "height": 900}


def look(page: Page, axe_script, screenshots_dir, slug: str) -> list[str]:
    expect(page.locator(".site-header")).to_be_visible()
    expect(page.locator(".skip-link")).to_be_attached()
    found = blocking_violations(page, axe_script, slug) + sideways_overflow(page, slug)
    page.screenshot(path=screenshots_dir / f"{slug}.png", full_page=True)
    return found


@pytest.mark.parametrize(("size", "width"), [("desktop", DESKTOP), ("phone", PHONE)])
def test_allauth_pages_in_arabic_look_like_the_portal(
    page: Page, live_server, screenshots_dir, size, width
):
    axe_script = installed_axe_script()
    page.set_viewport_size(width)
    found = []
    page.goto(f"{live_server.url}/ar/accounts/password/reset/")
    found += look(page, axe_script, screenshots_dir, f"allauth-password-reset-ar-{size}")

    newcomer = UserFactory(email="new@example.test", password=PASSWORD, roles=[roles.MEMBER])
    page.goto(f"{live_server.url}/ar/accounts/login/")
    page.locator("input[name=login]").fill(newcomer.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form.form button[type=submit]").click()
    page.goto(f"{live_server.url}/ar/accounts/2fa/totp/activate/")
    expect(page.locator(".allauth-img--qr")).to_be_visible()
    found += look(page, axe_script, screenshots_dir, f"allauth-activate-totp-ar-{size}")
    secret = page.locator("#authenticator_secret").input_value()
    page.locator("input[name=code]").fill(totp_code(secret))
    page.locator("input[name=code]").press("Enter")
    expect(page.locator("#recovery_codes")).to_be_visible()  # no password asked in between
    found += look(page, axe_script, screenshots_dir, f"allauth-recovery-codes-ar-{size}")

    assert not found, "\n".join(found)


def test_admin_in_arabic_carries_the_identity(page: Page, live_server, screenshots_dir):
    page.set_viewport_size(DESKTOP)
    staff = UserFactory(
        email="pmt@example.test", password=PASSWORD, is_staff=True, roles=[roles.PMT_STAFF]
    )
    secret = enable_totp(staff)
    log_in_as(page, live_server, "ar", staff, secret)
    page.goto(f"{live_server.url}/ar/admin/")
    expect(page.locator(".crimex-admin-brand img")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.screenshot(path=screenshots_dir / "admin-index-ar.png")
