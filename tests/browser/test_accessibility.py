"""axe-core (from npm, see package.json) on every main page, in English and in Arabic: no serious
or critical violation. One test per language walks all the pages after one log-in, so the whole
check takes seconds, and reports every violation it met, not just the first."""

from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation
from playwright.sync_api import Page, expect

from crimex_portal.accounts import roles
from crimex_portal.reports.models import Report
from sessions.models import Session
from tests.browser.pages import main_pages
from tests.factories import UserFactory, enable_totp, totp_code

PASSWORD = "correct-horse-battery"
AXE_SCRIPT = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING_IMPACTS = {"serious", "critical"}


def installed_axe_script() -> Path:
    """A failure, not a skip, without it: CI installs it with `npm ci`."""
    if not AXE_SCRIPT.exists():
        pytest.fail(
            f"{AXE_SCRIPT} is missing: run `npm ci` at the repository root to install axe-core.",
            pytrace=False,
        )
    return AXE_SCRIPT


def blocking_violations(page: Page, axe_script: Path, where: str) -> list[str]:
    """Runs axe-core on the page as it is now; one readable line per serious or critical
    violation."""
    # Evaluated through the DevTools protocol, which the Content-Security-Policy leaves alone:
    # an inline <script> with axe's code (add_script_tag) is refused like any inline script.
    page.evaluate(axe_script.read_text() + "\n;undefined")
    violations = page.evaluate(
        "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
    )
    return [
        f"{where}: {violation['id']} ({violation['impact']}): {violation['help']}\n"
        + "\n".join(
            f"    {' '.join(map(str, node['target']))}: "
            + " ".join(line.strip() for line in node["failureSummary"].splitlines())
            for node in violation["nodes"]
        )
        for violation in violations
        if violation["impact"] in BLOCKING_IMPACTS
    ]


def open_page(page: Page, url: str) -> None:
    response = page.goto(url)
    assert response is not None
    assert response.ok, f"{url} answered {response.status}"
    assert page.url == url, f"{url} redirected to {page.url}"


@pytest.mark.parametrize("language", ["en", "ar"])
def test_main_pages_have_no_serious_accessibility_violations(
    page: Page, live_server, seeded, language
):
    axe_script = installed_axe_script()
    # The roles that see the most: export forms, editing links, review queues.
    user = UserFactory(
        email="axe@example.test",
        password=PASSWORD,
        roles=[roles.MEMBER, roles.COORDINATOR, roles.PMT_STAFF],
    )
    secret = enable_totp(user)
    with translation.override(language):
        title = str(Session.objects.get(number=5))
    # A report ready to download, so that main_pages() lists the report page.
    Report.objects.create(
        kind="session",
        target_key="5",
        language=language,
        title=title,
        html="<p></p>",
        status=Report.Status.DONE,
        requested_by=user,
        size=48_000,
    )
    pages = main_pages()
    found: list[str] = []

    for anonymous_page in [main_page for main_page in pages if main_page.anonymous]:
        open_page(page, live_server.url + anonymous_page.path(language))
        found += blocking_violations(page, axe_script, anonymous_page.slug)

    # Logging in, with the two-factor step checked too: it is a page every member meets.
    page.goto(f"{live_server.url}/{language}/accounts/login/")
    page.locator("input[name=login]").fill(user.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("form.form button[type=submit]").click()
    code = page.locator("input[name=code]")
    expect(code).to_be_visible()
    found += blocking_violations(page, axe_script, "two-factor code")
    code.fill(totp_code(secret))
    code.press("Enter")
    expect(page.locator(".account-name")).to_be_visible()

    for member_page in [main_page for main_page in pages if not main_page.anonymous]:
        open_page(page, live_server.url + member_page.path(language))
        expect(page.locator("html")).to_have_attribute("lang", language)
        found += blocking_violations(page, axe_script, member_page.slug)

    assert not found, (
        f"{len(found)} serious or critical axe-core violations in {language}:\n" + "\n".join(found)
    )
