"""The main pages on a phone (390 px wide), in English and in Arabic: nothing overflows sideways,
the navigation folds behind a menu button, axe-core stays clean, and a screenshot of each page is
saved (phone-<slug>-<language>.png) with the others."""

import pytest
from django.utils import translation
from playwright.sync_api import Page, expect

from crimex_portal.accounts import roles
from sessions.models import Session
from tests.browser.pages import main_pages
from tests.browser.test_accessibility import blocking_violations, installed_axe_script, open_page
from tests.factories import UserFactory, enable_totp, totp_code

PASSWORD = "correct-horse-battery"
PHONE = {"width": 390, "height": 844}
PHONE_PAGES = [
    "home",
    "sessions",
    "session-5",
    "action-plans",
    "action-plan-a",
    "action-plan-action",
    "directory-search",
    "directory-contact",
    "fiches",
    "fiche-ma-501",
    "fiches-compare",
    "atlas",
    "action-plan-a-dashboard",
    "directory-organisations",
    "fiches-country-ma",
    "fiches-measure-501",
    "fiches-search",
    "my-crimex",
    "search",
    "library",
    "glossary",
]

OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll('main *, header *')]
    .filter((element) => element.getBoundingClientRect().width > width + 1)
    .slice(0, 5)
    .map((element) => element.tagName + '.' + element.className);
  return {scroll: document.documentElement.scrollWidth, client: width, wide};
}"""


def log_in_as(page: Page, live_server, language: str, user, secret: str) -> None:
    """Password then code, on the login page in that language."""
    page.goto(f"{live_server.url}/{language}/accounts/login/")
    page.locator("input[name=login]").fill(user.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form.form button[type=submit]").click()
    page.locator("input[name=code]").fill(totp_code(secret))
    page.locator("input[name=code]").press("Enter")
    expect(page.locator(".account-name")).to_be_visible()


def sideways_overflow(page: Page, where: str) -> list[str]:
    sizes = page.evaluate(OVERFLOW)
    if sizes["scroll"] <= sizes["client"]:
        return []
    return [f"{where}: {sizes['scroll']} px wide for {sizes['client']} px: {sizes['wide']}"]


@pytest.mark.parametrize("language", ["en", "ar"])
def test_main_pages_fit_a_phone(page: Page, live_server, seeded, screenshots_dir, language):
    axe_script = installed_axe_script()
    page.set_viewport_size(PHONE)
    user = UserFactory(
        email="phone@example.test",
        password=PASSWORD,
        roles=[roles.MEMBER, roles.COORDINATOR, roles.PMT_STAFF],
    )
    secret = enable_totp(user)
    with translation.override(language):
        assert Session.objects.filter(number=5).exists()
    page.goto(f"{live_server.url}/{language}/accounts/login/")
    found = sideways_overflow(page, "login")
    page.screenshot(path=screenshots_dir / f"phone-login-{language}.png", full_page=True)
    log_in_as(page, live_server, language, user, secret)

    pages = {main_page.slug: main_page for main_page in main_pages()}
    for slug in PHONE_PAGES:
        open_page(page, live_server.url + pages[slug].path(language))
        found += sideways_overflow(page, slug)
        found += blocking_violations(page, axe_script, slug)
        page.screenshot(path=screenshots_dir / f"phone-{slug}-{language}.png", full_page=True)

    assert not found, f"{len(found)} problems at 390 px in {language}:\n" + "\n".join(found)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_navigation_folds_behind_a_menu_button_on_a_phone(
    page: Page, live_server, screenshots_dir, language
):
    page.set_viewport_size(PHONE)
    page.goto(f"{live_server.url}/{language}/")
    with translation.override(language):
        name = translation.gettext("Menu")
        sessions = translation.gettext("Sessions")
    menu = page.get_by_role("button", name=name)
    links = page.locator("#site-nav-list")
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(links).to_be_hidden()

    menu.click()

    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(links.get_by_role("link", name=sessions)).to_be_visible()
    page.screenshot(path=screenshots_dir / f"phone-menu-open-{language}.png")
    page.keyboard.press("Escape")
    expect(links).to_be_hidden()
    expect(menu).to_be_focused()


def test_the_menu_button_stays_away_on_a_wide_screen(page: Page, live_server):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{live_server.url}/en/")
    expect(page.locator(".site-nav__toggle")).to_be_hidden()
    expect(page.locator("#site-nav-list").get_by_role("link", name="Sessions")).to_be_visible()
