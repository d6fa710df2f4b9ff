"""Issue 20: a member searches from the header in Arabic and opens a result."""

from playwright.sync_api import Page, expect

from crimex_portal.accounts import roles
from crimex_portal.search.services import rebuild_index
from tests.browser.conftest import log_in
from tests.factories import UserFactory, enable_totp

PASSWORD = "correct-horse-battery"


def test_member_searches_from_the_header_in_arabic_and_opens_a_result(
    page: Page, live_server, seeded, screenshots_dir
):
    rebuild_index()
    member = UserFactory(email="search@example.test", password=PASSWORD, roles=[roles.MEMBER])
    log_in(page, live_server, member, PASSWORD, enable_totp(member))
    page.goto(f"{live_server.url}/ar/")
    header_search = page.locator("header .site-search")
    header_search.get_by_role("searchbox").fill("الإنتربول")
    header_search.get_by_role("button").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    results = page.locator(".search-result")
    expect(results.first).to_be_visible()
    expect(page.locator(".search-result mark").first).to_contain_text("الإنتربول")
    page.screenshot(path=screenshots_dir / "search-results-ar.png", full_page=True)
    session_result = results.filter(has=page.locator('a[href^="/ar/sessions/"]')).first
    title = session_result.locator("h3 a")
    title_text = title.inner_text()
    title.click()
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    assert "/ar/sessions/" in page.url
    expect(page.locator("main")).to_contain_text("الإنتربول")
    assert title_text
