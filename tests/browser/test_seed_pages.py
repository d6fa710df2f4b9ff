"""The police strategy and About pages in Arabic, as a reader sees them (issue 16)."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.test_home import VIEWPORTS, horizontal_overflow


@pytest.mark.parametrize(
    ("path", "name", "heading"),
    [
        ("police-strategy/", "police-strategy", "استراتيجية يوروميد للشرطة لعام 2017"),
        ("about/", "about", "CrimEx"),
    ],
)
def test_seed_pages_in_arabic(
    page: Page, live_server, seeded, screenshots_dir, path, name, heading
):
    page.set_viewport_size(VIEWPORTS["desktop"])
    page.goto(f"{live_server.url}/ar/{path}")

    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("heading", level=1)).to_contain_text(heading)
    assert horizontal_overflow(page) <= 0
    page.screenshot(path=screenshots_dir / f"{name}-ar-desktop.png", full_page=True)


def test_a_core_area_leads_to_its_objective_and_back(page: Page, live_server, seeded):
    page.goto(f"{live_server.url}/ar/police-strategy/")

    page.locator("#area-cybercrime a").click()

    expect(page).to_have_url(f"{live_server.url}/ar/police-strategy/#objective-3")
    expect(page.locator("#objective-3 h3")).to_contain_text("مكافحة الجريمة السيبرانية")
    expect(page.locator("#objective-3 li")).to_have_count(5)
