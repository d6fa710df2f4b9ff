import json
import os
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection
from django.test import Client, override_settings

from crimex_portal.benchmark.dataset import (
    FULL_SIZE,
    benchmark_dataset_build,
    benchmark_member_ensure,
    dataset_counts,
)
from crimex_portal.benchmark.load import (
    LoadFigures,
    PageCost,
    http_status,
    member_session_key,
    page_cost,
    request_headers,
    run_wrk,
    served_portal,
)
from crimex_portal.benchmark.pages import (
    BENCHMARK_URLCONF,
    BenchmarkPage,
    benchmark_pages,
    floor_page,
    login_page,
)
from crimex_portal.processes import HOST, free_port

SHORT_SECONDS = 1
WARM_UP_SECONDS = 1
# The floor again for a few seconds right before each page: the ratio compares figures taken
# under the same background load, which moves on a shared machine.
NEARBY_FLOOR_SECONDS = 3
FLOOR_SPREAD_WARNING = 1.25
DRAIN_SECONDS = 180


@dataclass(frozen=True)
class PageRow:
    page: BenchmarkPage
    figures: LoadFigures
    floor: LoadFigures  # measured right before the page
    cost: PageCost
    login: LoadFigures  # the login page, the reference every member page should reach

    @property
    def login_ratio(self) -> float | None:
        """The page's requests a second over the login page's: 1 or more is the goal."""
        if not self.figures.requests or not self.login.requests_per_second:
            return None
        return self.figures.requests_per_second / self.login.requests_per_second

    @property
    def p50_ratio(self) -> float | None:
        return self.figures.p50_ms / self.floor.p50_ms if self.figures.requests else None

    @property
    def rps_ratio(self) -> float | None:
        if not self.figures.requests:  # slower than the run: wrk saw no answer
            return None
        return self.floor.requests_per_second / self.figures.requests_per_second


class Command(BaseCommand):
    help = (
        "Build the large invented dataset if it is missing, serve the portal with gunicorn and "
        "drive each main page with wrk as a logged-in member: requests per second, p50 and p95 "
        "latency and queries per request, beside a bare Django view of the same server (the "
        "floor). Needs DJANGO_DEBUG=False, collected static files and wrk; "
        "crimex_portal/scripts/benchmark-load.sh prepares all of it."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--duration", type=int, default=15, help="Seconds of load per page (default 15)."
        )
        parser.add_argument(
            "--short",
            action="store_true",
            help=f"{SHORT_SECONDS} seconds per page, for CI; the dataset stays the same.",
        )
        parser.add_argument(
            "--connections", type=int, default=20, help="Concurrent users (default 20)."
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=3,
            help="gunicorn sync workers (default 3, as the production image runs).",
        )
        parser.add_argument(
            "--threads",
            type=int,
            default=1,
            help="wrk threads (default 1: one is plenty and leaves the cores to gunicorn).",
        )
        parser.add_argument(
            "--json", type=Path, dest="json_path", help="Also write the figures to this file."
        )

    def handle(
        self,
        *args,
        duration: int,
        short: bool,
        connections: int,
        workers: int,
        threads: int,
        json_path: Path | None,
        **options,
    ) -> None:
        seconds = SHORT_SECONDS if short else duration
        self.short = short
        if min(seconds, connections, workers, threads) < 1 or threads > connections:
            raise CommandError("Durations and counts must be positive, threads ≤ connections.")
        self.check_environment()
        started = time.perf_counter()

        building = time.perf_counter()
        benchmark_dataset_build(size=FULL_SIZE)
        if connection.vendor == "postgresql":
            # The planner's statistics, as autovacuum keeps them on a deployed database: without
            # them, plans after the bulk load guess one row where there are thousands.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        built_in = time.perf_counter() - building
        counts = dataset_counts()
        self.stdout.write(f"Dataset ready in {built_in:.1f} s: {summary_line(counts)}")

        self.headers = request_headers(member_session_key(benchmark_member_ensure()))
        self.anonymous_headers = {
            name: value for name, value in self.headers.items() if name != "Cookie"
        }
        floor, login, pages = floor_page(), login_page(), benchmark_pages()
        costs = self.page_costs([floor, login, *pages])

        self.port, self.connections, self.threads = free_port(), connections, threads
        nearby_seconds = min(NEARBY_FLOOR_SECONDS, seconds)
        self.stdout.write(
            f"gunicorn: {workers} sync workers on {HOST}:{self.port}; wrk: {connections} "
            f"connections, {threads} thread(s), {seconds} s per page "
            f"{'(no warm-up)' if short else f'after {WARM_UP_SECONDS} s of warm-up'}, "
            f"{'the floor once' if short else f'the floor for {nearby_seconds} s before each'}; "
            f"database "
            f"{connection.vendor}, cache {settings.CACHES['default']['BACKEND']}; load average "
            f"before: {os.getloadavg()[0]:.2f}"
        )
        try:
            with served_portal(workers=workers, port=self.port):
                reference = self.measure(floor, seconds, reference=True)
                nearby = self.measure(floor, nearby_seconds, warm_up=False)
                login_figures = self.measure(login, seconds, reference=True)
                rows = [
                    PageRow(floor, reference, reference, costs[floor.slug], login_figures),
                    PageRow(login, login_figures, nearby, costs[login.slug], login_figures),
                ]
                for page in pages:
                    # The short run (CI) compares every page with the first floor: half the time.
                    nearby = (
                        reference if short else self.measure(floor, nearby_seconds, warm_up=False)
                    )
                    figures = self.measure(page, seconds)
                    rows.append(PageRow(page, figures, nearby, costs[page.slug], login_figures))
        except RuntimeError as error:  # gunicorn or wrk failed
            raise CommandError(str(error)) from error

        self.print_table(rows)
        elapsed = time.perf_counter() - started
        self.stdout.write(f"Whole run {elapsed:.0f} s (dataset {built_in:.1f} s).")
        if json_path:
            run = {
                "seconds_per_page": seconds,
                "connections": connections,
                "gunicorn_sync_workers": workers,
                "wrk_threads": threads,
                "dataset_build_seconds": round(built_in, 1),
                "run_seconds": round(elapsed),
            }
            json_path.parent.mkdir(parents=True, exist_ok=True)
            json_path.write_text(as_json(rows, counts, run))
            self.stdout.write(f"Figures written to {json_path}.")
        failed = {
            label: found.errors
            for row in rows
            for label, found in (
                (row.page.slug, row.figures),
                (f"floor before {row.page.slug}", row.floor),
            )
            if found.failures
        }
        if failed:
            raise CommandError(f"Requests failed under load: {failed}")

    def check_environment(self) -> None:
        """The figures must be those of a deployment: DEBUG off, hashed static files."""
        if settings.DEBUG:
            raise CommandError("Run with DJANGO_DEBUG=False, as a deployment does.")
        if HOST not in settings.ALLOWED_HOSTS:
            raise CommandError(f"Add {HOST} to DJANGO_ALLOWED_HOSTS.")
        manifest = getattr(staticfiles_storage, "manifest_name", None)
        if manifest and not staticfiles_storage.manifest_storage.exists(manifest):
            raise CommandError(
                f"No static files manifest in {settings.STATIC_ROOT}: run collectstatic first."
            )
        if shutil.which("wrk") is None:
            raise CommandError("wrk is not installed (apt-get install wrk).")

    def headers_of(self, page: BenchmarkPage) -> dict[str, str]:
        return self.anonymous_headers if page.anonymous else self.headers

    def page_costs(self, pages: list[BenchmarkPage]) -> dict[str, PageCost]:
        with override_settings(ROOT_URLCONF=BENCHMARK_URLCONF):
            try:
                return {
                    page.slug: page_cost(Client(), page.path, self.headers_of(page))
                    for page in pages
                }
            except RuntimeError as error:
                raise CommandError(str(error)) from error

    def measure(
        self, page: BenchmarkPage, seconds: int, *, warm_up: bool = True, reference: bool = False
    ) -> LoadFigures:
        # The short run (CI) warms up the references only (the floor, the login page: the
        # workers start cold); a page's answer check has filled the shared caches already.
        warm_up = warm_up and (reference or not self.short)
        load = {
            "port": self.port,
            "path": page.path,
            "connections": self.connections,
            "threads": self.threads,
            "headers": self.headers_of(page),
        }
        self.check_answers(page, "before its load run")
        if warm_up:
            run_wrk(seconds=WARM_UP_SECONDS, **load)
            self.check_answers(page, "after its warm-up")
        figures = run_wrk(seconds=seconds, **load)
        self.check_answers(page, "after its load run")
        if warm_up:  # the nearby floors are not worth a line each
            self.stdout.write(
                f"  {page.slug:<28} {figures.requests:6d} requests, "
                f"{figures.requests_per_second:7.1f} req/s, p50 {figures.p50_ms:.1f} ms"
            )
        return figures

    def check_answers(self, page: BenchmarkPage, when: str) -> None:
        """The page answers 200 to the session. After a wrk run the answer also waits for the
        requests wrk left queued when it stopped, so that they do not slow the next run."""
        status = http_status(self.port, page.path, self.headers_of(page), timeout=DRAIN_SECONDS)
        if status != 200:
            raise CommandError(
                f"{page.path} answered {status} {when}: a redirect to the login means the "
                "session cookie was refused."
            )

    def print_table(self, rows: list[PageRow]) -> None:
        self.stdout.write("")
        self.stdout.write(
            f"{'page':<28} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'queries':>7} "
            f"{'p50/floor':>9} {'floor rps/rps':>13} {'rps/login':>9} {'alone ms':>8}  path"
        )
        for row in rows:
            found = row.figures
            ratios = (
                f"{row.p50_ratio:8.1f}x {row.rps_ratio:12.1f}x"
                if row.p50_ratio is not None
                else f"{'-':>9} {'-':>13}"
            )
            login = f"{row.login_ratio:8.2f}x" if row.login_ratio is not None else f"{'-':>9}"
            self.stdout.write(
                f"{row.page.slug:<28} {found.requests_per_second:7.1f} {found.p50_ms:8.1f} "
                f"{found.p95_ms:8.1f} {row.cost.queries:7d} {ratios} {login} "
                f"{row.cost.alone_ms:8.1f}  {row.page.path}"
            )
        below = [row.page.slug for row in rows[2:] if (row.login_ratio or 0) < 1]
        self.stdout.write(
            f"rps/login: the page's requests a second over the anonymous login page's "
            f"({rows[1].figures.requests_per_second:.0f} req/s); below 1: "
            f"{', '.join(below) if below else 'none'}."
        )
        nearby = [row.floor for row in rows[1:]]
        slowest = min(nearby, key=lambda floor: floor.requests_per_second)
        fastest = max(nearby, key=lambda floor: floor.requests_per_second)
        self.stdout.write(
            "Ratios are against the floor measured right before each page (once, in the short "
            "run); it ran at "
            f"{slowest.requests_per_second:.0f}-{fastest.requests_per_second:.0f} req/s "
            f"(p50 {fastest.p50_ms:.1f}-{slowest.p50_ms:.1f} ms) through the run. Alone: one "
            "request at a time in-process, fastest of 3; queries counted on a warm request."
        )
        if fastest.requests_per_second > FLOOR_SPREAD_WARNING * slowest.requests_per_second:
            self.stdout.write(
                self.style.WARNING(
                    "The floor moved by more than a quarter during the run: something else used "
                    "the machine. Compare ratios rather than absolute figures."
                )
            )


def as_json(rows: list[PageRow], counts: dict[str, int], run: dict) -> str:
    pages = [
        {
            "page": row.page.slug,
            "path": row.page.path,
            "requests_per_second": round(row.figures.requests_per_second, 1),
            "queries_per_request": row.cost.queries,
            "alone_ms": round(row.cost.alone_ms, 1),
            "p50_to_floor": row.p50_ratio and round(row.p50_ratio, 2),
            "floor_rps_to_rps": row.rps_ratio and round(row.rps_ratio, 2),
            "rps_to_login": row.login_ratio and round(row.login_ratio, 2),
            **asdict(row.figures),
            "floor_before": asdict(row.floor),
        }
        for row in rows
    ]
    return json.dumps({"run": run, "dataset": counts, "pages": pages}, indent=2)


def summary_line(counts: dict[str, int]) -> str:
    return (
        f"{counts['sessions']} sessions with {counts['agenda items']:,} agenda items, "
        f"{counts['contacts']:,} contacts, {counts['fiches']} fiches "
        f"({counts['fiche countries']} countries, {counts['measures']} measures), "
        f"{counts['progress updates']:,} progress updates in "
        f"{counts['reporting periods']} reporting periods"
    )
