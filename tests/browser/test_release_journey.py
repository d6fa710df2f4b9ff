"""Issue 18's journey: PMT move an item and publish v2 with a comment; the outbox holds the
member's e-mail in their language listing the move, and PMT send it; the changes page shows
v1 -> v2; the calendar carries the new time with a higher SEQUENCE."""

import datetime

import icalendar
from django.core import mail
from playwright.sync_api import Page, expect

from crimex_portal.accounts import roles
from crimex_portal.notifications.models import Delivery, OutboxMessage
from tests.browser.conftest import log_in
from tests.factories import (
    AgendaItemFactory,
    RegistrationFactory,
    SessionFactory,
    UserFactory,
    enable_totp,
    release_agenda,
)

PASSWORD = "correct-horse-battery"


def test_pmt_move_an_item_publish_v2_and_send_the_reviewed_email(
    page: Page, live_server, db, screenshots_dir
):
    session = SessionFactory(
        number=6,
        title_en="Digital evidence",
        title_fr="La preuve numérique",
        title_ar="الأدلة الرقمية",
        start_date=datetime.date(2031, 3, 10),
        end_date=datetime.date(2031, 3, 11),
        time_zone="Africa/Tunis",
        working_languages=["en", "fr"],
        interpretation_languages=["ar", "en", "fr"],
    )
    AgendaItemFactory(
        session=session,
        title_en="Opening",
        title_fr="Ouverture",
        title_ar="الافتتاح",
        start_time=datetime.time(9),
        end_time=datetime.time(10),
    )
    AgendaItemFactory(
        session=session,
        title_en="Cloud providers",
        title_fr="Fournisseurs de services en nuage",
        title_ar="مزوّدو الخدمات السحابية",
        start_time=datetime.time(10),
        end_time=datetime.time(11),
    )
    release_agenda(session, comment={"en": "First agenda"})
    member = UserFactory(email="procureure@example.test", preferred_language="fr")
    RegistrationFactory(session=session, user=member)
    staff = UserFactory(
        email="pmt@example.test", password=PASSWORD, roles=[roles.PMT_STAFF], is_staff=True
    )
    log_in(page, live_server, staff, PASSWORD, enable_totp(staff))

    # PMT move "Cloud providers" to the afternoon of day two in the working agenda.
    page.goto(f"{live_server.url}/en/admin/crimex_sessions/session/{session.pk}/change/")
    inline = page.locator("#agenda_items-1")
    expect(inline.locator("input[name='agenda_items-1-title_en']")).to_have_value("Cloud providers")
    inline.locator("input[name='agenda_items-1-date']").fill("2031-03-11")
    inline.locator("input[name='agenda_items-1-start_time']").fill("14:00")
    inline.locator("input[name='agenda_items-1-end_time']").fill("15:30")
    page.locator("input[name=_continue]").first.click()
    expect(page.locator(".messagelist")).to_contain_text("differs from the published version")

    # Members still read v1 until PMT publish.
    page.goto(f"{live_server.url}/en/sessions/{session.pk}/")
    expect(page.locator(".timetable__row")).to_have_count(2)
    expect(page.locator("#day-2031-03-11")).to_have_count(0)

    # "Publish the agenda": what will change, a comment in each language, publish.
    page.goto(f"{live_server.url}/en/admin/crimex_sessions/session/{session.pk}/change/")
    page.get_by_role("link", name="Publish the agenda (v2)").click()
    expect(page.locator("#release-changes")).to_contain_text(
        "Moved: “Cloud providers”, from Monday 10 March, 10:00–11:00 to Tuesday 11 March, "
        "14:00–15:30."
    )
    page.locator("textarea[name=comment_en]").fill("Cloud providers move to day two.")
    page.locator("textarea[name=comment_fr]").fill("Les fournisseurs passent au deuxième jour.")
    page.locator("textarea[name=comment_ar]").fill("ينتقل موضوع مزوّدي الخدمات إلى اليوم الثاني.")
    page.screenshot(path=screenshots_dir / "publish-agenda-en.png", full_page=True)
    page.get_by_role("button", name="Publish the agenda").click()

    # The outbox holds the member's e-mail in French, listing the move, waiting for review.
    expect(page.locator(".messagelist")).to_contain_text("Version 2 of the agenda is published")
    expect(page.locator("body")).to_contain_text("procureure@example.test")
    message = OutboxMessage.objects.get(kind="sessions.release")
    delivery = message.deliveries.get()
    assert delivery.language == "fr"
    assert "Les fournisseurs passent au deuxième jour." in delivery.body
    assert "Fournisseurs de services en nuage" in delivery.body
    assert "lundi 10 mars, 10:00–11:00" in delivery.body
    assert "mardi 11 mars, 14:00–15:30" in delivery.body
    assert mail.outbox == []
    page.screenshot(path=screenshots_dir / "outbox-message-en.png", full_page=True)

    # PMT send it from the message's page.
    page.get_by_role("button", name="Save and send to 1 recipient").click()
    expect(page.locator(".messagelist")).to_contain_text("1 message is being sent.")
    expect(page.locator("#result_list")).to_contain_text("Sent")
    delivery.refresh_from_db()
    assert delivery.status == Delivery.Status.SENT
    assert [email.to for email in mail.outbox] == [["procureure@example.test"]]
    assert mail.outbox[0].attachments[0][2] == "text/calendar"

    # The changes page shows v1 -> v2, in the reader's language too.
    page.goto(f"{live_server.url}/en/sessions/{session.pk}/changes/")
    expect(page.locator("#v2")).to_contain_text("Cloud providers move to day two.")
    expect(page.locator("#v1")).to_contain_text("First published version of the agenda.")
    page.goto(f"{live_server.url}/ar/sessions/{session.pk}/changes/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("#v2")).to_contain_text("مزوّدو الخدمات السحابية")
    page.screenshot(path=screenshots_dir / "agenda-changes-ar.png", full_page=True)
    page.goto(f"{live_server.url}/ar/sessions/{session.pk}/agenda/v/2/")
    expect(page.locator("#day-2031-03-11")).to_be_visible()
    page.screenshot(path=screenshots_dir / "agenda-release-v2-ar.png", full_page=True)

    # The calendar carries the new time, with a higher SEQUENCE.
    response = page.request.get(f"{live_server.url}/en/sessions/{session.pk}/calendar.ics")
    events = {
        str(event["summary"]).split(" – ")[0]: event
        for event in icalendar.Calendar.from_ical(response.body()).walk("VEVENT")
    }
    moved = events["Cloud providers"]
    assert moved.decoded("dtstart") == datetime.datetime(2031, 3, 11, 14, tzinfo=session.zone)
    assert int(moved["sequence"]) == 1
    assert int(events["Opening"]["sequence"]) == 0
