"""Issue 16's journey: PMT staff change an action's English in the admin; the French and Arabic
pages flag the translations, the admin's tabs carry a badge and PMT's list names them; the French
is saved again and the Arabic confirmed still right, and every flag is gone."""

import re

from playwright.sync_api import Page, expect

from crimex_portal.accounts import roles
from tests.browser.conftest import log_in
from tests.factories import ActionFactory, UserFactory, enable_totp

PASSWORD = "correct-horse-battery"
FRENCH_NOTE = re.compile("translation may be outdated|traduction n.est peut-être plus à jour")


def test_a_changed_english_flags_its_translations_until_they_are_updated(
    page: Page, live_server, screenshots_dir
):
    action = ActionFactory(
        description_en="Train prosecutors in financial investigations",
        description_fr="Former les procureurs aux enquêtes financières",
        description_ar="تدريب أعضاء النيابة العامة على التحقيقات المالية",
    )
    staff = UserFactory(
        email="pmt@example.test", password=PASSWORD, roles=[roles.PMT_STAFF], is_staff=True
    )
    log_in(page, live_server, staff, PASSWORD, enable_totp(staff))
    admin_url = f"{live_server.url}/en/admin/actionplans/action/{action.pk}/change/"
    french_page = f"{live_server.url}/fr{action.get_absolute_url()[3:]}"
    arabic_page = f"{live_server.url}/ar{action.get_absolute_url()[3:]}"
    to_update = f"{live_server.url}/en/translations/to-update/"

    # Before: nothing flagged.
    page.goto(french_page)
    expect(page.locator("[data-translation-outdated]")).to_have_count(0)

    # PMT staff reword the English in the admin. Each tab's input has its own direction.
    page.goto(admin_url)
    expect(page.locator("[name=description_ar]")).to_have_attribute("dir", "rtl")
    expect(page.locator("[name=description_fr]")).to_have_attribute("dir", "ltr")
    page.locator("[name=description_en]").fill("Train prosecutors and judges in asset recovery")
    page.locator("input[name=_continue]").first.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")

    # The admin: a badge on the French and Arabic tabs of the description, none on English.
    field = page.locator(".ui-tabs", has=page.locator("[name=description_fr]"))
    badges = field.locator(".ui-tabs-nav .translation-outdated-badge")
    expect(badges).to_have_count(2)
    expect(field.get_by_role("tab", name=re.compile("^fr", re.IGNORECASE))).to_contain_text(
        "outdated"
    )
    expect(field.get_by_role("tab", name=re.compile("^en", re.IGNORECASE))).not_to_contain_text(
        "outdated"
    )
    page.screenshot(path=screenshots_dir / "admin-translation-outdated-badge.png")

    # The French and Arabic pages flag the description, with a visible note.
    page.goto(french_page)
    flagged = page.locator(".lead[data-translation-outdated]")
    expect(flagged).to_contain_text("Former les procureurs")
    expect(flagged.locator(".translation-outdated")).to_be_visible()
    expect(flagged.locator(".translation-outdated")).to_have_text(FRENCH_NOTE)
    page.screenshot(path=screenshots_dir / "action-translation-outdated-fr.png", full_page=True)
    page.goto(arabic_page)
    expect(page.locator(".lead[data-translation-outdated]")).to_be_visible()
    page.screenshot(path=screenshots_dir / "action-translation-outdated-ar.png", full_page=True)

    # PMT's list names the action and the field, in both languages.
    page.goto(to_update)
    row = page.locator("tr[data-translation-outdated]")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("French")
    expect(row).to_contain_text("Arabic")
    page.screenshot(path=screenshots_dir / "translations-to-update.png", full_page=True)

    # The translator saves a new French in the admin...
    page.goto(admin_url)
    tabs = page.locator(".ui-tabs", has=page.locator("[name=description_fr]"))
    tabs.get_by_role("tab", name=re.compile("^fr", re.IGNORECASE)).click()
    page.locator("[name=description_fr]").fill(
        "Former les procureurs et les juges au recouvrement des avoirs"
    )
    page.locator("input[name=_continue]").first.click()
    expect(page.locator(".messagelist")).to_contain_text("was changed successfully")
    expect(page.locator(".translation-outdated-badge")).to_have_count(1)

    # ...and confirms from the list that the Arabic still says the same.
    page.goto(to_update)
    page.get_by_role("button", name=re.compile("Still right \\(Arabic\\)")).click()
    expect(page.locator(".empty")).to_be_visible()

    for url in (french_page, arabic_page):
        page.goto(url)
        expect(page.locator("[data-translation-outdated]")).to_have_count(0)
        expect(page.locator(".translation-outdated")).to_have_count(0)
    page.goto(admin_url)
    expect(page.locator(".translation-outdated-badge")).to_have_count(0)
