"""The portal under load: a logged-in member's session, gunicorn as the production image runs it,
wrk against one page at a time, and the queries each page makes."""

import contextlib
import http.client
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.sessions.middleware import SessionMiddleware
from django.db import connection
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext

from crimex_portal.processes import HOST, gunicorn_command, stop_process_group

BENCHMARK_SETTINGS = "crimex_portal.benchmark.settings"
WRK_SCRIPT = Path(__file__).with_name("wrk-report.lua")
WRK_REPORT_PREFIX = "WRK-REPORT "
SERVER_START_SECONDS = 30


@dataclass(frozen=True)
class LoadFigures:
    """What wrk measured for one page. Errors: connect, read, write, timeout, and status (answers
    of 400 and above)."""

    requests: int
    seconds: float
    p50_ms: float
    p95_ms: float
    max_ms: float
    errors: dict[str, int]

    @property
    def requests_per_second(self) -> float:
        return self.requests / self.seconds

    @property
    def failures(self) -> int:
        return sum(self.errors.values())


def member_session_key(user: AbstractBaseUser) -> str:
    """A session stored as a login with password and authenticator code leaves it, so that the
    two-factor gate lets the benchmark through exactly as it lets a member through."""
    authenticator = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    request = RequestFactory().get("/")
    SessionMiddleware(lambda _request: HttpResponse()).process_request(request)
    record_authentication(request, user, method="password", email=user.email)
    record_authentication(request, user, method="mfa", type="totp", id=authenticator.pk)
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    request.session.save()
    return request.session.session_key


def request_headers(session_key: str) -> dict[str, str]:
    """As a member's browser sends them through the TLS proxy of docker-compose.yml."""
    return {
        "Cookie": f"{settings.SESSION_COOKIE_NAME}={session_key}",
        "X-Forwarded-Proto": "https",
    }


@dataclass(frozen=True)
class PageCost:
    """One request at a time, in-process: the queries and the fastest of a few requests, which
    is what the page costs when nothing else competes for the machine."""

    queries: int
    alone_ms: float


def page_cost(client: Client, path: str, headers: dict[str, str], *, timed: int = 3) -> PageCost:
    """After a first request that warms the caches, as a worker under load has them. Anything
    but 200 is an error."""
    timings, queries = [], 0
    for attempt in range(1 + timed):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(path, headers={"Host": HOST, **headers}, secure=True)
            elapsed = time.perf_counter() - started
        if response.status_code != 200:
            where = response.get("Location", "")
            raise RuntimeError(f"{path} answered {response.status_code} {where} in-process")
        if attempt:
            timings.append(elapsed * 1000)
            queries = len(captured.captured_queries)
    return PageCost(queries=queries, alone_ms=min(timings))


@contextlib.contextmanager
def served_portal(*, workers: int, port: int) -> Iterator[Path]:
    """gunicorn with the production image's command line (sync workers) and the benchmark's
    URLs, in a process group of its own that is stopped as one. Yields its log file, which is
    removed afterwards unless something failed."""
    log = Path(tempfile.mkstemp(prefix="crimex-benchmark-gunicorn-", suffix=".log")[1])
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": BENCHMARK_SETTINGS,
        # The X-Forwarded-Proto header of request_headers() stands for the TLS proxy.
        "DJANGO_BEHIND_TLS_PROXY": "True",
    }
    with log.open("wb") as output:
        server = subprocess.Popen(  # noqa: S603 - our own interpreter and arguments
            gunicorn_command(port=port, workers=workers),
            cwd=settings.BASE_DIR,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    failed = True
    try:
        _wait_until_healthy(server, port, log)
        yield log
        failed = False
    finally:
        stop_process_group(server, timeout=20)
        if failed:
            print(f"gunicorn's log is kept in {log}", file=sys.stderr)
        else:
            log.unlink()


def _wait_until_healthy(server: subprocess.Popen, port: int, log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn stopped at start:\n{log.read_text()[-3000:]}")
        with contextlib.suppress(OSError):
            if http_status(port, "/health/", {}) == 200:
                return
        time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer in {SERVER_START_SECONDS} s:\n{log.read_text()}")


def http_status(port: int, path: str, headers: dict[str, str], *, timeout: float = 5) -> int:
    """One GET; redirects are not followed: a login redirect means the session is not accepted."""
    server = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        server.request("GET", path, headers=headers)
        response = server.getresponse()
        response.read()
        return response.status
    finally:
        server.close()


def run_wrk(
    *, port: int, path: str, seconds: int, connections: int, threads: int, headers: dict[str, str]
) -> LoadFigures:
    command = [
        "wrk",
        f"--threads={threads}",
        f"--connections={connections}",
        f"--duration={seconds}s",
        "--timeout=30s",
        f"--script={WRK_SCRIPT}",
        *(f"--header={name}: {value}" for name, value in headers.items()),
        f"http://{HOST}:{port}{path}",
    ]
    finished = subprocess.run(  # noqa: S603 - wrk from PATH, our own arguments
        command, capture_output=True, text=True, check=False
    )
    report = next(
        (
            line.removeprefix(WRK_REPORT_PREFIX)
            for line in finished.stdout.splitlines()
            if line.startswith(WRK_REPORT_PREFIX)
        ),
        None,
    )
    if finished.returncode != 0 or report is None:
        raise RuntimeError(f"wrk failed on {path}:\n{finished.stdout}\n{finished.stderr}")
    figures = json.loads(report)
    return LoadFigures(
        requests=figures["requests"],
        seconds=figures["duration_us"] / 1e6,
        p50_ms=figures["p50_us"] / 1000,
        p95_ms=figures["p95_us"] / 1000,
        max_ms=figures["max_us"] / 1000,
        errors=figures["errors"],
    )
