"""Playwright drives Debian's Chromium (never a downloaded browser) against live_server."""

import os
from pathlib import Path

import pytest
from django.conf import settings

# live_server runs in a thread beside the test's event loop; the ORM must be allowed there.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = "/usr/bin/chromium"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed: run crimex_portal/scripts/install.sh --for-tests")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
        ],
    }


@pytest.fixture(scope="session")
def screenshots_dir() -> Path:
    """Where CI keeps the screenshots (README: artifacts/screenshots)."""
    directory = Path(
        os.environ.get(
            "CRIMEX_SCREENSHOTS_DIR", Path(settings.BASE_DIR) / "artifacts" / "screenshots"
        )
    )
    directory.mkdir(parents=True, exist_ok=True)
    return directory


def log_in(page, live_server, user, password: str, secret: str) -> None:
    """Password, then the TOTP code, as a member does."""
    from playwright.sync_api import expect

    from tests.factories import totp_code

    page.goto(f"{live_server.url}/en/accounts/login/")
    page.locator("input[name=login]").fill(user.email)
    page.locator("input[name=password]").fill(password)
    page.locator("form.form button[type=submit]").click()
    page.locator("input[name=code]").fill(totp_code(secret))
    page.get_by_role("button", name="Sign In").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
