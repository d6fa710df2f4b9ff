"""Fifty coordinators' exports sent at the same moment, to the production set-up: gunicorn with
the Dockerfile's three sync workers, one Celery worker with docker-compose.yml's two processes.
Every report is made, and meanwhile members' pages stay within twice their idle latency."""

import statistics
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import pytest
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone, translation

from actionplans.models import ActionPlan
from crimex_portal.accounts import roles
from crimex_portal.reports.models import Report
from directory.models import Country
from fiches.models import Fiche
from fiches.reports import fiche_key
from sessions.models import Session
from tests.resilience.conftest import needs_postgresql, new_user_login, wait_until
from tests.resilience.portal_client import PortalVisitor, report_status

pytestmark = [pytest.mark.resilience, needs_postgresql]

EXPORTS = 50
COORDINATORS = 10  # five exports each, from five tabs
LANGUAGES = ("en", "fr", "ar")


@dataclass(frozen=True)
class Export:
    kind: str
    key: str
    language: str


def fifty_distinct_exports() -> list[Export]:
    """Different contents: a report of the same content and language would be reused, not made
    again. Every session, plan and country's fiches in three languages, then single fiches."""
    exports = [
        Export(kind, key, language)
        for kind, keys in (
            ("session", [str(pk) for pk in Session.objects.values_list("pk", flat=True)]),
            ("action_plan", list(ActionPlan.objects.values_list("code", flat=True))),
            (
                "country_fiches",
                list(
                    Country.objects.filter(fiches__isnull=False)
                    .distinct()
                    .values_list("iso_code", flat=True)
                ),
            ),
        )
        for key in keys
        for language in LANGUAGES
    ]
    fiches = Fiche.objects.select_related("country", "measure").order_by("pk")
    exports += [Export("fiche", fiche_key(fiche), "en") for fiche in fiches]
    assert len(exports) >= EXPORTS
    return exports[:EXPORTS]


@dataclass(frozen=True)
class Outcome:
    report_pk: int
    status: dict  # the last answer of the report's page to its poll
    request_seconds: float


def export_and_follow(tab: PortalVisitor, export: Export, start: threading.Barrier) -> Outcome:
    """Export PDF, then the report's page polling as its script does (report-status.js)."""
    with translation.override("en"):
        request_url = reverse("reports:request")
    start.wait()
    answer = tab.post(
        request_url,
        {"kind": export.kind, "key": export.key, "language": export.language, "next": "/en/"},
    )
    assert answer.status == 302, (export, answer.status, answer.text[:1000])
    report_pk = int(answer.location.rstrip("/").rsplit("/", 1)[1])
    delay = 1.0
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        time.sleep(delay)
        status = report_status(tab, report_pk)
        if status["status"] in ("done", "failed"):
            return Outcome(report_pk, status, answer.seconds)
        delay = min(delay * 1.5, 5.0)
    raise AssertionError(f"{export} not finished after 180 s: {status}")


def page_latencies(
    visitor: PortalVisitor, path: str, *, until: Callable[[list[float]], bool]
) -> list[float]:
    """The page again and again, as a member clicking fast: a tenth of a second in between."""
    seconds: list[float] = []
    while not until(seconds):
        answer = visitor.get(path)
        assert answer.status == 200, answer.status
        seconds.append(answer.seconds)
        time.sleep(0.1)
    return seconds


def reports_being_made() -> bool:
    return (
        Report.objects.count() < EXPORTS
        or Report.objects.filter(status__in=Report.IN_PROGRESS).exists()
    )


def test_fifty_simultaneous_exports_complete_and_pages_stay_within_twice_their_idle_latency(
    seeded, throwaway_redis, start_portal_server, start_worker
):
    exports = fifty_distinct_exports()
    coordinators = [new_user_login(role_names=[roles.COORDINATOR]) for _ in range(COORDINATORS)]
    member = new_user_login(role_names=[roles.MEMBER])
    with translation.override("en"):
        page = Session.objects.get(number=5).get_absolute_url()
    server = start_portal_server(redis_url=throwaway_redis.url, workers=3)
    # As docker-compose.yml's worker: the prefork pool, two processes, and a CPU weight below the
    # web server's, so that pages come first and reports take the cycles left over (there, the
    # worker container's cpu_shares; here, the niceness of the worker's session). With equal
    # weights, two WeasyPrint processes on two cores raise the page's median by 1.7 times.
    start_worker(
        redis_url=throwaway_redis.url, queue="celery", options=("--concurrency=2",), niceness=10
    )
    wait_until(throwaway_redis.has_a_consumer_waiting, timeout=60, what="the worker to be ready")

    browsers = [server.visitor() for _ in coordinators]
    with ThreadPoolExecutor(max_workers=3) as pool:
        logins = [
            pool.submit(browser.log_in, login.email, login.password, login.totp_secret)
            for browser, login in zip(browsers, coordinators, strict=True)
        ]
        for logged_in in logins:
            logged_in.result()
    reader = server.visitor()
    reader.log_in(member.email, member.password, member.totp_secret)
    for _warm_up in range(15):  # each gunicorn process loads its templates and translations
        assert reader.get(page).status == 200
    idle = page_latencies(reader, page, until=lambda samples: len(samples) == 30)

    start = threading.Barrier(EXPORTS + 1)
    began = timezone.now()
    with ThreadPoolExecutor(max_workers=EXPORTS) as pool:
        futures = [
            pool.submit(export_and_follow, browsers[index % COORDINATORS].new_tab(), export, start)
            for index, export in enumerate(exports)
        ]
        start.wait()
        busy = page_latencies(reader, page, until=lambda _samples: not reports_being_made())
        outcomes = [future.result() for future in futures]

    assert [outcome.status["status"] for outcome in outcomes] == ["done"] * EXPORTS, [
        outcome.status for outcome in outcomes if outcome.status["status"] != "done"
    ]
    assert len({outcome.report_pk for outcome in outcomes}) == EXPORTS
    for index, outcome in enumerate(outcomes):
        # A report opens for the coordinator who asked for it (and PMT staff), nobody else.
        download = browsers[index % COORDINATORS].get(outcome.status["download_url"])
        assert download.body.startswith(b"%PDF-"), outcome
    last_finished = Report.objects.aggregate(last=Max("finished_at"))["last"]
    all_made_in = (last_finished - began).total_seconds()
    print(
        f"\n{EXPORTS} reports made in {all_made_in:.1f} s; export requests: median "
        f"{statistics.median(o.request_seconds for o in outcomes) * 1000:.0f} ms, slowest "
        f"{max(o.request_seconds for o in outcomes) * 1000:.0f} ms; {page}: idle median "
        f"{statistics.median(idle) * 1000:.1f} ms ({len(idle)} requests), busy median "
        f"{statistics.median(busy) * 1000:.1f} ms ({len(busy)} requests, slowest "
        f"{max(busy) * 1000:.0f} ms)"
    )
    assert statistics.median(busy) <= 2 * statistics.median(idle), (idle, busy)
