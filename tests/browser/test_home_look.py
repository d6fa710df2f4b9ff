"""The home (issue 21) in a real browser: at desktop width and at 390 px, in English and in
Arabic, nothing overflows sideways, axe-core stays clean, the plans' bars start on the reading
side, and a screenshot of each is saved (home-look-<viewport>-<language>.png)."""

import datetime

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from tests.browser.test_accessibility import blocking_violations, installed_axe_script, open_page
from tests.browser.test_phone_layout import sideways_overflow
from tests.factories import SessionFactory, release_agenda

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.fixture
def coming_session(seeded):
    """A published session a month away, its agenda published: the home has all its blocks."""
    start = timezone.localdate() + datetime.timedelta(days=30)
    session = SessionFactory(
        number=90,
        title_en="Test session for the home page",
        title_ar="دورة اختبار للصفحة الرئيسية",
        start_date=start,
        end_date=start + datetime.timedelta(days=1),
        is_demo=True,
    )
    release_agenda(session)
    return session


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_home_fits_and_reads_well(
    page: Page, live_server, coming_session, screenshots_dir, language, viewport
):
    axe_script = installed_axe_script()
    page.set_viewport_size(VIEWPORTS[viewport])

    open_page(page, f"{live_server.url}/{language}/")

    expect(page.locator("#upcoming-title")).to_be_visible()
    expect(page.locator(".plan-progress").first).to_be_visible()
    expect(page.locator(".latest-change").first).to_be_visible()
    bar = page.locator(".progress-bar").first.bounding_box()
    first_segment = page.locator(".progress-bar rect").first.bounding_box()
    # The first segment (achieved) sits at the start of the line: left in English, right in Arabic.
    if language == "ar":
        assert abs((bar["x"] + bar["width"]) - (first_segment["x"] + first_segment["width"])) < 2
    else:
        assert abs(bar["x"] - first_segment["x"]) < 2
    found = sideways_overflow(page, f"home {viewport}")
    found += blocking_violations(page, axe_script, f"home {viewport}")
    page.screenshot(path=screenshots_dir / f"home-look-{viewport}-{language}.png", full_page=True)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_an_empty_home_says_so_in_each_block(page: Page, live_server, screenshots_dir, language):
    axe_script = installed_axe_script()
    page.set_viewport_size(VIEWPORTS["phone"])

    open_page(page, f"{live_server.url}/{language}/")

    expect(page.locator(".empty-state")).to_have_count(4)
    found = sideways_overflow(page, "empty home") + blocking_violations(
        page, axe_script, "empty home"
    )
    page.screenshot(path=screenshots_dir / f"home-look-empty-{language}.png", full_page=True)
    assert not found, "\n".join(found)
