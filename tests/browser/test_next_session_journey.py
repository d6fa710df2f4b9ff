"""Issue 18's whole journey, as the people do it one after the other: PMT prepare the 6th
session from the 5th, write its agenda in the compact editor in three languages and publish v1;
a member registers and receives the confirmation; PMT move an item and publish v2 with a
comment; the outbox holds the member's e-mail in their language listing the move, and PMT send
it; the changes page shows v1 -> v2; the calendar carries the new time with a higher SEQUENCE."""

import datetime

import icalendar
from django.core import mail
from playwright.sync_api import Page, expect

from crimex_portal.accounts import roles
from crimex_portal.notifications.models import Delivery, OutboxMessage
from sessions.models import Session
from tests.browser.conftest import log_in
from tests.factories import UserFactory, enable_totp

PASSWORD = "correct-horse-battery"


def test_from_the_fifth_session_to_a_reviewed_change_of_the_sixth(
    page: Page, browser, live_server, seeded, screenshots_dir
):
    fifth = Session.objects.get(number=5)
    Session.objects.filter(number=6, is_demo=True).delete()  # the demo stands in for it
    staff = UserFactory(
        email="pmt@example.test", password=PASSWORD, roles=[roles.PMT_STAFF], is_staff=True
    )
    log_in(page, live_server, staff, PASSWORD, enable_totp(staff))
    admin = f"{live_server.url}/en/admin/crimex_sessions/session"

    # 1. PMT prepare the 6th from the 5th and write its opening in three languages.
    page.goto(f"{admin}/{fifth.pk}/change/")
    page.get_by_role("link", name="Prepare the next session").click()
    page.get_by_role("button", name="Prepare the next session").click()
    sixth = Session.objects.get(number=6)
    opening = page.locator(".timetable-editor__row").first
    opening.locator("input[name$='-title_en']").fill("Opening of the 6th session")
    opening.locator("input[name$='-title_fr']").fill("Ouverture de la 6e session")
    opening.locator("input[name$='-title_ar']").fill("افتتاح الدورة السادسة")
    page.get_by_role("button", name="Save the timetable").click()
    expect(page.locator(".messagelist")).to_contain_text("The timetable is saved.")

    # Its dates, then it is published; then the agenda's v1.
    page.goto(f"{admin}/{sixth.pk}/change/")
    page.locator("input[name=start_date]").fill("2031-05-12")
    page.locator("input[name=end_date]").fill("2031-05-13")
    page.locator("input[name=is_published]").check()
    page.locator("input[name=_continue]").first.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    page.get_by_role("link", name="Publish the agenda").click()
    page.locator("textarea[name=comment_en]").fill("First agenda of the 6th session.")
    warnings = page.locator("input[name=warnings_read]")
    if warnings.count():
        warnings.check()
    page.get_by_role("button", name="Publish the agenda").click()
    expect(page.locator(".messagelist")).to_contain_text("Version 1 of the agenda is published")
    first_item = sixth.agenda_items.order_by("date", "start_time").first()
    assert first_item.title_ar == "افتتاح الدورة السادسة"
    assert first_item.date == datetime.date(2031, 5, 12)

    # 2. A member registers from the session page and receives the confirmation, in French.
    member = UserFactory(
        email="procureure@example.test",
        password=PASSWORD,
        roles=[roles.MEMBER],
    )
    member_context = browser.new_context()
    member_page = member_context.new_page()
    log_in(member_page, live_server, member, PASSWORD, enable_totp(member))
    member.preferred_language = "fr"  # she reads her e-mails in French
    member.save(update_fields=["preferred_language"])
    member_page.goto(f"{live_server.url}/en/sessions/{sixth.pk}/")
    expect(member_page.locator(".timetable__title").first).to_have_text(
        "Opening of the 6th session"
    )
    member_page.get_by_role("button", name="Register for this session").click()
    expect(member_page.get_by_role("button", name="Cancel my registration")).to_be_visible()
    confirmations = [email for email in mail.outbox if email.to == ["procureure@example.test"]]
    assert len(confirmations) == 1
    assert "text/calendar" in [attachment[2] for attachment in confirmations[0].attachments]
    member_context.close()

    # 3. PMT move the opening an hour earlier in the editor, then publish v2 with a comment.
    page.goto(f"{admin}/{sixth.pk}/timetable/")
    moved = page.locator(".timetable-editor__row").filter(
        has=page.locator("input[value='Opening of the 6th session']")
    )
    moved.locator("input[name$='-start_time']").fill("08:00")
    moved.locator("input[name$='-end_time']").fill("08:45")
    page.get_by_role("button", name="Save the timetable").click()
    expect(page.locator(".messagelist")).to_contain_text("The timetable is saved.")
    page.goto(f"{admin}/{sixth.pk}/change/")
    page.get_by_role("link", name="Publish the agenda (v2)").click()
    expect(page.locator("#release-changes")).to_contain_text("Moved: “Opening of the 6th session”")
    page.locator("textarea[name=comment_en]").fill("The opening moves to the early morning.")
    page.locator("textarea[name=comment_fr]").fill("L’ouverture passe au petit matin.")
    page.locator("textarea[name=comment_ar]").fill("ينتقل الافتتاح إلى الصباح الباكر.")
    warnings = page.locator("input[name=warnings_read]")
    if warnings.count():
        warnings.check()
    page.get_by_role("button", name="Publish the agenda").click()
    expect(page.locator(".messagelist")).to_contain_text("Version 2 of the agenda is published")

    # 4. The outbox holds the member's e-mail in French, listing the move; PMT send it.
    delivery = OutboxMessage.objects.get(kind="sessions.release").deliveries.get()
    assert delivery.language == "fr"
    assert "L’ouverture passe au petit matin." in delivery.body
    assert "Ouverture de la 6e session" in delivery.body
    assert "08:00–08:45" in delivery.body
    page.get_by_role("button", name="Save and send to 1 recipient").click()
    expect(page.locator(".messagelist")).to_contain_text("1 message is being sent.")
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.SENT

    # 5. The changes page shows v1 -> v2.
    page.goto(f"{live_server.url}/en/sessions/{sixth.pk}/changes/")
    expect(page.locator("#v2")).to_contain_text("The opening moves to the early morning.")
    expect(page.locator("#v1")).to_contain_text("First published version of the agenda.")
    page.screenshot(path=screenshots_dir / "journey-next-session-changes-en.png", full_page=True)

    # 6. The calendar carries the new time, with a higher SEQUENCE.
    response = page.request.get(f"{live_server.url}/en/sessions/{sixth.pk}/calendar.ics")
    events = {
        str(event["summary"]).split(" – ")[0]: event
        for event in icalendar.Calendar.from_ical(response.body()).walk("VEVENT")
    }
    opening_event = events["Opening of the 6th session"]
    sixth.refresh_from_db()
    assert opening_event.decoded("dtstart") == datetime.datetime(2031, 5, 12, 8, tzinfo=sixth.zone)
    assert int(opening_event["sequence"]) == 1
