import contextlib
import datetime
import socket
import subprocess
import threading

import pytest
from django.urls import reverse
from django.utils import timezone

from crimex_portal.accounts import roles
from crimex_portal.audit.models import AuditEvent
from crimex_portal.celery import app as celery_app
from crimex_portal.reports import pdf, registry, services
from crimex_portal.reports.models import Report
from crimex_portal.reports.services import report_build, report_request
from directory.models import Country
from tests.factories import CountryFactory, UserFactory, log_in_with_two_factor

TEST_KIND = "test_country"


@pytest.fixture
def country_builder():
    """A builder of our own, so that these tests need no domain app's report."""
    builder = registry.register(
        registry.ReportBuilder(
            kind=TEST_KIND,
            template_name="reports/base.html",
            target=lambda key: registry.object_or_lookup_error(Country.objects, iso_code=key),
            title=lambda country: f"Country report: {country.name}",
            context=lambda country: {},
            key_of=lambda country: country.iso_code,
        )
    )
    yield builder
    registry._builders.pop(TEST_KIND)


@pytest.fixture
def coordinator(db):
    return UserFactory(roles=[roles.COORDINATOR], two_factor=True)


def pdf_text(data: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-", "-"], input=data, capture_output=True, check=True
    ).stdout.decode()


def test_a_coordinator_gets_a_pdf_and_the_same_content_reuses_it(coordinator, country_builder):
    country = CountryFactory(name_en="Testland")
    report, reused = report_request(
        user=coordinator, kind=TEST_KIND, key=country.iso_code, language="en"
    )
    assert not reused
    report.refresh_from_db()
    assert report.status == Report.Status.DONE  # tasks run in-process in the test settings
    assert report.file.read().startswith(b"%PDF-")
    assert report.title == "Country report: Testland"

    again, reused = report_request(
        user=coordinator, kind=TEST_KIND, key=country.iso_code, language="en"
    )
    assert reused
    assert again.pk == report.pk

    in_french, reused = report_request(
        user=coordinator, kind=TEST_KIND, key=country.iso_code, language="fr"
    )
    assert not reused
    assert in_french.pk != report.pk

    country.name_en = "Testland renamed"
    country.save()
    _changed, reused = report_request(
        user=coordinator, kind=TEST_KIND, key=country.iso_code, language="en"
    )
    assert not reused
    assert Report.objects.count() == 3


def test_members_cannot_request_and_unknown_targets_are_lookups(db, country_builder, coordinator):
    member = UserFactory(roles=[roles.MEMBER], two_factor=True)
    with pytest.raises(PermissionError):
        report_request(user=member, kind=TEST_KIND, key="XX", language="en")
    with pytest.raises(LookupError):
        report_request(user=coordinator, kind=TEST_KIND, key="XX", language="en")
    with pytest.raises(LookupError):
        report_request(user=coordinator, kind="no-such-kind", key="XX", language="en")
    assert not Report.objects.exists()


def test_build_is_idempotent(coordinator, country_builder, monkeypatch):
    report, _reused = report_request(
        user=coordinator, kind=TEST_KIND, key=CountryFactory().iso_code, language="en"
    )
    calls = []
    monkeypatch.setattr(pdf, "html_to_pdf", lambda html: calls.append(html) or b"%PDF-1.7")
    assert report_build(report_id=report.pk).status == Report.Status.DONE
    assert calls == []  # finished already: not rendered again
    report.refresh_from_db()
    assert report.attempts == 1


def test_a_failing_render_shows_its_error_and_never_stays_running(
    client, coordinator, country_builder, monkeypatch
):
    def broken(html):
        raise ValueError("the layout cannot be computed")

    monkeypatch.setattr(pdf, "html_to_pdf", broken)
    report, _reused = report_request(
        user=coordinator, kind=TEST_KIND, key=CountryFactory().iso_code, language="en"
    )
    report.refresh_from_db()
    assert report.status == Report.Status.FAILED
    assert "the layout cannot be computed" in report.error
    log_in_with_two_factor(client, coordinator)
    page = client.get(reverse("reports:detail", args=[report.pk])).content.decode()
    assert "Failed" in page
    assert "the layout cannot be computed" in page


def test_a_transient_error_is_retried(coordinator, country_builder, monkeypatch):
    real = pdf.html_to_pdf
    failures = [OSError("disk briefly full")]

    def flaky(html):
        if failures:
            raise failures.pop()
        return real(html)

    monkeypatch.setattr(pdf, "html_to_pdf", flaky)
    report, _reused = report_request(
        user=coordinator, kind=TEST_KIND, key=CountryFactory().iso_code, language="en"
    )
    report.refresh_from_db()
    assert report.status == Report.Status.DONE
    assert report.attempts == 2


def test_a_lost_task_is_reported_as_failed_after_the_timeout(client, coordinator, settings):
    report = Report.objects.create(
        kind=TEST_KIND,
        target_key="XX",
        language="en",
        title="Lost",
        html="<p>x</p>",
        status=Report.Status.RUNNING,
        started_at=timezone.now() - datetime.timedelta(minutes=30),
        requested_by=coordinator,
    )
    report.requesters.add(coordinator)
    settings.CRIMEX_REPORT_TIMEOUT_SECONDS = 600
    log_in_with_two_factor(client, coordinator)
    response = client.get(reverse("reports:detail", args=[report.pk]), {"format": "json"})
    assert response.json()["status"] == "failed"
    assert "did not finish in time" in response.json()["error"]


def test_old_reports_and_their_files_are_deleted(coordinator, country_builder):
    old, _reused = report_request(
        user=coordinator, kind=TEST_KIND, key=CountryFactory().iso_code, language="en"
    )
    recent, _reused = report_request(
        user=coordinator, kind=TEST_KIND, key=CountryFactory().iso_code, language="en"
    )
    Report.objects.filter(pk=old.pk).update(created_at=timezone.now() - datetime.timedelta(days=8))
    old.refresh_from_db()
    storage, name = old.file.storage, old.file.name
    assert storage.exists(name)
    assert services.reports_delete_older_than(days=7) == 1
    assert not storage.exists(name)
    assert list(Report.objects.values_list("pk", flat=True)) == [recent.pk]


def test_views_request_follow_and_download_with_an_audit_event(
    client, coordinator, country_builder
):
    country = CountryFactory()
    log_in_with_two_factor(client, coordinator)
    response = client.post(
        reverse("reports:request"),
        {"kind": TEST_KIND, "key": country.iso_code, "language": "ar", "next": "/en/"},
    )
    report = Report.objects.get()
    assert response.url == reverse("reports:detail", args=[report.pk])
    status = client.get(response.url, {"format": "json"}).json()
    assert status["status"] == "done"
    assert status["download_url"] == reverse("reports:download", args=[report.pk])
    download = client.get(status["download_url"])
    assert download["Content-Type"] == "application/pdf"
    assert b"".join(download.streaming_content).startswith(b"%PDF-")
    event = AuditEvent.objects.get(action=AuditEvent.Action.EXPORT_PDF)
    assert event.actor == coordinator


def test_views_refuse_members_and_bad_requests(client, coordinator, country_builder):
    report, _reused = report_request(
        user=coordinator, kind=TEST_KIND, key=CountryFactory().iso_code, language="en"
    )
    log_in_with_two_factor(client, UserFactory(roles=[roles.MEMBER], two_factor=True))
    assert (
        client.post(
            reverse("reports:request"), {"kind": TEST_KIND, "key": "QA", "language": "en"}
        ).status_code
        == 403
    )
    assert client.get(reverse("reports:detail", args=[report.pk])).status_code == 403
    assert client.get(reverse("reports:download", args=[report.pk])).status_code == 403

    log_in_with_two_factor(client, coordinator)
    response = client.post(
        reverse("reports:request"),
        {"kind": TEST_KIND, "key": "QA", "language": "xx", "next": "https://evil.example/"},
    )
    assert response.url == reverse("pages:home")  # never back to another site
    assert Report.objects.count() == 1


def test_with_the_queue_unreachable_the_request_says_so_and_nothing_breaks(
    client, coordinator, country_builder, settings
):
    with socket.socket() as probe:  # a port nothing listens on: Redis "stopped"
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with broker_at(f"redis://127.0.0.1:{port}/0"):
        log_in_with_two_factor(client, coordinator)
        response = client.post(
            reverse("reports:request"),
            {"kind": TEST_KIND, "key": CountryFactory().iso_code, "language": "en", "next": "/en/"},
            follow=True,
        )
    assert response.status_code == 200
    assert "The report service is unavailable right now" in response.content.decode()
    report = Report.objects.get()
    assert report.status == Report.Status.FAILED
    assert "unavailable" in report.error


@contextlib.contextmanager
def broker_at(url: str):
    """Tasks are sent to that broker, for real, while the block runs."""
    previous = (celery_app.conf.task_always_eager, celery_app.conf.broker_url)
    celery_app.conf.task_always_eager = False
    celery_app.conf.broker_url = url
    _drop_connections()
    try:
        yield
    finally:
        celery_app.conf.task_always_eager, celery_app.conf.broker_url = previous
        _drop_connections()


def _drop_connections() -> None:
    # Celery keeps the pool of the broker URL it first used; kombu keeps one pool per URL (never
    # close it: the next test with the real URL would get it back closed).
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


# --- What WeasyPrint may fetch -------------------------------------------------------------


class ConnectionRecorder:
    """A TCP server on a free port that records every connection made to it."""

    def __init__(self) -> None:
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen()
        self.server.settimeout(0.2)
        self.port = self.server.getsockname()[1]
        self.connections = 0
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while self.running:
            try:
                connection, _address = self.server.accept()
            except OSError:
                continue
            self.connections += 1
            connection.close()

    def close(self) -> None:
        self.running = False
        self.thread.join()
        self.server.close()


def test_weasyprint_reads_no_file_and_opens_no_connection(tmp_path, monkeypatch):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    recorder = ConnectionRecorder()
    asked = []
    real_static_file = pdf.static_file

    def spy(url):
        asked.append(url)
        return real_static_file(url)

    monkeypatch.setattr(pdf, "static_file", spy)
    base = f"http://127.0.0.1:{recorder.port}"
    # Raw HTML, as if escaping had failed: the fetcher is the last line of defence.
    html = f"""<html><head>
      <link rel="stylesheet" href="{base}/style.css">
      <style>@import url("{base}/import.css"); body {{ background: url("{base}/bg.png"); }}</style>
      </head><body>
      <img src="file:///etc/passwd"><img src="file://{secret}"><img src="{base}/pixel.png">
      <object data="file://{secret}"></object><embed src="{base}/embed.svg">
      <p>Visible text</p></body></html>"""
    try:
        data = pdf.html_to_pdf(html)
    finally:
        recorder.close()
    assert recorder.connections == 0
    text = pdf_text(data)
    assert "Visible text" in text
    assert "TOP-SECRET-CONTENT" not in text
    assert "root:" not in text
    assert any(url.startswith("file:") for url in asked)  # asked, and refused
    for url in asked:
        with pytest.raises(pdf.BlockedResource):
            real_static_file(url)


def test_with_its_style_sheet_cached_a_report_still_fetches_nothing(tmp_path, monkeypatch):
    # A thread state of its own: the first PDF parses the <style>, the second takes it cached.
    monkeypatch.setattr(pdf, "_local", threading.local())
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    recorder = ConnectionRecorder()
    asked = []
    real_static_file = pdf.static_file
    monkeypatch.setattr(pdf, "static_file", lambda url: asked.append(url) or real_static_file(url))
    base = f"http://127.0.0.1:{recorder.port}"
    html = f"""<html><head>
      <style>@import url("{base}/import.css"); body {{ background: url("{base}/bg.png"); }}</style>
      </head><body><img src="file://{secret}"><img src="{base}/pixel.png">
      <p>Visible text</p></body></html>"""
    try:
        pdf.html_to_pdf(html)
        asked.clear()
        data = pdf.html_to_pdf(html)
    finally:
        recorder.close()
    assert len(pdf.renderer().stylesheets) == 1
    assert recorder.connections == 0
    text = pdf_text(data)
    assert "Visible text" in text
    assert "TOP-SECRET-CONTENT" not in text
    # The cached sheet's background and the images went through the fetcher again, refused.
    assert f"{base}/bg.png" in asked
    assert f"file://{secret}" in asked
    for url in asked:
        with pytest.raises(pdf.BlockedResource):
            real_static_file(url)


@pytest.mark.parametrize(
    "url",
    [
        "crimex-static:/../crimex_portal/settings.py",
        "crimex-static:/crimex/../../manage.py",
        "crimex-static://evil.example/crimex/css/portal.css",
        "crimex-static:/no/such/file.css",
        "https://127.0.0.1/static/crimex/css/portal.css",
    ],
)
def test_only_existing_static_files_are_served(url):
    with pytest.raises(pdf.BlockedResource):
        pdf.static_file(url)


def test_the_portal_fonts_are_served():
    assert pdf.static_file(
        pdf.static_url("crimex/fonts/noto-naskh-arabic-arabic-400-normal.woff2")
    ).is_file()
