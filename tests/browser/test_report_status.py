"""Issue 15: a report's page offers the download only once the file is ready."""

import re

from django.core.files.base import ContentFile
from playwright.sync_api import Page, expect

from crimex_portal.accounts import roles
from crimex_portal.reports.models import Report
from tests.browser.conftest import log_in
from tests.factories import PDF_BYTES, ReportFactory, UserFactory, enable_totp

PASSWORD = "correct-horse-battery"


def test_the_download_button_appears_only_when_the_pdf_is_ready(
    page: Page, live_server, screenshots_dir
):
    coordinator = UserFactory(password=PASSWORD, roles=[roles.COORDINATOR])
    report = ReportFactory(requested_by=coordinator)  # queued: no worker takes it here
    log_in(page, live_server, coordinator, PASSWORD, enable_totp(coordinator))

    page.goto(f"{live_server.url}/en/reports/{report.pk}/")
    download = page.locator("[data-report-download]")
    expect(page.locator("[data-report-label]")).to_have_text("Queued")
    expect(download).to_be_hidden()
    # Nothing to click by mistake: the hidden link has no address that reloads the page.
    assert download.get_attribute("href") is None
    page.screenshot(path=screenshots_dir / "report-queued-en.png", full_page=False)

    report.file.save("report.pdf", ContentFile(PDF_BYTES), save=False)
    report.status, report.size = Report.Status.DONE, len(PDF_BYTES)
    report.save()

    expect(download).to_be_visible(timeout=20_000)  # the page follows the report by itself
    expect(download).to_have_attribute("href", re.compile(rf"/reports/{report.pk}/download/$"))
    with page.expect_download() as downloaded:
        download.click()
    assert downloaded.value.suggested_filename.endswith(".pdf")
