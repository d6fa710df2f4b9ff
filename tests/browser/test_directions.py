"""Directions on Arabic pages, as Chromium lays them out (issue 16): codes, numbers with dots,
file extensions, e-mails, phone numbers, URLs and "I-24/7" keep their left-to-right order inside
Arabic text, and content shown in English for want of Arabic is marked lang="en" dir="ltr".

Each check reads where the browser put each glyph (a Range per character, getClientRects), so
it fails when the page shows "a.2.2" or "ics." whatever the HTML says."""

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import Page, expect

from crimex_portal.accounts import roles
from tests.browser.conftest import log_in
from tests.factories import (
    ActionFactory,
    ActionPlanFactory,
    AgendaItemFactory,
    ContactFactory,
    CountryFactory,
    IndicatorFactory,
    SessionFactory,
    StrategicGoalFactory,
    UserFactory,
    enable_totp,
    release_agenda,
)

PASSWORD = "correct-horse-battery"

# The characters of an element from the leftmost to the rightmost, as drawn (spaces left out).
VISUAL_ORDER = """(element) => {
  const glyphs = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.data.length; i++) {
      if (/\\s/.test(node.data[i])) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      if (rect) glyphs.push([rect.left + rect.width / 2, rect.top, node.data[i]]);
    }
  }
  const top = Math.min(...glyphs.map((glyph) => glyph[1]));
  return glyphs.filter((glyph) => glyph[1] < top + 4)  // the first line
    .sort((a, b) => a[0] - b[0]).map((glyph) => glyph[2]).join("");
}"""


def visual(locator) -> str:
    return locator.evaluate(VISUAL_ORDER)


def left_of(locator) -> float:
    return locator.evaluate("(element) => element.getBoundingClientRect().left")


def arabic_path(name: str, **kwargs) -> str:
    with translation.override("ar"):
        return reverse(name, kwargs=kwargs)


@pytest.fixture
def member(page: Page, live_server):
    user = UserFactory(email="member@example.test", password=PASSWORD, roles=[roles.MEMBER])
    log_in(page, live_server, user, PASSWORD, enable_totp(user))
    return user


def test_codes_and_the_breadcrumb_of_an_action_read_right_in_arabic(
    page: Page, live_server, member, screenshots_dir
):
    plan = ActionPlanFactory(code="A", title_ar="خطة العمل الأولى", short_title_ar="خطة")
    goal = StrategicGoalFactory(plan=plan, number=1, title_en="Capacity development")
    goal.title_ar = "تنمية القدرات"
    goal.save()
    action = ActionFactory(goal=goal, reference="2.2", description_ar="إنشاء شبكة فرعية")
    IndicatorFactory(action=action, code="2.2.a", text_ar="إنشاء الشبكة الفرعية")
    IndicatorFactory(action=action, code="3.2 b)", text_ar="تقديم المشورة الأولية")

    page.goto(live_server.url + arabic_path("actionplans:action", pk=action.pk))
    expect(page.locator("html")).to_have_attribute("dir", "rtl")

    # Right to left: the plan first (rightmost), then its goal; "A" and "1" never run together.
    plan_link = page.locator(".breadcrumb__plan")
    goal_part = page.locator(".breadcrumb__goal")
    assert left_of(plan_link) > left_of(goal_part)
    assert visual(plan_link.locator("bdi")) == "A"
    assert "A" not in (goal_part.inner_text())
    assert visual(goal_part.locator("bdi").first) == "1"

    codes = page.locator("ul strong bdi")
    assert [visual(codes.nth(i)) for i in range(codes.count())] == ["2.2.a", "3.2b)"]
    assert visual(page.locator("h1 bdi")) == "2.2"
    page.screenshot(path=screenshots_dir / "directions-action-ar.png", full_page=True)


def test_a_session_keeps_ics_and_marks_english_fallbacks_in_arabic(
    page: Page, live_server, member, screenshots_dir
):
    session = SessionFactory(
        number=5,
        title_en="Cybercrime and electronic evidence.",  # no Arabic title: English shown
        summary_ar="تبادل الخبرات بشأن الأدلة الإلكترونية عبر شبكة I-24/7.",
        venue_city_ar="لشبونة",
        venue_country=CountryFactory(iso_code="PT", name_en="Portugal", name_ar="البرتغال"),
    )
    AgendaItemFactory(
        session=session,
        title_ar="عرض المؤشر 2.2.a",
        speakers_ar="د. John Smith (UNODC)، هاتف +33 1 23 45 67",
    )
    release_agenda(session)  # members read the published agenda
    page.goto(live_server.url + arabic_path("crimex_sessions:detail", pk=session.pk))

    calendar_button = page.locator("a[href$='calendar.ics']")
    assert visual(calendar_button.locator("bdi")) == ".ics"  # the dot at the left
    # "(.ics)" closes the Arabic label, at its left end: its ")" leftmost (drawn mirrored, as
    # right-to-left text draws brackets), then ".ics" left to right, then "(".
    assert visual(calendar_button).startswith(").ics(")

    lead = page.locator("p.lead")
    expect(lead).to_have_attribute("lang", "en")
    expect(lead).to_have_attribute("dir", "ltr")
    assert visual(lead).endswith("evidence.")  # its full stop at its own end, on the right

    summary = page.locator("p", has_text="I-24/7")
    assert visual(summary.locator("bdi", has_text="I-24")) == "I-24/7"
    expect(summary).not_to_have_attribute("lang", "en")

    venue = page.locator("dd", has_text="لشبونة")
    expect(venue).to_contain_text("لشبونة، البرتغال")

    row = page.locator(".timetable__row").first
    assert visual(row.locator(".timetable__title bdi")) == "2.2.a"
    speakers = row.locator("td").nth(2)
    assert visual(speakers.locator("bdi", has_text="John")) == "JohnSmith(UNODC)"
    assert visual(speakers.locator("bdi", has_text="+33")) == "+3312345 67".replace(" ", "")
    page.screenshot(path=screenshots_dir / "directions-session-ar.png", full_page=True)


def test_a_contact_keeps_its_email_phone_and_address_in_order_in_arabic(
    page: Page, live_server, screenshots_dir
):
    staff = UserFactory(
        email="pmt@example.test", password=PASSWORD, roles=[roles.MEMBER, roles.PMT_STAFF]
    )
    log_in(page, live_server, staff, PASSWORD, enable_totp(staff))
    contact = ContactFactory(
        name_ar="سامي بن علي",
        email="s.benali@justice.example.tn",
        phone="+216 71 123 456",
        handles_urgent_requests=True,
    )
    page.goto(live_server.url + arabic_path("directory:contact", pk=contact.pk))
    assert visual(page.locator("a[href^='mailto:'] bdi")) == "s.benali@justice.example.tn"
    phone = page.locator("dd bdi", has_text="+216").last
    assert visual(phone) == "+21671123456"
    urgent = page.locator("dt", has_text="24/7")
    assert "24/7" in visual(urgent)
    page.screenshot(path=screenshots_dir / "directions-contact-ar.png", full_page=True)


# Every isolated Latin run on the page (no Arabic letter in it, on one line) drawn in the order
# it is written: the check that a code, an e-mail or an extension was not turned around.
TURNED_AROUND = """() => {
  const order = (element) => {
    const glyphs = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.data.length; i++) {
        if (/\\s/.test(node.data[i])) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (rect) glyphs.push([rect.left + rect.width / 2, node.data[i]]);
      }
    }
    return glyphs.sort((a, b) => a[0] - b[0]).map((glyph) => glyph[1]).join("");
  };
  const wrong = [];
  for (const element of document.querySelectorAll("main bdi, main [dir=ltr]")) {
    const text = element.textContent.replace(/\\s/g, "");
    if (!text || /[\\u0600-\\u06ff]/.test(element.textContent)) continue;
    if (element.getClientRects().length !== 1 || /[()\\[\\]]/.test(text)) continue;
    const drawn = order(element);
    if (drawn !== text) wrong.push(`${text} drawn as ${drawn}`);
  }
  return wrong;
}"""


@pytest.mark.parametrize(
    ("slug", "url_name", "kwargs", "query"),
    [
        ("fiche", "fiches:fiche", {"iso_code": "MA", "code": "501"}, ""),
        ("atlas", "fiches:atlas", {}, "?country=MA&measure=501"),
        ("country-fiches", "fiches:country", {"iso_code": "MA"}, ""),
        ("session-5", "crimex_sessions:detail", None, ""),
        ("action-plan-a", "actionplans:plan", {"code": "A"}, ""),
        ("directory-organisations", "directory:organisations", {}, ""),
    ],
)
def test_arabic_pages_draw_every_isolated_run_in_order_in_noto_sans(
    page: Page, live_server, seeded, member, screenshots_dir, slug, url_name, kwargs, query
):
    from sessions.models import Session

    if kwargs is None:
        kwargs = {"pk": Session.objects.filter(number=5).order_by("pk").last().pk}
    page.goto(live_server.url + arabic_path(url_name, **kwargs) + query)
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert page.locator("main bdi").count() > 0
    assert page.evaluate(TURNED_AROUND) == []
    # Latin text is set in the vendored Noto Sans, not in a fallback font.
    page.evaluate("document.fonts.ready")
    assert page.evaluate(
        """() => [...document.fonts].some((face) => face.family.replace(/"/g, "") === "Noto Sans"
             && face.status === "loaded")"""
    )
    page.screenshot(path=screenshots_dir / f"directions-{slug}-ar.png", full_page=True)
