"""Issue 8's acceptance: a coordinator exports the 5th session's report in Arabic and in French
from the browser, sees it progress, and downloads it; a real worker on Redis makes the PDFs."""

import re
import subprocess

import pytest
from django.utils import translation
from playwright.sync_api import Page, expect

from crimex_portal.accounts import roles
from crimex_portal.reports.models import Report
from sessions.models import Session
from tests.browser.conftest import log_in
from tests.factories import UserFactory, enable_totp

PASSWORD = "correct-horse-battery"
pytestmark = pytest.mark.worker


def export(page: Page, live_server, session: Session, language: str, tmp_path) -> str:
    page.goto(f"{live_server.url}/fr{session.get_absolute_url()[3:]}")
    form = page.locator("form.export-form")
    form.locator("select[name=language]").select_option(language)
    form.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/fr/reports/\d+/$"))
    page.evaluate("() => { window.notReloaded = true; }")
    download_link = page.locator("[data-report-download]")
    expect(download_link).to_be_visible(timeout=90_000)
    # The status changed in place: the page was not reloaded to show it.
    assert page.evaluate("() => window.notReloaded === true")
    with translation.override("fr"):
        ready = str(Report.Status.DONE.label)
    expect(page.locator("[data-report-label]")).to_have_text(ready)
    with page.expect_download() as download:
        download_link.click()
    path = tmp_path / f"report-{language}.pdf"
    download.value.save_as(path)
    return subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, check=True
    ).stdout.decode()


def test_a_coordinator_exports_the_fifth_session_in_arabic_and_french(
    page: Page, live_server, celery_worker_process, seeded, tmp_path, screenshots_dir
):
    coordinator = UserFactory(
        email="coordinator@example.test", password=PASSWORD, roles=[roles.COORDINATOR]
    )
    log_in(page, live_server, coordinator, PASSWORD, enable_totp(coordinator))
    fifth = Session.objects.get(number=5)

    arabic = export(page, live_server, fifth, "ar", tmp_path)
    assert fifth.title_ar.split()[0] in arabic
    page.screenshot(path=screenshots_dir / "report-ready-fr.png", full_page=True)

    french = export(page, live_server, fifth, "fr", tmp_path)
    assert fifth.title_fr.split()[0] in french
    assert "é" in french
