"""Issue 18: PMT prepare the 6th session from the 5th and write its agenda in the compact
timetable editor, in three languages, then look at it as members will see it."""

from playwright.sync_api import Page, expect

from crimex_portal.accounts import roles
from sessions.models import Session
from tests.browser.conftest import log_in
from tests.factories import UserFactory, enable_totp

PASSWORD = "correct-horse-battery"
SCREEN = {"width": 1440, "height": 900}


def test_pmt_prepare_the_sixth_session_and_write_its_agenda_in_the_compact_editor(
    page: Page, live_server, seeded, screenshots_dir
):
    page.set_viewport_size(SCREEN)
    fifth = Session.objects.get(number=5)
    # The demo 6th session stands in for a real one until PMT prepare it: they do so here.
    Session.objects.filter(number=6, is_demo=True).delete()
    items = fifth.agenda_items.count()
    staff = UserFactory(
        email="pmt@example.test", password=PASSWORD, roles=[roles.PMT_STAFF], is_staff=True
    )
    log_in(page, live_server, staff, PASSWORD, enable_totp(staff))

    # The 5th session's timetable fits on one screen: every row, its Save button included.
    page.goto(f"{live_server.url}/en/admin/crimex_sessions/session/{fifth.pk}/timetable/")
    rows = page.locator(".timetable-editor__row")
    expect(rows).to_have_count(items)
    page.screenshot(path=screenshots_dir / "admin-timetable-editor-5th-en.png")
    last = rows.last.bounding_box()
    assert last["y"] + last["height"] <= SCREEN["height"], last
    assert page.evaluate("document.documentElement.scrollWidth") <= SCREEN["width"]

    # Prepare the next session from the 5th's page.
    page.goto(f"{live_server.url}/en/admin/crimex_sessions/session/{fifth.pk}/change/")
    page.get_by_role("link", name="Prepare the next session").click()
    page.get_by_role("button", name="Prepare the next session").click()
    expect(page.locator(".messagelist")).to_contain_text("is prepared as an unpublished draft")
    sixth = Session.objects.get(number=6)
    assert not sixth.is_published
    expect(page.locator(".timetable-editor__row")).to_have_count(items)
    expect(page.locator(".timetable-editor__day").first).to_contain_text("Day 1")

    # PMT write the first item in three languages and save.
    first = page.locator(".timetable-editor__row").first
    first.locator("input[name$='-title_en']").fill("Opening of the 6th session")
    first.locator("input[name$='-title_fr']").fill("Ouverture de la 6e session")
    first.locator("input[name$='-title_ar']").fill("افتتاح الدورة السادسة")
    page.get_by_role("button", name="Save the timetable").click()
    expect(page.locator(".messagelist")).to_contain_text("The timetable is saved.")
    opening = sixth.agenda_items.order_by("date", "start_time").first()
    assert (opening.title_fr, opening.title_ar) == (
        "Ouverture de la 6e session",
        "افتتاح الدورة السادسة",
    )

    # A slip: an item ending before it starts. Nothing is saved; the row says why.
    second = page.locator(".timetable-editor__row").nth(1)
    second.locator("input[name$='-title_en']").fill("Keynote")
    second.locator("input[name$='-end_time']").fill("06:00")
    page.get_by_role("button", name="Save the timetable").click()
    expect(page.locator(".timetable-editor__errors").first).to_contain_text(
        "An item must end after it starts."
    )
    assert not sixth.agenda_items.filter(title_en="Keynote").exists()

    # Corrected; then the second item moves up, before the opening.
    page.goto(f"{live_server.url}/en/admin/crimex_sessions/session/{sixth.pk}/timetable/")
    page.locator(".timetable-editor__row").nth(1).get_by_role("button", name="Move up").click()
    expect(page.locator(".messagelist")).to_contain_text("The timetable is saved.")
    expect(
        page.locator(".timetable-editor__row").nth(1).locator("input[name$='-title_en']")
    ).to_have_value("Opening of the 6th session")

    # An item added to day 2.
    page.get_by_role("button", name="Add an item to Day 2").click()
    new_row = page.locator("#new-row")
    new_row.locator("input[name$='-title_en']").fill("Visit of the court")
    new_row.locator("input[name$='-title_fr']").fill("Visite du tribunal")
    new_row.locator("input[name$='-title_ar']").fill("زيارة المحكمة")
    page.get_by_role("button", name="Save the timetable").click()
    expect(page.locator(".messagelist")).to_contain_text("The timetable is saved.")
    assert sixth.agenda_items.count() == items + 1
    page.screenshot(path=screenshots_dir / "admin-timetable-editor-6th-en.png")

    # The preview: as members will see it, in Arabic too.
    page.goto(f"{live_server.url}/ar/admin/crimex_sessions/session/{sixth.pk}/timetable/preview/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator(".timetable__title").nth(1)).to_have_text("افتتاح الدورة السادسة")
    page.screenshot(path=screenshots_dir / "admin-timetable-preview-6th-ar.png", full_page=True)
    page.goto(f"{live_server.url}/ar/admin/crimex_sessions/session/{sixth.pk}/timetable/")
    page.screenshot(path=screenshots_dir / "admin-timetable-editor-6th-ar.png")
