"""A prosecutor looks up "letter rogatory" in the glossary in Arabic, from the main menu."""

import pytest
from playwright.sync_api import Page, expect

from crimex_portal.accounts import roles
from tests.browser.conftest import log_in
from tests.factories import UserFactory, enable_totp

PASSWORD = "correct-horse-battery"


@pytest.fixture
def logged_in(page: Page, live_server, seeded) -> Page:
    user = UserFactory(email="glossary@example.test", password=PASSWORD, roles=[roles.MEMBER])
    log_in(page, live_server, user, PASSWORD, enable_totp(user))
    return page


def test_member_finds_letter_rogatory_in_arabic(logged_in: Page, live_server, screenshots_dir):
    page = logged_in
    page.goto(f"{live_server.url}/ar/")
    page.get_by_role("link", name="المسرد").click()
    glossary_search = page.locator("main form")
    glossary_search.get_by_role("textbox", name="بحث").fill("الانابة القضائية")  # no hamza
    glossary_search.get_by_role("button", name="بحث").click()

    entry = page.locator("#term-letter-rogatory")
    expect(entry).to_be_visible()
    terms = entry.locator(".glossary-entry__terms")
    expect(terms.locator('span[lang="ar"]')).to_have_text("الإنابة القضائية")
    # Latin terms are isolated: each keeps its own left-to-right order on the Arabic page.
    french = terms.locator('bdi[lang="fr"]')
    expect(french).to_have_text("commission rogatoire")
    expect(terms.locator('bdi[lang="en"]')).to_have_text("letter rogatory")
    assert french.evaluate("e => getComputedStyle(e).direction") == "ltr"
    expect(entry).to_contain_text("طلب توجّهه سلطة قضائية إلى سلطة قضائية أجنبية")
    expect(entry.locator("s").first).to_be_visible()  # the variants to avoid, struck through
    page.screenshot(path=str(screenshots_dir / "glossary-ar.png"), full_page=True)

    page.goto(f"{live_server.url}/ar/glossary/?domain=portal")
    expect(page.locator("#term-reporting-period")).to_contain_text("فترة الإبلاغ")
    page.screenshot(path=str(screenshots_dir / "glossary-ar-portal.png"), full_page=False)
