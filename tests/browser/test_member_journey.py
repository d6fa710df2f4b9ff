"""Issue 9's first journey: a member logs in with password and TOTP, finds a colleague in the
directory, opens the Atlas, switches to Arabic and reads the same page right to left."""

from urllib.parse import urlsplit

from django.utils import translation
from playwright.sync_api import Page, expect

from crimex_portal.accounts import roles
from directory.models import Contact
from fiches.models import Measure
from tests.browser.conftest import log_in
from tests.factories import UserFactory, enable_totp

PASSWORD = "correct-horse-battery"


def test_member_searches_the_directory_then_reads_the_atlas_in_arabic(
    page: Page, live_server, seeded, screenshots_dir
):
    colleague = (
        Contact.objects.filter(country__iso_code="MA", is_demo=True)
        .select_related("organisation")
        .order_by("pk")
        .first()
    )
    member = UserFactory(email="journey@example.test", password=PASSWORD, roles=[roles.MEMBER])
    log_in(page, live_server, member, PASSWORD, enable_totp(member))

    # The directory: search by name, narrowed to Morocco, and open the entry.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Directory").click()
    page.get_by_label("Search", exact=True).fill(colleague.name)
    page.get_by_label("Country", exact=True).select_option(label="Morocco")
    page.get_by_role("search", name="Search the directory").get_by_role(
        "button", name="Search"
    ).click()
    results = page.locator(".contact-card")
    expect(results.first).to_contain_text(colleague.name)
    expect(results.first).to_contain_text("Fictional demo entry")
    page.screenshot(path=screenshots_dir / "journey-directory-results-en.png", full_page=True)
    results.first.get_by_role("link", name=colleague.name).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(colleague.name)
    expect(page.locator("main")).to_contain_text(colleague.organisation.name)

    # The Atlas: the country the request goes to and the measure needed.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="EuroMed Fiches").click()
    page.get_by_label("Country you send the request to").select_option(label="Morocco")
    page.get_by_label("Measure you need").select_option(label="501 Freezing of assets")
    page.get_by_role("button", name="Open the Atlas").click()
    expect(page.locator("article.atlas h2")).to_contain_text("Freezing of assets")
    english_url = urlsplit(page.url)

    # Arabic: the same page, right to left.
    page.locator('.language-switcher button[value="ar"]').click()
    arabic_url = urlsplit(page.url)
    assert arabic_url.path == english_url.path.replace("/en/", "/ar/", 1)
    assert arabic_url.query == english_url.query
    html = page.locator("html")
    expect(html).to_have_attribute("lang", "ar")
    expect(html).to_have_attribute("dir", "rtl")
    with translation.override("ar"):
        measure_in_arabic = Measure.objects.get(code="501").name
    heading = page.locator("article.atlas h2")
    expect(heading).to_contain_text(measure_in_arabic)
    # Right to left for real: the text starts at the right edge of its box.
    assert heading.evaluate("element => getComputedStyle(element).direction") == "rtl"
    main = page.locator("main").bounding_box()
    box = heading.bounding_box()
    assert main["x"] + main["width"] - (box["x"] + box["width"]) < 40
    assert (
        page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        <= 0
    )
    page.screenshot(path=screenshots_dir / "journey-atlas-ar.png", full_page=True)
