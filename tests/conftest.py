import contextlib
import io
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connection, transaction
from django.db.models import AutoField
from django.utils import translation

from crimex_portal.accounts import roles
from crimex_portal.celery import app as celery_app
from crimex_portal.processes import stop_process_group
from directory.models import Country, Organisation
from tests.factories import UserFactory, enable_totp, log_in_with_two_factor


@pytest.fixture(autouse=True)
def english_by_default() -> Iterator[None]:
    """reverse() outside a request uses the active language, which a previous request may have
    left behind: every test starts in English."""
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def celery_joins_allowed() -> Iterator[None]:
    """Celery's process-wide "inside a worker, never wait for a result" flag stays off: the test
    process is never a worker. Something in the full run set it (not found yet), and the tests
    that wait for a result (tests/test_celery.py) then failed."""
    from celery._state import _set_task_join_will_block

    _set_task_join_will_block(False)
    yield
    _set_task_join_will_block(False)


@pytest.fixture(autouse=True)
def empty_cache() -> Iterator[None]:
    cache.clear()
    yield
    cache.clear()


@dataclass(frozen=True)
class SeedSnapshot:
    """The rows the seed content adds, loaded once per test run and copied into each test's
    database in one INSERT per table: loading it through the services takes seconds."""

    rows: dict
    output: str
    settings_key: tuple
    # The content types rows point at (seeded-row records), by name: transactional tests flush
    # the database and the migrations' signal writes the content types again under new ids.
    content_types: dict


def content_type_fields(model) -> list:
    return [
        field
        for field in model._meta.concrete_fields
        if field.is_relation and field.related_model is ContentType
    ]


def seed_settings_key() -> tuple:
    return (settings.CRIMEX_DEMO_CONTENT, tuple(settings.CRIMEX_SEED_LOADERS))


def reserve_seed_primary_keys(rows: dict) -> None:
    """Rows a test creates before asking for `seeded` (a user, say) must not take the primary
    keys the copy will insert. PostgreSQL's sequences keep what the rolled-back load used;
    SQLite rolls its counters back with the load, so they are moved past it here, committed."""
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        for model, objects in rows.items():
            if not isinstance(model._meta.pk, AutoField):
                continue
            highest = max(item.pk for item in objects)
            table = model._meta.db_table
            cursor.execute(
                "UPDATE sqlite_sequence SET seq = MAX(seq, %s) WHERE name = %s", [highest, table]
            )
            if cursor.rowcount == 0:
                cursor.execute(
                    "INSERT INTO sqlite_sequence (name, seq) VALUES (%s, %s)", [table, highest]
                )


@pytest.fixture(scope="session")
def seed_snapshot(django_db_setup, django_db_blocker) -> SeedSnapshot:
    # Content versions are written by triggers as the copy is replayed, not copied.
    models = [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.label != "fragments.ContentVersion"
    ]
    with django_db_blocker.unblock(), transaction.atomic():
        before = {model: model._base_manager.count() for model in models}
        output = io.StringIO()
        call_command("load_seed_content", stdout=output)
        rows = {
            model: list(model._base_manager.all())
            for model in models
            if model._base_manager.count() != before[model]
        }
        # The copy only adds rows: it cannot replay changes to rows the migrations made.
        assert all(before[model] == 0 for model in rows), "seed content changed existing rows"
        content_types = {
            (model, index, field.attname): ContentType.objects.get_for_id(
                getattr(item, field.attname)
            ).natural_key()
            for model, objects in rows.items()
            for field in content_type_fields(model)
            for index, item in enumerate(objects)
        }
        transaction.set_rollback(True)
    with django_db_blocker.unblock():
        reserve_seed_primary_keys(rows)
    return SeedSnapshot(
        rows=rows,
        output=output.getvalue(),
        settings_key=seed_settings_key(),
        content_types=content_types,
    )


@pytest.fixture
def seeded(db, seed_snapshot) -> io.StringIO:
    """The database with the seed content loaded; returns what the command printed."""
    if seed_snapshot.settings_key != seed_settings_key():  # a test changed what gets seeded
        output = io.StringIO()
        call_command("load_seed_content", stdout=output)
        return output
    # Foreign keys are checked at commit (Django declares them deferrable): in one transaction,
    # any table order works, in transactional tests too.
    for (model, index, attname), natural_key in seed_snapshot.content_types.items():
        content_type = ContentType.objects.get_by_natural_key(*natural_key)
        setattr(seed_snapshot.rows[model][index], attname, content_type.pk)
    with transaction.atomic():
        for model, objects in seed_snapshot.rows.items():
            model._base_manager.bulk_create(objects)
        statements = connection.ops.sequence_reset_sql(no_style(), list(seed_snapshot.rows))
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)
    return io.StringIO(seed_snapshot.output)


@pytest.fixture
def morocco(seeded) -> Country:
    return Country.objects.get(iso_code="MA")


@pytest.fixture
def pgos(seeded) -> Organisation:
    """The Prosecutors General Offices of the seed: an organisation of Morocco."""
    return Organisation.objects.get(acronym="PGOs")


@pytest.fixture
def member(db):
    """A member with two-factor authentication on, as the restricted area requires."""
    user = UserFactory(roles=[roles.MEMBER])
    enable_totp(user)
    return user


@pytest.fixture
def member_client(client, member):
    """Logged in as `member` with password and code, as the two-factor gate requires."""
    return log_in_with_two_factor(client, member)


def shared_encryption_environment() -> dict[str, str]:
    """The key rings of this test process, for the servers and workers it starts: whoever
    encrypts a two-factor secret or a report (this process, gunicorn, a worker), the others
    read it, as a deployment's processes share their keys."""
    from crimex_portal import encryption
    from crimex_portal.accounts import mfa_adapter

    mfa = [*mfa_adapter.configured_keys(), mfa_adapter.derived_key().decode()]
    data = [
        *encryption.cleaned_keys(encryption.data_keys()),
        encryption.derived_key("crimex.encryption", "case data").decode(),
    ]
    return {
        "CRIMEX_MFA_ENCRYPTION_KEYS": ",".join(mfa),
        "CRIMEX_DATA_ENCRYPTION_KEYS": ",".join(data),
    }


def worker_database_url() -> str:
    database = settings.DATABASES["default"]
    return (
        f"postgres://{database['USER']}:{database.get('PASSWORD') or ''}@{database['HOST']}:"
        f"{database['PORT'] or 5432}/{database['NAME']}"
    )


@dataclass(frozen=True)
class WorkerProcess:
    queue: str
    mail_dir: Path  # the worker writes the e-mails it sends here, one file per message


def start_celery_worker(
    *,
    redis_url: str,
    queue: str,
    mail_dir: Path,
    launcher: str = "celery",
    options: Sequence[str] = ("--pool=solo", "--concurrency=1"),
    environment: Mapping[str, str] | None = None,
    niceness: int = 0,
) -> subprocess.Popen:
    """`python -m <launcher> -A crimex_portal worker` with the real settings, on `redis_url`,
    consuming `queue` only, using the test database and the test's media folders. It runs in a
    process group of its own, which stop_process_group() stops (or kills) as a whole; with a
    niceness, it gets less of the CPU than the other processes when they want it."""
    worker = subprocess.Popen(
        [
            *(["nice", "-n", str(niceness)] if niceness else []),
            sys.executable,
            "-m",
            launcher,
            "-A",
            "crimex_portal",
            "worker",
            *options,
            "--without-gossip",
            "--without-mingle",
            "--loglevel=WARNING",
            "-Q",
            queue,
            "-n",
            f"{queue}@%h",
        ],
        cwd=settings.BASE_DIR,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "crimex_portal.settings",
            "DATABASE_URL": worker_database_url(),
            "REDIS_URL": redis_url,
            # django-environ drops the first slash of the path: four slashes for an absolute one.
            "EMAIL_URL": f"filemail:///{mail_dir}",
            # Files the worker writes (PDF reports) go where this test's views read them.
            "DJANGO_PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
            "DJANGO_MEDIA_ROOT": str(settings.MEDIA_ROOT),
            **shared_encryption_environment(),
            **(environment or {}),
        },
        start_new_session=True,
    )
    if niceness:
        # `nice` ranks the processes of one scheduling group. The kernel's autogroups (on by
        # default outside containers) make each session such a group, weighed against the
        # others by the session's own niceness.
        with contextlib.suppress(OSError):
            Path(f"/proc/{worker.pid}/autogroup").write_text(str(niceness))
    return worker


@pytest.fixture
def celery_worker_process(transactional_db, tmp_path) -> Iterator[WorkerProcess]:
    """A real `celery -A crimex_portal worker` on Redis, on a queue of its own, using the test
    database. Tasks sent while the fixture is active go to it."""
    if not settings.REDIS_URL:
        pytest.skip("needs REDIS_URL: run the suite with Redis, as CI does")
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        pytest.skip("needs DATABASE_URL on PostgreSQL, shared by the worker")
    queue = f"crimex-test-{uuid.uuid4().hex[:12]}"
    worker = start_celery_worker(
        redis_url=settings.REDIS_URL, queue=queue, mail_dir=tmp_path / "mail"
    )
    previous = (celery_app.conf.task_always_eager, celery_app.conf.task_default_queue)
    celery_app.conf.task_always_eager = False
    celery_app.conf.task_default_queue = queue
    try:
        yield WorkerProcess(queue=queue, mail_dir=tmp_path / "mail")
    finally:
        celery_app.conf.task_always_eager, celery_app.conf.task_default_queue = previous
        stop_process_group(worker)
