import pytest
from playwright.sync_api import Page, expect

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "mobile": {"width": 375, "height": 740}}


def horizontal_overflow(page: Page) -> int:
    return page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize(("language", "direction"), [("en", "ltr"), ("ar", "rtl")])
def test_home_page_in_a_real_browser(
    page: Page, live_server, seeded, screenshots_dir, language, direction, viewport
):
    page.set_viewport_size(VIEWPORTS[viewport])
    page.goto(f"{live_server.url}/{language}/")

    expect(page.locator("html")).to_have_attribute("dir", direction)
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.get_by_role("main")).to_be_visible()
    expect(page.get_by_role("navigation")).to_be_visible()
    assert horizontal_overflow(page) <= 0
    page.screenshot(path=screenshots_dir / f"home-{language}-{viewport}.png", full_page=True)


def test_arabic_layout_mirrors(page: Page, live_server, seeded):
    page.set_viewport_size(VIEWPORTS["desktop"])
    page.goto(f"{live_server.url}/ar/")
    brand = page.locator(".brand").bounding_box()
    switcher = page.locator(".language-switcher").bounding_box()
    # Right to left: the brand sits at the right edge, the tools at the left.
    assert brand["x"] > switcher["x"]
    font = page.evaluate("() => getComputedStyle(document.body).fontFamily")
    assert font.startswith('"Noto Naskh Arabic"')


def test_skip_link_and_language_switcher_by_keyboard(page: Page, live_server, seeded):
    page.goto(f"{live_server.url}/en/about/")
    page.keyboard.press("Tab")
    skip_link = page.get_by_role("link", name="Skip to main content")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()

    page.locator('.language-switcher button[value="ar"]').click()

    expect(page).to_have_url(f"{live_server.url}/ar/about/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.get_by_role("heading", level=1)).to_contain_text("CrimEx")
