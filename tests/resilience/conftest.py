"""Processes of the tests' own: a throwaway Redis, the portal served by gunicorn with the real
settings, Celery workers. Each runs in a process group of its own and is stopped, or killed, at
the end of its test, whatever happened; the machine's shared PostgreSQL and Redis are never
touched, except for the test database's own connections."""

import contextlib
import functools
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import redis
from django.conf import settings
from django.contrib.auth.hashers import PBKDF2PasswordHasher

from crimex_portal.celery import app as celery_app
from crimex_portal.processes import free_port, gunicorn_command, stop_process_group
from tests.conftest import (
    shared_encryption_environment,
    start_celery_worker,
    worker_database_url,
)
from tests.factories import UserFactory, enable_totp
from tests.resilience.portal_client import PortalVisitor

PASSWORD = "correct-horse-battery"


# For the tests that start a server or a worker: they share the test database with them.
needs_postgresql = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="needs DATABASE_URL on PostgreSQL, shared by the server and the worker",
)


def wait_until(condition: Callable[[], object], *, timeout: float, what: str) -> object:
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"still waiting, after {timeout} s, for {what}")
        time.sleep(0.1)


@dataclass
class ThrowawayRedis:
    """A Redis of the test's own, which keeps its data across a restart, as docker-compose.yml
    runs it (append-only file)."""

    data_dir: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as connection:
                connection.sendall(b"PING\r\n")
                return connection.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def has_a_consumer_waiting(self) -> bool:
        """A worker is ready: it waits for tasks (BRPOP on its queues)."""
        with redis.Redis.from_url(self.url) as client:
            return any(connection["cmd"] == "brpop" for connection in client.client_list())

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--dir",
                str(self.data_dir),
                "--appendonly",
                "yes",
                "--save",
                "",
                "--loglevel",
                "warning",
            ],
            stdout=subprocess.DEVNULL,
            start_new_session=True,
        )
        wait_until(self.answers, timeout=10, what=f"Redis on port {self.port}")

    def stop(self) -> None:
        if self.process is not None:
            stop_process_group(self.process, timeout=10)
            self.process = None


@pytest.fixture
def throwaway_redis(tmp_path) -> Iterator[ThrowawayRedis]:
    if not shutil.which("redis-server"):
        pytest.skip("needs redis-server, to start a Redis of the test's own")
    (tmp_path / "redis").mkdir()
    server = ThrowawayRedis(tmp_path / "redis")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def collected_static_root(tmp_path_factory) -> Path:
    """With DEBUG off, pages name static files through collectstatic's manifest."""
    root = tmp_path_factory.mktemp("static")
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=settings.BASE_DIR,
        env={
            **{name: value for name, value in os.environ.items() if name != "DATABASE_URL"},
            "DJANGO_SETTINGS_MODULE": "crimex_portal.settings",
            "DJANGO_DEBUG": "False",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),
            "DJANGO_STATIC_ROOT": str(root),
        },
        check=True,
        timeout=300,
    )
    return root


@dataclass(frozen=True)
class PortalServer:
    url: str
    # Names the server's PostgreSQL connections in pg_stat_activity.
    database_application_name: str

    def visitor(self) -> PortalVisitor:
        return PortalVisitor(self.url)


@pytest.fixture
def start_portal_server(
    transactional_db, collected_static_root, tmp_path
) -> Iterator[Callable[..., PortalServer]]:
    """Starts gunicorn on the real settings, as docker-compose.yml runs it: DEBUG off, behind a
    TLS proxy, three sync workers by default (the Dockerfile's). It uses the test database
    (transactional: what the test writes is committed, and the server sees it) and the given
    Redis."""
    started: list[subprocess.Popen] = []

    def start(*, redis_url: str, workers: int = 3) -> PortalServer:
        port = free_port()
        application_name = f"crimex-test-web-{uuid.uuid4().hex[:8]}"
        process = subprocess.Popen(
            gunicorn_command(port=port, workers=workers),
            cwd=settings.BASE_DIR,
            env={
                **os.environ,
                "DJANGO_SETTINGS_MODULE": "crimex_portal.settings",
                "DJANGO_DEBUG": "False",
                "DJANGO_SECRET_KEY": secrets.token_urlsafe(40),
                # The server reads the two-factor secrets and reports this process or a worker
                # encrypted, as a deployment's processes share their keys.
                **shared_encryption_environment(),
                "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
                "DJANGO_BEHIND_TLS_PROXY": "True",
                "DATABASE_URL": f"{worker_database_url()}?application_name={application_name}",
                "REDIS_URL": redis_url,
                "EMAIL_URL": f"filemail:///{tmp_path / 'mail'}",
                "DJANGO_STATIC_ROOT": str(collected_static_root),
                "DJANGO_PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
                "DJANGO_MEDIA_ROOT": str(settings.MEDIA_ROOT),
            },
            start_new_session=True,
        )
        started.append(process)
        server = PortalServer(f"http://127.0.0.1:{port}", application_name)

        def health_answers() -> bool:
            assert process.poll() is None, "gunicorn stopped: see its output above"
            with contextlib.suppress(OSError):
                return server.visitor().get("/health/").status == 200
            return False

        wait_until(health_answers, timeout=60, what="gunicorn to answer /health/")
        return server

    try:
        yield start
    finally:
        for process in started:
            stop_process_group(process, timeout=10)


@pytest.fixture
def start_worker(transactional_db, tmp_path) -> Iterator[Callable[..., subprocess.Popen]]:
    """Starts Celery workers with the real settings on the test database; stops them at the end
    (a test may also kill one itself)."""
    started: list[subprocess.Popen] = []

    def start(*, redis_url: str, queue: str, **options) -> subprocess.Popen:
        worker = start_celery_worker(
            redis_url=redis_url, queue=queue, mail_dir=tmp_path / "mail", **options
        )
        started.append(worker)
        return worker

    try:
        yield start
    finally:
        for worker in started:
            stop_process_group(worker, timeout=30)


@contextlib.contextmanager
def tasks_sent_to(redis_url: str, queue: str) -> Iterator[None]:
    """Tasks this test process sends go to that Redis and queue, for real, while the block runs."""
    conf = celery_app.conf
    previous = (conf.task_always_eager, conf.broker_url, conf.task_default_queue)
    conf.task_always_eager, conf.broker_url, conf.task_default_queue = False, redis_url, queue
    _forget_broker_connections()
    try:
        yield
    finally:
        conf.task_always_eager, conf.broker_url, conf.task_default_queue = previous
        _forget_broker_connections()


def _forget_broker_connections() -> None:
    # Celery keeps the pool of the broker URL it first used. Never close kombu's pools: the next
    # test would get them back closed (tests/reports/test_reports.py, broker_at()).
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


@dataclass(frozen=True)
class Login:
    email: str
    password: str
    totp_secret: str


@functools.cache
def production_password_hash() -> str:
    """PASSWORD hashed as the real settings do (the test settings' MD5 is unknown to them);
    once per run: it takes a good part of a second, on purpose."""
    hasher = PBKDF2PasswordHasher()
    return hasher.encode(PASSWORD, hasher.salt())


def new_user_login(*, role_names: list[str]) -> Login:
    """A new user with these roles and two-factor authentication, who can log in to the real
    server."""
    user = UserFactory(roles=role_names)
    user.password = production_password_hash()
    user.save(update_fields=["password"])
    return Login(user.email, PASSWORD, enable_totp(user))
