"""Printing the agenda, a fiche, the Atlas, a plan and a contact card: no navigation, no forms,
rows and cards kept whole across page breaks. A PDF of each, as the browser prints it, is saved
with the screenshots (print-<slug>-<language>.pdf)."""

import pytest
from playwright.sync_api import Page, expect

from crimex_portal.accounts import roles
from tests.browser.pages import main_pages
from tests.browser.test_accessibility import open_page
from tests.browser.test_phone_layout import log_in_as
from tests.factories import UserFactory, enable_totp

PASSWORD = "correct-horse-battery"
PRINTED = {
    "session-5": ".timetable__row",
    "fiche-ma-501": ".fiche-part",
    "atlas": ".atlas .fiche-part, .atlas .contact-card",
    "action-plan-a": ".plan-table tr",
    "directory-contact": "main h1",  # the contact page: its card, without the chrome
}


@pytest.mark.parametrize("language", ["en", "ar"])
def test_printed_pages_drop_navigation_and_keep_rows_whole(
    page: Page, live_server, seeded, screenshots_dir, language
):
    user = UserFactory(email="print@example.test", password=PASSWORD, roles=[roles.MEMBER])
    secret = enable_totp(user)
    log_in_as(page, live_server, language, user, secret)
    page.emulate_media(media="print")

    pages = {main_page.slug: main_page for main_page in main_pages()}
    for slug, kept_whole in PRINTED.items():
        open_page(page, live_server.url + pages[slug].path(language))
        expect(page.locator(".site-nav")).to_be_hidden()
        expect(page.locator(".site-search")).to_be_hidden()
        expect(page.locator(".site-footer")).to_be_hidden()
        expect(page.locator(kept_whole).first).to_be_visible()
        if slug != "directory-contact":
            breaks = page.locator(kept_whole).first.evaluate(
                "(element) => getComputedStyle(element).breakInside"
            )
            assert breaks == "avoid", (slug, breaks)
        page.pdf(path=screenshots_dir / f"print-{slug}-{language}.pdf", format="A4")
