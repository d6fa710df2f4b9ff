"""A real worker on Redis makes the 5th session's report, as a coordinator asked for it."""

import subprocess
import time

import pytest
from django.urls import reverse

from crimex_portal.accounts import roles
from crimex_portal.reports.models import Report
from sessions.models import Session
from tests.factories import UserFactory, log_in_with_two_factor

pytestmark = pytest.mark.worker


def test_a_real_worker_renders_the_arabic_session_report(
    client, celery_worker_process, seeded, tmp_path
):
    coordinator = UserFactory(roles=[roles.COORDINATOR], two_factor=True)
    fifth = Session.objects.get(number=5)
    log_in_with_two_factor(client, coordinator)
    response = client.post(
        reverse("reports:request"),
        {"kind": "session", "key": str(fifth.pk), "language": "ar", "next": "/ar/"},
    )
    report = Report.objects.get()
    assert response.url == reverse("reports:detail", args=[report.pk])
    assert report.status == Report.Status.QUEUED  # queued for the worker, not run in-process

    deadline = time.monotonic() + 90
    status = {}
    while time.monotonic() < deadline:
        status = client.get(response.url, {"format": "json"}).json()
        if status["status"] in ("done", "failed"):
            break
        time.sleep(0.5)
    assert status["status"] == "done", status

    download = client.get(status["download_url"])
    pdf = b"".join(download.streaming_content)
    assert pdf.startswith(b"%PDF-")
    text = subprocess.run(
        ["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    report.refresh_from_db()
    assert report.attempts == 1
    assert fifth.title_ar.split()[0] in text
    (tmp_path / "report.pdf").write_bytes(pdf)
    fonts = subprocess.run(
        ["pdffonts", str(tmp_path / "report.pdf")], capture_output=True, check=True
    ).stdout.decode()
    assert "Naskh" in fonts
