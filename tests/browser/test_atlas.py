"""Issue 7's acceptance: a member opens the Atlas, picks Morocco and "freezing of assets", and has
the fiche and whom to contact on one page, in English, French and Arabic."""

import pytest
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import Page, expect

from crimex_portal.accounts import roles
from fiches.models import Measure
from tests.browser.conftest import log_in
from tests.factories import UserFactory, enable_totp

PASSWORD = "correct-horse-battery"


def expected_texts(language: str) -> tuple[str, str, str]:
    """What the page says in that language: the measure, the notice, the contacts' heading."""
    with translation.override(language):
        return (
            Measure.objects.get(code="501").name,
            gettext("Illustrative content awaiting validation by the national authority."),
            gettext("Whom to contact"),
        )


@pytest.fixture
def logged_in(page: Page, live_server, seeded) -> Page:
    user = UserFactory(email="atlas@example.test", password=PASSWORD, roles=[roles.MEMBER])
    log_in(page, live_server, user, PASSWORD, enable_totp(user))
    return page


def test_atlas_morocco_freezing_of_assets_in_three_languages(
    logged_in: Page, live_server, screenshots_dir
):
    page = logged_in
    page.goto(f"{live_server.url}/en/fiches/")
    page.get_by_label("Country you send the request to").select_option(label="Morocco")
    page.get_by_label("Measure you need").select_option(label="501 Freezing of assets")
    page.get_by_role("button", name="Open the Atlas").click()

    for language in ("en", "fr", "ar"):
        if language != "en":
            page.locator(f'.language-switcher button[value="{language}"]').click()
        measure, notice, contacts = expected_texts(language)
        expect(page.locator("html")).to_have_attribute("lang", language)
        expect(page.locator("html")).to_have_attribute("dir", "rtl" if language == "ar" else "ltr")
        expect(page.locator("article.atlas h2")).to_contain_text(measure)
        expect(page.locator(".notice--illustrative").first).to_contain_text(notice)
        expect(page.locator("#contacts-title")).to_contain_text(contacts)
        # The Moroccan asset-recovery contact point comes first, then the authority's people.
        cards = page.locator(".atlas-contacts .contact-card")
        assert cards.count() >= 3
        expect(cards.first).to_contain_text("CARIN")
        assert (
            page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            <= 0
        )
        page.screenshot(path=screenshots_dir / f"atlas-{language}.png", full_page=True)


def test_comparison_of_three_countries_in_arabic(logged_in: Page, live_server, screenshots_dir):
    page = logged_in
    page.goto(f"{live_server.url}/ar/fiches/measures/501/compare/?country=MA&country=TN&country=DZ")
    headers = page.locator("table.comparison thead th")
    expect(headers).to_have_count(3)
    expect(headers.nth(0)).to_have_text("المغرب")
    # Right to left: the first country's column is right of the second's.
    assert headers.nth(0).bounding_box()["x"] > headers.nth(1).bounding_box()["x"]
    page.screenshot(path=screenshots_dir / "fiches-comparison-ar.png", full_page=True)
