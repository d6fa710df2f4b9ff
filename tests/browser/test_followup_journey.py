"""Issue 19's journey: PMT record a decision of a session and a follow-up owned by Morocco, tied
to Action Plan A's action 3.1; the Moroccan member sees it on My CrimEx and marks it done; a
coordinator cites it as evidence; the action page shows the whole thread."""

import datetime

from playwright.sync_api import Page, expect

from actionplans.models import Action, ProgressUpdate
from crimex_portal.accounts import roles
from directory.models import Country
from followups.models import FollowUp
from sessions.models import Session
from tests.browser.conftest import log_in
from tests.factories import ReportingPeriodFactory, UserFactory, enable_totp

PASSWORD = "correct-horse-battery"
DECISION = "Members share their practice of joint investigation teams before the next session."
WHAT = "Send PMT a note on the joint investigation teams set up since 2017"


def log_out(page: Page) -> None:
    page.get_by_role("button", name="Log out").click()


def test_decision_to_evidence_thread(page: Page, live_server, seeded, screenshots_dir):
    session = Session.objects.get(number=5, part=2)
    action = Action.objects.get(goal__plan__code="A", reference="3.1")
    indicator = action.indicators.order_by("order", "code").first()
    ReportingPeriodFactory(
        name="2026 H2", start=datetime.date(2026, 7, 1), end=datetime.date(2026, 12, 31)
    )
    morocco = Country.objects.get(iso_code="MA")
    pmt = UserFactory(
        email="pmt@example.test", password=PASSWORD, roles=[roles.PMT_STAFF], is_staff=True
    )
    moroccan = UserFactory(
        email="rabat@example.test", password=PASSWORD, roles=[roles.MEMBER], country=morocco
    )
    coordinator = UserFactory(
        email="coordinator@example.test", password=PASSWORD, roles=[roles.COORDINATOR]
    )

    # 1. PMT record the decision and its follow-up in the admin.
    log_in(page, live_server, pmt, PASSWORD, enable_totp(pmt))
    page.goto(f"{live_server.url}/en/admin/followups/decision/add/")
    page.locator("select[name=session]").select_option(label=str(session.label))
    page.locator("textarea[name=text_en]").fill(DECISION)
    inline = page.locator("#followups-0")
    inline.locator("textarea[name='followups-0-what_en']").fill(WHAT)
    inline.locator("select[name='followups-0-owner_country']").select_option(label="Morocco")
    inline.locator("input[name='followups-0-due_date']").fill("2026-11-30")
    inline.locator("select[name='followups-0-actions']").select_option(label="A 3.1")
    page.locator("input[name=_save]").click()
    expect(page.locator(".messagelist")).to_contain_text("was added successfully")
    followup = FollowUp.objects.get(what_en=WHAT)
    assert followup.owner_country == morocco
    assert list(followup.actions.all()) == [action]
    page.goto(f"{live_server.url}/en/sessions/{session.pk}/")
    expect(page.locator("#decisions-title")).to_be_visible()
    expect(page.locator(f"#followup-{followup.pk}")).to_contain_text("Morocco")
    log_out(page)

    # 2. The Moroccan member lands on My CrimEx, sees it and marks it done.
    log_in(page, live_server, moroccan, PASSWORD, enable_totp(moroccan))
    expect(page).to_have_url(f"{live_server.url}/en/my/")
    panel = page.locator(".my-panel", has=page.locator("#my-followups-title"))
    expect(panel).to_contain_text(WHAT)
    page.screenshot(path=screenshots_dir / "journey-followup-my-crimex-en.png", full_page=True)
    page.locator('.language-switcher button[value="ar"]').click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.screenshot(path=screenshots_dir / "journey-followup-my-crimex-ar.png", full_page=True)
    page.locator('.language-switcher button[value="en"]').click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    panel.get_by_role("link", name=WHAT).click()
    page.locator("select[name=status]").select_option("done")
    page.locator("textarea[name=note]").fill("Note sent to PMT on 12 November.")
    page.get_by_role("button", name="Save the status").click()
    expect(page.locator("ul.messages")).to_contain_text("status is saved")
    followup.refresh_from_db()
    assert followup.status == FollowUp.Status.DONE
    # recorded in the admin by PMT, then marked done by the member: both kept
    assert [change.changed_by for change in followup.changes.all()] == [pmt, moroccan]
    log_out(page)

    # 3. A coordinator cites it as evidence of progress on the action's indicator.
    log_in(page, live_server, coordinator, PASSWORD, enable_totp(coordinator))
    page.goto(f"{live_server.url}/en/action-plans/indicators/{indicator.pk}/report/")
    page.locator("select[name=period]").select_option(label="2026 H2")
    page.locator("select[name=country]").select_option(label="Morocco")
    page.locator("select[name=status]").select_option("in_progress")
    if page.locator("input[name=value]").count():
        page.locator("input[name=value]").fill("1")
    page.locator("select[name=evidence_followup]").select_option(label=followup.what[:80])
    page.get_by_role("button", name="Save as draft").click()
    expect(page.locator("main")).to_contain_text("Follow-up done")
    update = ProgressUpdate.objects.get(author=coordinator)
    assert update.evidence_followup == followup

    # 4. The action page shows the whole thread, and each step leads to the next.
    page.goto(f"{live_server.url}{action.get_absolute_url()}")
    section = page.locator("section", has=page.locator("#action-followups-title"))
    expect(section).to_contain_text(WHAT)
    expect(section).to_contain_text("Done")
    expect(section).to_contain_text(str(session.label))
    expect(page.locator("table.table")).to_contain_text("Follow-up done")
    page.screenshot(path=screenshots_dir / "journey-followup-action-en.png", full_page=True)
    section.get_by_role("link", name=WHAT).click()
    thread = page.locator("ol.thread")
    expect(thread).to_contain_text(str(session.label))
    expect(thread).to_contain_text(DECISION)
    expect(thread).to_contain_text("Action Plan A, action 3.1")
    expect(thread).to_contain_text(indicator.code)
    page.screenshot(path=screenshots_dir / "journey-followup-thread-en.png", full_page=True)
    page.locator('.language-switcher button[value="ar"]').click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.screenshot(path=screenshots_dir / "journey-followup-thread-ar.png", full_page=True)
