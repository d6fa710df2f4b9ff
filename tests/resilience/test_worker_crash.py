"""A worker killed in the middle of a report leaves the report to be completed: by the pool's
new process when only the one rendering it was killed (the kernel's out-of-memory killer picks
the biggest), by the next worker to start when the whole worker was (a crash, a container
killed)."""

import os
import signal
import subprocess
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from crimex_portal.accounts import roles
from crimex_portal.reports.models import Report
from crimex_portal.reports.services import report_request
from tests.factories import SessionFactory, UserFactory
from tests.pdf import pdf_text
from tests.resilience.conftest import needs_postgresql, tasks_sent_to, wait_until

pytestmark = [pytest.mark.resilience, needs_postgresql]

# The production default is 300 s (settings: CELERY_BROKER_TRANSPORT_OPTIONS); a few seconds
# here, so that the test waits for it.
VISIBILITY_TIMEOUT = 3
TITLE = "Freezing orders across the Mediterranean"
# The production worker's pool (prefork): the report is rendered in a child process.
PREFORK = ("--pool=prefork", "--concurrency=1")


def report_half_way(
    start_worker: Callable[..., subprocess.Popen], redis_url: str, mark: Path
) -> tuple[Report, subprocess.Popen, int]:
    """A report asked for, and a stalling worker half-way through it: (report, worker, pid of
    the process rendering it)."""
    queue = f"crimex-crash-{uuid.uuid4().hex[:8]}"
    worker = start_worker(
        redis_url=redis_url,
        queue=queue,
        launcher="tests.resilience.stalling_worker",
        options=PREFORK,
        environment={
            "CRIMEX_BROKER_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT),
            "CRIMEX_TEST_RENDERING_STARTED": str(mark),
        },
    )
    coordinator = UserFactory(roles=[roles.COORDINATOR], two_factor=True)
    session = SessionFactory(title_en=TITLE)
    with tasks_sent_to(redis_url, queue):
        report, _reused = report_request(
            user=coordinator, kind="session", key=str(session.pk), language="en"
        )
    wait_until(mark.exists, timeout=60, what="the worker to start the report")
    report.refresh_from_db()
    assert (report.status, report.attempts) == (Report.Status.RUNNING, 1)
    return report, worker, int(mark.read_text())


def assert_completed_on_second_attempt(report: Report, tmp_path: Path) -> None:
    def finished() -> bool:
        report.refresh_from_db()
        return report.status in (Report.Status.DONE, Report.Status.FAILED)

    wait_until(finished, timeout=60, what="the report to be completed")
    assert (report.status, report.attempts, report.error) == (Report.Status.DONE, 2, "")
    assert TITLE in pdf_text(report.file.read(), tmp_path)


def test_the_process_rendering_a_report_killed_the_pool_renders_it_again(
    throwaway_redis, start_worker, tmp_path
):
    mark = tmp_path / "rendering-started"
    report, _worker, renderer = report_half_way(start_worker, throwaway_redis.url, mark)

    os.kill(renderer, signal.SIGKILL)

    # acks_late with reject_on_worker_lost: the task goes back to the queue at once.
    assert_completed_on_second_attempt(report, tmp_path)


def test_a_whole_worker_killed_half_way_the_next_worker_to_start_completes_the_report(
    throwaway_redis, start_worker, tmp_path
):
    mark = tmp_path / "rendering-started"
    report, worker, renderer = report_half_way(start_worker, throwaway_redis.url, mark)

    os.killpg(worker.pid, signal.SIGKILL)  # the main process and the pool's child
    worker.wait(timeout=10)
    wait_until(lambda: not_running(renderer), timeout=10, what="the killed child to be gone")
    report.refresh_from_db()
    assert (report.status, report.file.name) == (Report.Status.RUNNING, "")

    # Nobody is left to give the task back: it waits, unacknowledged, in Redis. The worker took
    # it before the mark was written; once the visibility timeout has passed since then, a
    # worker that starts puts it back in the queue, and runs it.
    time.sleep(max(0.0, mark.stat().st_mtime + VISIBILITY_TIMEOUT + 0.5 - time.time()))
    start_worker(
        redis_url=throwaway_redis.url,
        queue=worker.args[worker.args.index("-Q") + 1],
        options=PREFORK,
        environment={"CRIMEX_BROKER_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT)},
    )

    assert_completed_on_second_attempt(report, tmp_path)


def not_running(pid: int) -> bool:
    """Gone, or dead and waiting for init to collect its exit status (a zombie)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] == "Z"
