"""Keyboard-only use of the main flows, in English and in Arabic: log in (password, then the
two-factor code), search the directory, open the Atlas for a country and a measure, switch the
language. Every focus stop shows a focus indicator, and tabbing through each page visits all its
focusable elements in order, leaves the page after the last one and comes back to the first: no
keyboard trap."""

import re

import pytest
from playwright.sync_api import Locator, Page, expect

from crimex_portal.accounts import roles
from tests.factories import UserFactory, enable_totp, totp_code

PASSWORD = "correct-horse-battery"
# Tabs allowed beyond the page's focusable elements (Chromium also stops on scrollable boxes).
SPARE_TABS = 10

# Numbers every element in document order, and lists the ones Tab should stop on: focusable,
# rendered, not disabled or inert, tabindex not negative, one radio button per group.
MARK_FOCUSABLES = """() => {
  const selector = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, '
    + 'iframe, summary, [contenteditable="true"], [tabindex]';
  document.querySelectorAll('*').forEach((element, order) => { element.__order = order; });
  const radioGroups = new Set();
  return [...document.querySelectorAll(selector)].filter((element) => {
    if (element.disabled || element.closest('[inert]') || element.tabIndex < 0) return false;
    if (!element.checkVisibility({visibilityProperty: true})) return false;
    if (element.type === 'radio') {
      const group = element.form?.elements.namedItem(element.name) ?? element;
      const chosen = [...(group.length ? group : [group])].find((radio) => radio.checked);
      if (chosen ? chosen !== element : radioGroups.has(element.name)) return false;
      radioGroups.add(element.name);
    }
    return true;
  }).map((element) => element.__order);
}"""

# Where the focus is now, and whether a sighted keyboard user can see it: an outline or a box
# shadow drawn, and the element at least partly inside the viewport.
FOCUS_STOP = """() => {
  const element = document.activeElement;
  if (!element || element === document.body || element === document.documentElement) return null;
  const style = getComputedStyle(element);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    && style.outlineColor !== 'rgba(0, 0, 0, 0)';
  const shadow = style.boxShadow !== 'none';
  const box = element.getBoundingClientRect();
  const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0
    && box.top < innerHeight && box.left < innerWidth;
  const text = (element.getAttribute('aria-label') || element.textContent || element.value || '')
    .trim().replace(/\\s+/g, ' ').slice(0, 40);
  const name = element.tagName.toLowerCase()
    + (element.name ? `[name=${element.name}]` : '') + (text ? ` "${text}"` : '');
  return {order: element.__order, name, indicator: outline || shadow, onScreen};
}"""


def focus_stop(page: Page) -> dict | None:
    return page.evaluate(FOCUS_STOP)


def assert_visible_focus(stop: dict | None, where: str) -> None:
    assert stop is not None, f"{where}: focus left the page"
    assert stop["indicator"], f"{where}: no visible focus indicator on {stop['name']}"
    assert stop["onScreen"], f"{where}: focused {stop['name']} is outside the viewport"


def tab_through(page: Page, where: str) -> None:
    """Tabs through the whole page: from the first focusable element, focus moves forward through
    every one, each time visibly, then leaves the page or wraps around (Chromium does either),
    and comes back to the first."""
    focusables = page.evaluate(MARK_FOCUSABLES)
    assert focusables, f"{where}: nothing to focus"
    first, limit = min(focusables), len(focusables) + SPARE_TABS
    # From wherever the focus is (nowhere, autofocus, a link followed) on to the first element.
    for _ in range(2 * limit):
        stop = focus_stop(page)
        if stop is not None and stop["order"] == first:
            break
        page.keyboard.press("Tab")
    else:
        pytest.fail(f"{where}: Tab never comes back to the first element (keyboard trap)")
    stops = [stop]
    for _ in range(limit):
        assert_visible_focus(stop, where)
        page.keyboard.press("Tab")
        stop = focus_stop(page)
        if stop is None or stop["order"] <= stops[-1]["order"]:
            break
        stops.append(stop)
    else:
        pytest.fail(f"{where}: focus never leaves the page (keyboard trap)")
    skipped = set(focusables) - {visited["order"] for visited in stops}
    assert not skipped, (
        f"{where}: Tab skipped {len(skipped)} of {len(focusables)} focusable elements; "
        f"it went from {stops[-1]['name']} to {stop['name'] if stop else 'outside the page'}"
    )
    if stop is None:
        page.keyboard.press("Tab")
        stop = focus_stop(page)
    assert stop is not None, f"{where}: Tab after the last element does not come back"
    assert stop["order"] == first, (
        f"{where}: after {stops[-1]['name']}, Tab goes to {stop['name']}, not the first element"
    )


def tab_to(page: Page, target: Locator, where: str) -> None:
    """Presses Tab until the target has the focus, checking every stop on the way."""
    for _ in range(len(page.evaluate(MARK_FOCUSABLES)) + SPARE_TABS):
        page.keyboard.press("Tab")
        if target.evaluate("(element) => element === document.activeElement"):
            assert_visible_focus(focus_stop(page), where)
            return
        stop = focus_stop(page)
        if stop is not None:
            assert_visible_focus(stop, where)
    pytest.fail(f"{where}: Tab never reaches {target}")


def choose_by_keyboard(page: Page, select: Locator, value: str) -> None:
    """Arrow keys on a focused, closed select change its choice, as on Windows and Linux."""
    page.keyboard.press("Home")
    for _ in range(select.locator("option").count()):
        if select.input_value() == value:
            return
        page.keyboard.press("ArrowDown")
    assert select.input_value() == value


@pytest.mark.parametrize(("language", "other_language"), [("en", "ar"), ("ar", "en")])
def test_main_flows_by_keyboard_only(
    page: Page, live_server, seeded, language: str, other_language: str
):
    user = UserFactory(
        email="keyboard@example.test",
        password=PASSWORD,
        roles=[roles.MEMBER, roles.COORDINATOR, roles.PMT_STAFF],
        preferred_language=language,  # the portal switches to it after the log-in
    )
    secret = enable_totp(user)
    main = page.get_by_role("main")

    # Log in: the e-mail address, the password, Enter; then the code from the app, Enter.
    page.goto(f"{live_server.url}/{language}/accounts/login/")
    tab_through(page, "login")
    tab_to(page, page.locator("input[name=login]"), "login")
    page.keyboard.type(user.email)
    tab_to(page, page.locator("input[name=password]"), "login")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    code = page.locator("input[name=code]")
    expect(code).to_be_visible()
    tab_through(page, "two-factor code")
    tab_to(page, code, "two-factor code")
    page.keyboard.type(totp_code(secret))
    page.keyboard.press("Enter")
    expect(page.locator(".account-name")).to_be_visible()
    # Members land on My CrimEx (issue 19).
    expect(page).to_have_url(f"{live_server.url}/{language}/my/")
    tab_through(page, "my crimex")

    # The directory, from the main navigation: a search for prosecutors.
    navigation = page.get_by_role("navigation")
    tab_to(page, navigation.locator("a[href$='/directory/']"), "my crimex")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}/{language}/directory/")
    tab_to(page, main.locator("input[name=q]"), "directory")
    page.keyboard.type("prosecutor")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/directory/\?.*q=prosecutor"))
    expect(main.locator(".contact-card").first).to_be_visible()
    tab_through(page, "directory search")

    # The Atlas: Morocco and the freezing of assets, chosen with the arrow keys.
    tab_to(page, navigation.locator("a[href$='/fiches/']"), "directory search")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_server.url}/{language}/fiches/")
    tab_through(page, "fiches")
    atlas_form = main.locator(f"form[action='/{language}/fiches/atlas/']")
    country = atlas_form.locator("select[name=country]")
    tab_to(page, country, "fiches")
    choose_by_keyboard(page, country, "MA")
    measure = atlas_form.locator("select[name=measure]")
    tab_to(page, measure, "fiches")
    choose_by_keyboard(page, measure, "501")
    tab_to(page, atlas_form.locator("button[type=submit]"), "fiches")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/fiches/atlas/\?country=MA&measure=501$"))
    expect(page.locator("article.atlas h2")).to_be_visible()
    expect(page.locator("#contacts-title")).to_be_visible()
    tab_through(page, "atlas")

    # The other language, from the switcher in the header, on the same page.
    tab_to(page, page.locator(f'.language-switcher button[value="{other_language}"]'), "atlas")
    page.keyboard.press("Enter")
    expect(page.locator("html")).to_have_attribute("lang", other_language)
    expect(page.locator("html")).to_have_attribute(
        "dir", "rtl" if other_language == "ar" else "ltr"
    )
    expect(page).to_have_url(
        f"{live_server.url}/{other_language}/fiches/atlas/?country=MA&measure=501"
    )
    tab_through(page, f"atlas in {other_language}")
