"""Issue 18: a member registers for a full session from its page, in Arabic, and sees their
place on the waiting list; when a place frees, it is theirs."""

from django.core import mail
from playwright.sync_api import Page, expect

from crimex_portal.accounts import roles
from sessions.models import Registration
from sessions.services import registration_cancel
from tests.browser.conftest import log_in
from tests.factories import RegistrationFactory, SessionFactory, UserFactory, enable_totp

PASSWORD = "correct-horse-battery"


def test_a_member_joins_the_waiting_list_and_gets_the_freed_place(
    page: Page, live_server, screenshots_dir, django_capture_on_commit_callbacks
):
    import datetime

    from django.utils import timezone

    start = timezone.localdate() + datetime.timedelta(days=20)
    session = SessionFactory(
        start_date=start, end_date=start + datetime.timedelta(days=1), registration_capacity=1
    )
    holder = RegistrationFactory(session=session).user
    member = UserFactory(email="member@example.test", password=PASSWORD, roles=[roles.MEMBER])
    log_in(page, live_server, member, PASSWORD, enable_totp(member))
    page.set_viewport_size({"width": 1280, "height": 900})

    page.goto(f"{live_server.url}/ar/sessions/{session.pk}/")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.locator("#registration button[type=submit]").first.click()
    expect(page.locator(".registration-waiting")).to_contain_text("1")
    page.locator("#registration").scroll_into_view_if_needed()
    page.screenshot(path=screenshots_dir / "session-waiting-list-ar.png")
    assert Registration.objects.get(session=session, user=member).is_waiting

    with django_capture_on_commit_callbacks(execute=True):
        registration_cancel(session=session, user=holder)

    assert not Registration.objects.get(session=session, user=member).is_waiting
    assert mail.outbox[-1].to == [member.email]
    page.goto(f"{live_server.url}/en/sessions/{session.pk}/")
    expect(page.locator("#registration")).to_contain_text("You are registered")
