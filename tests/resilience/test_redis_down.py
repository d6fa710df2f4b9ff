"""Redis stopped: the portal, on its real settings (the Redis cache, Celery on Redis), still
logs members in and serves every page; an export request says that reports are unavailable
right now and leaves nothing in progress; Redis back, the report asked for before the outage and
the request made again both get their PDF."""

import html
import json

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from crimex_portal.accounts import roles
from crimex_portal.reports.models import Report
from crimex_portal.reports.services import gettext_unavailable
from sessions.models import Session
from tests.browser.pages import MainPage, main_pages
from tests.resilience.conftest import needs_postgresql, new_user_login, wait_until
from tests.resilience.portal_client import PortalVisitor, report_status

pytestmark = [pytest.mark.resilience, needs_postgresql]

# What a page may take with Redis gone: nothing waits for it (cache socket timeouts, no retries).
PAGE_SECONDS = 2.0


def test_with_redis_stopped_members_log_in_every_page_answers_and_exports_say_unavailable(
    seeded, throwaway_redis, start_portal_server, start_worker
):
    # The roles that see the most: export forms, editing links, review queues.
    login = new_user_login(role_names=[roles.MEMBER, roles.COORDINATOR, roles.PMT_STAFF])
    # Another account for the login during the outage: within the same 30 seconds the code would
    # be the one used already, which the database still remembers (accounts/limits.py).
    login_in_the_outage = new_user_login(
        role_names=[roles.MEMBER, roles.COORDINATOR, roles.PMT_STAFF]
    )
    fifth = Session.objects.get(number=5)
    with translation.override("en"):
        title, session_page = str(fifth), fifth.get_absolute_url()
    # A finished report, so that main_pages() lists the report's page.
    Report.objects.create(
        kind="session",
        target_key=str(fifth.pk),
        language="en",
        title=title,
        html="<p></p>",
        status=Report.Status.DONE,
    )
    pages = main_pages()
    # One gunicorn worker: the process that sent a task before the outage is the one asked to
    # send one during it (each process keeps its own connections to Redis).
    server = start_portal_server(redis_url=throwaway_redis.url, workers=1)
    before_the_outage = server.visitor()
    before_the_outage.log_in(login.email, login.password, login.totp_secret)
    asked_before, _seconds = export(before_the_outage, fifth, "ar", back_to=session_page)
    assert asked_before.status == Report.Status.QUEUED

    throwaway_redis.stop()

    visitor = server.visitor()
    seconds = [answers(visitor, page, language) for page, language in views(pages, anonymous=True)]
    # allauth's rate limits and its record of used TOTP codes are in the database: they hold.
    visitor.log_in(
        login_in_the_outage.email, login_in_the_outage.password, login_in_the_outage.totp_secret
    )
    seconds += [answers(visitor, page, language) for page, language in views(pages)]
    health = visitor.get("/health/")
    assert (health.status, services(health)) == (200, {"database": True, "cache": False})

    assert 'class="export-form"' in visitor.get(session_page).text
    refusals = []
    for _attempt in ("asked", "asked again at once"):
        refused, refused_in = export(visitor, fifth, "fr", back_to=session_page)
        refusals.append(refused_in)
        back = visitor.get(session_page)
        assert back.status == 200
        with translation.override("en"):
            assert html.escape(gettext_unavailable()) in back.text
        # Marked failed, with the reason: nothing waits, "queued", for a task never sent.
        assert (refused.status, refused.error) == (Report.Status.FAILED, gettext_unavailable())

    throwaway_redis.start()
    wait_until(
        lambda: services(visitor.get("/health/"))["cache"],
        timeout=20,
        what="the health check to see the cache again",
    )
    # The server sends to Celery's default queue, on a Redis of this test's alone.
    start_worker(redis_url=throwaway_redis.url, queue="celery")
    asked_again, _seconds = export(visitor, fifth, "fr", back_to=session_page)
    for report in (asked_before, asked_again):
        outcome = wait_until(
            lambda report=report: finished(visitor, report),
            timeout=60,
            what=f"the report {report.pk} to be made",
        )
        assert outcome["status"] == "done", outcome
        assert visitor.get(outcome["download_url"]).body.startswith(b"%PDF-")
    print(
        f"\nRedis stopped: {len(seconds)} pages, slowest {max(seconds) * 1000:.0f} ms; export "
        f"requests refused in {', '.join(f'{refusal * 1000:.0f}' for refusal in refusals)} ms"
    )


def views(pages: list[MainPage], *, anonymous: bool = False) -> list[tuple[MainPage, str]]:
    return [
        (page, language)
        for language, _name in settings.LANGUAGES
        for page in pages
        if page.anonymous == anonymous
    ]


def answers(visitor: PortalVisitor, page: MainPage, language: str) -> float:
    """The page answers, at once, in full: no error page, no redirection."""
    answer = visitor.get(page.path(language))
    assert answer.status == 200, (page.slug, language, answer.status)
    assert answer.seconds < PAGE_SECONDS, (page.slug, language, answer.seconds)
    return answer.seconds


def export(
    visitor: PortalVisitor, session: Session, language: str, *, back_to: str
) -> tuple[Report, float]:
    """Export PDF on the session's page, as its form sends it: the report recorded, and the
    seconds the request took."""
    with translation.override("en"):
        request_url = reverse("reports:request")
    latest = Report.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    answer = visitor.post(
        request_url,
        {"kind": "session", "key": str(session.pk), "language": language, "next": back_to},
    )
    assert answer.seconds < PAGE_SECONDS  # with Redis gone too: kombu's publish retries are short
    report = Report.objects.get(pk__gt=latest)
    with translation.override("en"):
        detail = reverse("reports:detail", args=[report.pk])
    # The report's page, or back to the form with a message when reports are unavailable.
    assert answer.status == 302
    assert answer.location == (back_to if report.status == Report.Status.FAILED else detail)
    return report, answer.seconds


def finished(visitor: PortalVisitor, report: Report) -> dict:
    """The report's status as its page polls it, once it is done or failed; else {}."""
    status = report_status(visitor, report.pk)
    return status if status["status"] in ("done", "failed") else {}


def services(health) -> dict[str, bool]:
    return json.loads(health.body)["services"]
