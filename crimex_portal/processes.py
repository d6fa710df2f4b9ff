"""Servers started as child processes, by the load benchmark and by the tests that run the portal
as deployed: a free port, gunicorn's command line, and stopping a process group as one."""

import contextlib
import os
import signal
import socket
import subprocess
import sys

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def gunicorn_command(*, port: int, workers: int) -> list[str]:
    """The production image's command line (crimex_portal/docker/Dockerfile: sync workers), on
    loopback, with forwarded headers believed from the proxy only: here the proxy, wrk or a
    test's client, is on loopback too."""
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "crimex_portal.wsgi:application",
        "--bind",
        f"{HOST}:{port}",
        "--workers",
        str(workers),
        "--forwarded-allow-ips",
        HOST,
        "--log-level",
        "warning",
    ]


def stop_process_group(process: subprocess.Popen, timeout: float = 30) -> None:
    """SIGTERM to the process and its children, SIGKILL if they are still there after
    `timeout`. Only for processes started with start_new_session=True."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=timeout)
    # Children (a prefork pool, gunicorn's workers) may outlive their parent.
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
