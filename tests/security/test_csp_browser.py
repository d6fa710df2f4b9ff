"""The Content-Security-Policy as Chromium applies it: every main page in English and Arabic and
the admin pages PMT staff use (the session with its translation tabs) raise no violation and no
script error, the policy is really in force on each, and the pages' scripts still work under it:
the language switcher, the report's status that updates itself, the Atlas's print button, the
admin's translation tabs."""

import re

import pytest
from django.core.files.base import ContentFile
from playwright.sync_api import ConsoleMessage, Page, expect

from crimex_portal.accounts import roles
from crimex_portal.reports.models import Report
from sessions.models import Session

# The browser tests' Chromium (Debian's) and settings, for this folder too.
from tests.browser.conftest import browser_type_launch_args, log_in  # noqa: F401
from tests.browser.pages import main_pages
from tests.factories import PDF_BYTES, UserFactory, enable_totp

pytestmark = pytest.mark.browser
PASSWORD = "correct-horse-battery"

# Runs in every document before its own scripts: the browser reports each blocked resource,
# inline script, style or attribute as a `securitypolicyviolation` event.
LISTEN_FOR_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.cspViolations.push(
    `${event.effectiveDirective} refused ${event.blockedURI || "inline code"}`
    + ` (${event.sourceFile || "page"}:${event.lineNumber})`
  );
});
"""


class Watch:
    """What went wrong in one browser page: policy violations (events and the console's
    "Refused to ..." lines), malformed policy headers and uncaught script errors."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.problems: list[str] = []
        page.add_init_script(LISTEN_FOR_VIOLATIONS)
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"{page.url}: error {error}"))

    def _console(self, message: ConsoleMessage) -> None:
        text = message.text
        if "Content Security Policy" in text or "Permissions-Policy" in text:
            self.problems.append(f"{self.page.url}: console {text}")

    def visit(self, url: str) -> None:
        response = self.page.goto(url)
        assert response is not None, url
        assert response.status == 200, f"{url}: {response.status}"
        # A page without the header would raise no violation and prove nothing.
        assert "default-src 'self'" in response.headers.get("content-security-policy", ""), url
        assert "camera=()" in response.headers.get("permissions-policy", ""), url
        self.collect()

    def collect(self) -> None:
        self.problems += [
            f"{self.page.url}: {violation}"
            for violation in self.page.evaluate("() => window.cspViolations || []")
        ]
        self.page.evaluate("() => { window.cspViolations = []; }")


@pytest.fixture
def staff(db):
    """Member, coordinator and PMT staff at once: every page, form and link there is."""
    user = UserFactory(
        email="staff@example.test",
        password=PASSWORD,
        roles=[roles.MEMBER, roles.COORDINATOR, roles.PMT_STAFF],
        is_staff=True,
    )
    user.totp_secret = enable_totp(user)
    return user


@pytest.fixture
def staff_page(page: Page, live_server, seeded, staff) -> tuple[Page, Watch]:
    watch = Watch(page)
    log_in(page, live_server, staff, PASSWORD, staff.totp_secret)
    return page, watch


def report_in_progress(user) -> Report:
    return Report.objects.create(
        kind="session",
        target_key=str(Session.objects.get(number=5).pk),
        language="en",
        title="Report of the 5th session",
        html="-",
        status=Report.Status.RUNNING,
        requested_by=user,
    )


def test_the_watch_sees_what_the_policy_blocks(staff_page, live_server):
    """The detector itself: inline style and script added to a portal page are reported."""
    page, watch = staff_page
    watch.visit(f"{live_server.url}/en/")
    page.evaluate(
        """() => {
        document.body.insertAdjacentHTML("beforeend", '<p style="color: red">inline</p>');
        const script = document.createElement("script");
        script.textContent = "window.inlineRan = true";
        document.body.append(script);
    }"""
    )
    page.wait_for_timeout(200)  # the events are queued as tasks
    watch.collect()

    assert page.evaluate("() => window.inlineRan") is None
    assert any("style-src" in problem for problem in watch.problems), watch.problems
    assert any("script-src" in problem for problem in watch.problems), watch.problems


@pytest.mark.parametrize("language", ["en", "ar"])
def test_main_pages_and_admin_raise_no_violation(staff_page, browser, live_server, staff, language):
    _page, watch = staff_page
    report_in_progress(staff)  # main_pages() lists the report's page once one exists
    anonymous = browser.new_context().new_page()
    anonymous_watch = Watch(anonymous)
    session = Session.objects.get(number=5)
    for main_page in main_pages():
        (anonymous_watch if main_page.anonymous else watch).visit(
            live_server.url + main_page.path(language)
        )
    for admin_path in (
        "admin/",
        "admin/crimex_sessions/session/",
        f"admin/crimex_sessions/session/{session.pk}/change/",
        "admin/directory/contact/add/",
        "admin/fiches/fiche/",
        "admin/accounts/invitation/add/",
    ):
        watch.visit(f"{live_server.url}/{language}/{admin_path}")
    watch.visit(f"{live_server.url}/{language}/accounts/2fa/")

    assert not watch.problems + anonymous_watch.problems, "\n".join(
        watch.problems + anonymous_watch.problems
    )


def test_the_language_switcher_and_the_atlas_print_button_work(staff_page, live_server):
    page, watch = staff_page
    watch.visit(f"{live_server.url}/en/fiches/atlas/?country=MA&measure=501")

    # print.js shows the button and makes it print; the print dialog itself is replaced.
    print_button = page.locator("[data-print]")
    expect(print_button).to_be_visible()
    page.evaluate("() => { window.print = () => { window.printed = true; }; }")
    print_button.click()
    assert page.evaluate("() => window.printed") is True

    page.locator('.language-switcher button[value="ar"]').click()
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    assert "/ar/fiches/atlas/" in page.url
    watch.collect()
    assert not watch.problems, "\n".join(watch.problems)


def test_the_report_page_follows_the_report_without_reloading(staff_page, live_server, staff):
    page, watch = staff_page
    report = report_in_progress(staff)
    watch.visit(f"{live_server.url}/en/reports/{report.pk}/")
    download = page.locator("[data-report-download]")
    expect(download).to_be_hidden()
    page.evaluate("() => { window.notReloaded = true; }")

    report.file.save("report.pdf", ContentFile(PDF_BYTES), save=False)
    report.status = Report.Status.DONE
    report.save()

    expect(download).to_be_visible(timeout=15_000)
    expect(page.locator("[data-report-label]")).to_have_text("Ready")
    assert page.evaluate("() => window.notReloaded") is True
    watch.collect()
    assert not watch.problems, "\n".join(watch.problems)


@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_admin_translation_tabs_work(staff_page, live_server, language):
    """modeltranslation's tabs are built by jQuery UI (vendored) from static scripts: under the
    policy they still appear and switch the language of a field."""
    page, watch = staff_page
    session = Session.objects.get(number=5)
    watch.visit(f"{live_server.url}/{language}/admin/crimex_sessions/session/{session.pk}/change/")

    # The interface's language is the tab shown first; the other tabs show the other fields.
    other = "ar" if language == "en" else "en"
    title_tabs = page.locator(".ui-tabs").first
    expect(title_tabs.get_by_role("tab")).to_have_count(3)
    expect(page.locator(f"input[name=title_{language}]")).to_be_visible()
    expect(page.locator(f"input[name=title_{other}]")).to_be_hidden()
    title_tabs.get_by_role("tab", name=re.compile(f"^{other}", re.IGNORECASE)).click()
    expect(page.locator(f"input[name=title_{other}]")).to_be_visible()
    expect(page.locator(f"input[name=title_{language}]")).to_be_hidden()

    item = page.locator("#agenda_items-0")
    item.get_by_role("tab", name=re.compile(f"^{other}", re.IGNORECASE)).first.click()
    expect(item.locator(f"input[name='agenda_items-0-title_{other}']")).to_be_visible()
    watch.collect()
    assert not watch.problems, "\n".join(watch.problems)
