"""Every main page in English and Arabic, in a real browser: it answers, it is in the language and
direction asked for, nothing overflows sideways, and CI keeps a screenshot of it
(artifacts/screenshots/<page>-<language>.png, named in the README)."""

import pytest
from playwright.sync_api import Page, expect

from crimex_portal.accounts import roles
from tests.browser.conftest import log_in
from tests.browser.pages import main_pages
from tests.factories import UserFactory, enable_totp

PASSWORD = "correct-horse-battery"
DIRECTIONS = {"en": "ltr", "ar": "rtl"}


@pytest.mark.parametrize("language", DIRECTIONS)
def test_main_pages_in_a_real_browser(
    page: Page, browser, live_server, seeded, screenshots_dir, language
):
    # A coordinator of the PMT sees the most: export forms, review links.
    user = UserFactory(
        email="coordinator@example.test",
        password=PASSWORD,
        roles=[roles.MEMBER, roles.COORDINATOR, roles.PMT_STAFF],
    )
    log_in(page, live_server, user, PASSWORD, enable_totp(user))
    anonymous = browser.new_context(viewport=page.viewport_size).new_page()

    problems = []
    for main_page in main_pages():
        tab = anonymous if main_page.anonymous else page
        response = tab.goto(live_server.url + main_page.path(language))
        if response.status != 200 or response.url != live_server.url + main_page.path(language):
            problems.append(f"{main_page.slug}: {response.status} at {response.url}")
            continue
        expect(tab.locator("html")).to_have_attribute("lang", language)
        expect(tab.locator("html")).to_have_attribute("dir", DIRECTIONS[language])
        expect(tab.get_by_role("heading", level=1)).to_have_count(1)
        overflow = tab.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        if overflow > 0:
            problems.append(f"{main_page.slug}: {overflow}px of horizontal overflow")
        tab.screenshot(path=screenshots_dir / f"{main_page.slug}-{language}.png", full_page=True)
    assert not problems, "\n".join(problems)
