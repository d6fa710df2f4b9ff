"""Issue 9's second journey: PMT staff edit an agenda item of the 5th session in the admin, in
English and Arabic, publish the agenda, and see the change on the session's page."""

import re

from playwright.sync_api import Page, expect

from crimex_portal.accounts import roles
from sessions.models import AgendaItem, Session
from tests.browser.conftest import log_in
from tests.factories import UserFactory, enable_totp

PASSWORD = "correct-horse-battery"
NEW_TITLE_EN = "Opening and tour de table of the delegations"
NEW_TITLE_AR = "الافتتاح وجولة تعارف بين الوفود"


def test_pmt_staff_edit_an_agenda_item_and_see_it_on_the_session_page(
    page: Page, live_server, seeded, screenshots_dir
):
    session = Session.objects.get(number=5)
    item = session.agenda_items.order_by("date", "start_time").first()
    staff = UserFactory(
        email="pmt@example.test", password=PASSWORD, roles=[roles.PMT_STAFF], is_staff=True
    )
    log_in(page, live_server, staff, PASSWORD, enable_totp(staff))

    page.goto(f"{live_server.url}/en/admin/crimex_sessions/session/{session.pk}/change/")
    # The inline keeps the items in time order: the first form is the first item of day one.
    inline = page.locator("#agenda_items-0")
    expect(inline.locator("input[name='agenda_items-0-title_en']")).to_have_value(item.title_en)
    inline.locator("input[name='agenda_items-0-title_en']").fill(NEW_TITLE_EN)
    # The other languages sit behind the translation tabs, as an editor sees them.
    inline.get_by_role("tab", name=re.compile("^ar", re.IGNORECASE)).first.click()
    inline.locator("input[name='agenda_items-0-title_ar']").fill(NEW_TITLE_AR)
    end_time = inline.locator("input[name='agenda_items-0-end_time']")
    original_end = end_time.input_value()
    assert re.fullmatch(r"\d\d:\d\d(:\d\d)?", original_end)

    # A slip of the keyboard: the item would run into the next one. Nothing is saved.
    end_time.fill("10:15")
    page.locator("input[name=_continue]").first.click()
    expect(page.locator(".errornote")).to_be_visible()
    expect(page.locator("#agenda_items-group .errorlist")).to_contain_text("overlaps")
    item.refresh_from_db()
    assert item.title_en != NEW_TITLE_EN

    # Corrected, it saves: the admin kept what was typed in both languages.
    inline = page.locator("#agenda_items-0")
    expect(inline.locator("input[name='agenda_items-0-title_ar']")).to_have_value(NEW_TITLE_AR)
    inline.locator("input[name='agenda_items-0-end_time']").fill(original_end)
    page.locator("input[name=_continue]").first.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    page.screenshot(path=screenshots_dir / "admin-session-changed-en.png", full_page=False)

    # Members read the published version until PMT publish the agenda again (issue 18).
    page.get_by_role("link", name="Publish the agenda (v2)").click()
    expect(page.locator("#release-changes")).to_contain_text(f"is now “{NEW_TITLE_EN}”")
    if page.locator("input[name=warnings_read]").count():
        page.locator("input[name=warnings_read]").check()
    page.get_by_role("button", name="Publish the agenda").click()
    expect(page.locator(".messagelist")).to_contain_text("Version 2 of the agenda is published")

    page.goto(f"{live_server.url}/en/sessions/{session.pk}/")
    first_row = page.locator(".timetable__row").first
    expect(first_row.locator(".timetable__title")).to_have_text(NEW_TITLE_EN)
    expect(first_row.locator(".timetable__time")).to_contain_text(original_end[:5])

    page.locator('.language-switcher button[value="ar"]').click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator(".timetable__row").first.locator(".timetable__title")).to_have_text(
        NEW_TITLE_AR
    )
    page.screenshot(path=screenshots_dir / "session-5-edited-ar.png", full_page=True)

    item.refresh_from_db()
    assert (item.title_en, item.title_ar) == (NEW_TITLE_EN, NEW_TITLE_AR)
    assert AgendaItem.objects.filter(session=session).count() == session.agenda_items.count()
