"""Backups (README: Backups): `manage.py backup` and `restore` give back every row and every file;
a damaged archive, another engine, a database with content and files with other content are
refused with nothing changed; the database password stays out of everything."""

import contextlib
import gzip
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg2
import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from django.core.management import CommandError, call_command
from django.db import connection, models

from crimex_portal.accounts.models import User
from crimex_portal.backups import database as backup_database
from crimex_portal.backups.archive import MANIFEST
from crimex_portal.backups.database import row_counts, tables_with_rows
from crimex_portal.backups.services import backup_create
from crimex_portal.uploads import PrivateStorage
from tests.conftest import worker_database_url
from tests.factories import PDF_BYTES, ProgressUpdateFactory, SessionDocumentFactory, UserFactory

pytestmark = pytest.mark.slow

ON_POSTGRESQL = connection.vendor == "postgresql"
postgresql_only = pytest.mark.skipif(not ON_POSTGRESQL, reason="needs DATABASE_URL on PostgreSQL")
EDITED = b"%PDF-1.4\n% edited after the backup\n"


# --- Fixtures and helpers -------------------------------------------------------------------


def _private_storages() -> list[PrivateStorage]:
    """The private storage, and the instances the models' file fields were given at import."""
    found = {id(storages["private"]): storages["private"]}
    for model in apps.get_models():
        for field in model._meta.fields:
            if isinstance(field, models.FileField) and isinstance(field.storage, PrivateStorage):
                found[id(field.storage)] = field.storage
    return list(found.values())


def _relocate(storage: PrivateStorage, location: str) -> None:
    storage._location = location
    for cached in ("base_location", "location"):
        storage.__dict__.pop(cached, None)


@pytest.fixture
def file_roots(settings, tmp_path) -> Iterator[dict[str, Path]]:
    """Private files and media in folders of this test's own, for uploads and for the backup."""
    roots = {"private": tmp_path / "private", "media": tmp_path / "media"}
    for root in roots.values():
        root.mkdir()
    settings.PRIVATE_MEDIA_ROOT, settings.MEDIA_ROOT = str(roots["private"]), str(roots["media"])
    private = _private_storages()
    saved = [(storage, storage._location) for storage in private]
    for storage in private:
        _relocate(storage, str(roots["private"]))
    yield roots
    for storage, location in saved:
        _relocate(storage, location)


@pytest.fixture
def content(transactional_db, seeded, file_roots) -> dict[str, list[str]]:
    """The seed content, members (one with two-factor), uploaded private documents and evidence,
    and a public media file; committed, as pg_dump sees only committed rows."""
    people = [
        UserFactory(first_name="Leïla", last_name="Backupova", email="leila@backup.example.test"),
        UserFactory(first_name="Karim", last_name="Restorian", two_factor=True),
        UserFactory(),
    ]
    SessionDocumentFactory.create_batch(2)
    ProgressUpdateFactory(
        evidence_file=ContentFile(PDF_BYTES + b"% evidence\n", name="preuve دليل.pdf")
    )
    default_storage.save("pages/pattern.bin", ContentFile(bytes(range(256)) * 64))
    return {"personal": [person.email for person in people] + ["Leïla", "Backupova", "Restorian"]}


def table_rows(cursor, tables: list[str]) -> dict[str, list]:
    """Every row of every table, in a canonical order."""
    rows = {}
    for table in sorted(tables):
        if ON_POSTGRESQL:
            cursor.execute(f'SELECT to_jsonb(t)::text FROM "{table}" t ORDER BY 1')  # noqa: S608
            rows[table] = [row[0] for row in cursor.fetchall()]
        else:
            cursor.execute(f'SELECT * FROM "{table}"')  # noqa: S608
            rows[table] = sorted(map(repr, cursor.fetchall()))
    return rows


def snapshot() -> dict[str, list]:
    """Every row, but the content versions: derived, the triggers write new ones as a restore
    writes the rows back, which is what retires the fragments cached before it."""
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        return table_rows(
            cursor, [table for table in tables if table != "fragments_contentversion"]
        )


def tree(root: Path) -> dict[str, bytes]:
    """Every file under root (left-over staging folders too), byte for byte."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def trees(roots: dict[str, Path]) -> dict[str, dict[str, bytes]]:
    return {label: tree(root) for label, root in roots.items()}


def portal_state(roots: dict[str, Path]) -> tuple[dict, dict]:
    """Every row and every file."""
    return snapshot(), trees(roots)


def restore_work_folders() -> list[str]:
    return sorted(path.name for path in Path(tempfile.gettempdir()).glob(".crimex-restore-*"))


Member = tuple[tarfile.TarInfo, bytes]


def rewrite_archive(
    source: Path, target: Path, change: Callable[[tarfile.TarInfo, bytes], list[Member]]
) -> None:
    """Copies an archive member by member; change() returns what to write for each."""
    with tarfile.open(source, "r:gz") as old, tarfile.open(target, "w:gz") as new:
        for info in old:
            for new_info, data in change(info, old.extractfile(info).read()):
                new_info.size = len(data)
                new.addfile(new_info, io.BytesIO(data))


def edit_manifest(edit: Callable[[dict], None]) -> Callable[[tarfile.TarInfo, bytes], list]:
    def change(info: tarfile.TarInfo, data: bytes) -> list[Member]:
        if info.name != MANIFEST:
            return [(info, data)]
        manifest = json.loads(data)
        edit(manifest)
        return [(info, json.dumps(manifest).encode())]

    return change


def backup_into(folder: Path) -> Path:
    return backup_create(destination=f"{folder}/").path


# --- Backup ---------------------------------------------------------------------------------


def test_an_archive_holds_the_database_the_files_and_a_manifest_of_checksums(
    content, file_roots, tmp_path, settings
):
    settings.CRIMEX_GIT_COMMIT = "0123456789abcdef0123456789abcdef01234567"
    output = io.StringIO()
    call_command("backup", f"{tmp_path}/backups/", stdout=output)

    (archive,) = (tmp_path / "backups").iterdir()
    assert re.fullmatch(r"crimex-backup-\d{8}T\d{6}Z\.tar\.gz", archive.name)
    assert archive.stat().st_mode & 0o777 == 0o600  # personal data: the owner only
    with tarfile.open(archive, "r:gz") as tar:
        members = {info.name: tar.extractfile(info).read() for info in tar if info.isfile()}
    manifest = json.loads(members.pop(MANIFEST))
    on_disk = {
        f"{label}/{name}": data
        for label, files in trees(file_roots).items()
        for name, data in files.items()
    }
    database_member = "database.dump" if ON_POSTGRESQL else "database.sqlite3"
    assert set(members) == {database_member, *on_disk}
    assert {name: members[name] for name in on_disk} == on_disk
    assert manifest["files"] == {
        name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for name, data in members.items()
    }
    assert manifest["database"]["engine"] == connection.vendor
    assert manifest["database"]["file"] == database_member
    assert manifest["portal_commit"] == settings.CRIMEX_GIT_COMMIT
    with connection.cursor() as cursor:
        cursor.execute("SELECT MAX(name) FROM django_migrations WHERE app = 'accounts'")
        assert manifest["migrations"]["latest"]["accounts"] == cursor.fetchone()[0]
    assert manifest["file_counts"] == {"private": 3, "media": 1}
    assert manifest["created_at"].startswith(str(time.gmtime().tm_year))
    printed = output.getvalue()
    assert f"Backup written: {archive}" in printed
    assert "3 private files, 1 media files" in printed
    assert not any(value in printed for value in content["personal"])


def test_backup_never_replaces_an_archive_without_force(content, tmp_path):
    target = tmp_path / "portal.tar.gz"
    call_command("backup", str(target), stdout=io.StringIO())
    first = target.read_bytes()

    with pytest.raises(CommandError, match="exists; use --force to replace it"):
        call_command("backup", str(target), stdout=io.StringIO())
    assert target.read_bytes() == first

    UserFactory()
    call_command("backup", str(target), "--force", stdout=io.StringIO())
    assert target.read_bytes() != first
    assert [path.name for path in tmp_path.iterdir() if path.is_file()] == ["portal.tar.gz"]
    with pytest.raises(CommandError, match=r"ends with \.tar\.gz"):
        call_command("backup", str(tmp_path / "portal.zip"), stdout=io.StringIO())


def test_keep_prunes_only_the_older_archives_the_backups_named(transactional_db, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    older = [folder / f"crimex-backup-2026010{day}T030000Z.tar.gz" for day in range(1, 6)]
    left_alone = [
        folder / "crimex-backup-before-the-upgrade.tar.gz",  # named by hand
        folder / "crimex-pre-restore-20260101T000000Z.tar.gz",  # a restore's safety backup
        folder / "notes.txt",
        folder / ".crimex-backup-tmp-fresh.partial",  # a backup running now
    ]
    stale = folder / ".crimex-backup-tmp-killed.partial"  # a backup killed two days ago
    for path in [*older, *left_alone, stale]:
        path.write_bytes(b"...")
    two_days_ago = time.time() - 2 * 24 * 60 * 60
    os.utime(stale, (two_days_ago, two_days_ago))

    output = io.StringIO()
    call_command("backup", f"{folder}/", "--keep", "3", stdout=output)

    (newest,) = set(folder.glob("crimex-backup-*Z.tar.gz")) - set(older)
    assert sorted(folder.iterdir()) == sorted([newest, older[4], older[3], *left_alone])
    assert "Pruned 3 older archives; the newest 3 are kept." in output.getvalue()
    with pytest.raises(CommandError, match="--keep needs N of at least 1 and a folder"):
        call_command("backup", str(folder / "one.tar.gz"), "--keep", "3")


@postgresql_only
def test_the_database_password_stays_out_of_archive_command_lines_and_output(
    content, tmp_path, monkeypatch
):
    password = f"never-in-a-backup-{uuid.uuid4().hex}"
    monkeypatch.setitem(connection.settings_dict, "PASSWORD", password)
    calls = []
    run = subprocess.run

    def recording_run(arguments, **options):
        calls.append((arguments, options.get("env") or {}))
        return run(arguments, **options)

    monkeypatch.setattr(backup_database.subprocess, "run", recording_run)
    output, errors = io.StringIO(), io.StringIO()
    call_command("backup", f"{tmp_path}/backups/", stdout=output, stderr=errors)

    dumps = [env for arguments, env in calls if "--format=custom" in arguments]
    assert len(dumps) == 1
    assert dumps[0]["PGPASSWORD"] == password
    assert not any(password in " ".join(map(str, arguments)) for arguments, _env in calls)
    (archive,) = (tmp_path / "backups").iterdir()
    with gzip.open(archive) as unpacked:
        assert password.encode() not in unpacked.read()
    assert password not in output.getvalue() + errors.getvalue()


@postgresql_only
def test_backup_refuses_without_a_pg_dump_able_to_dump_the_server(content, tmp_path, monkeypatch):
    folder = tmp_path / "backups"
    with monkeypatch.context() as patch:
        patch.setattr(backup_database.shutil, "which", lambda name: None)
        with pytest.raises(CommandError, match="pg_dump is not installed"):
            call_command("backup", f"{folder}/", stdout=io.StringIO())
    server_major = connection.pg_version // 10000
    monkeypatch.setattr(backup_database, "pg_tool_major", lambda path: server_major - 1)
    older = f"pg_dump {server_major - 1} is older than the PostgreSQL server ({server_major})"
    with pytest.raises(CommandError, match=re.escape(older)):
        call_command("backup", f"{folder}/", stdout=io.StringIO())
    assert list(folder.iterdir()) == []  # no archive, no partial file, no work folder


# --- Restore --------------------------------------------------------------------------------


def test_a_freshly_migrated_database_counts_as_empty(transactional_db):
    # What `migrate` fills (content types, permissions, role groups) is no one's content.
    assert tables_with_rows(connection) == []
    UserFactory()
    assert "accounts_user" in tables_with_rows(connection)


def test_restore_into_an_emptied_portal_gives_back_every_row_and_every_file(
    content, file_roots, tmp_path
):
    rows, files = portal_state(file_roots)
    assert len(rows["accounts_user"]) >= 3
    assert len(rows["crimex_sessions_session"]) > 2
    archive = backup_into(tmp_path / "backups")

    call_command("flush", interactive=False, verbosity=0)
    for root in file_roots.values():
        shutil.rmtree(root)
    assert tables_with_rows(connection) == []
    output = io.StringIO()
    call_command("restore", str(archive), stdout=output)

    assert snapshot() == rows
    assert trees(file_roots) == files
    printed = output.getvalue()
    counts = row_counts(connection)  # every table, the content versions included
    assert f"Database restored ({connection.vendor}): {len(counts)} tables, " in printed
    assert f"{sum(counts.values())} rows." in printed
    assert len(counts) == len(rows) + 1
    assert "Files restored: 3 private, 1 media (0 already there unchanged, 0 overwritten)." in (
        printed
    )
    assert not any(value in printed for value in content["personal"])
    assert restore_work_folders() == []


def test_restore_refuses_a_database_with_content_and_force_keeps_a_safety_backup(
    content, file_roots, tmp_path
):
    folder = tmp_path / "backups"
    archive = backup_into(folder)
    added = UserFactory(email="added-after-the-backup@example.test")
    before = portal_state(file_roots)

    with pytest.raises(CommandError, match=r"The database is not empty: .* use --force"):
        call_command("restore", str(archive), stdout=io.StringIO())
    assert portal_state(file_roots) == before
    assert list(folder.iterdir()) == [archive]

    # --force replaces the content, after backing it up: restoring that backup undoes it.
    output = io.StringIO()
    call_command("restore", str(archive), "--force", stdout=output)
    assert not User.objects.filter(email=added.email).exists()
    (safety,) = folder.glob("crimex-pre-restore-*.tar.gz")
    assert f"What was replaced is backed up in {safety}." in output.getvalue()
    call_command("restore", str(safety), "--force", "--no-safety-backup", stdout=io.StringIO())
    assert portal_state(file_roots) == before
    assert sorted(folder.iterdir()) == sorted([archive, safety])


def test_files_with_other_content_are_overwritten_only_with_force(content, file_roots, tmp_path):
    folder = tmp_path / "backups"
    archive = backup_into(folder)
    archived = trees(file_roots)
    call_command("flush", interactive=False, verbosity=0)
    (evidence,) = file_roots["private"].rglob("preuve*.pdf")
    evidence.write_bytes(EDITED)
    (file_roots["media"] / "added-later.txt").write_bytes(b"not in the archive")
    edited = trees(file_roots)

    with pytest.raises(CommandError, match="1 files of the archive already exist with other"):
        call_command("restore", str(archive), stdout=io.StringIO())
    assert tables_with_rows(connection) == []
    assert trees(file_roots) == edited

    output = io.StringIO()
    call_command("restore", str(archive), "--force", stdout=output)
    archived["media"]["added-later.txt"] = b"not in the archive"  # never deleted
    assert trees(file_roots) == archived
    assert "(3 already there unchanged, 1 overwritten)" in output.getvalue()
    (safety,) = folder.glob("crimex-pre-restore-*.tar.gz")
    with tarfile.open(safety, "r:gz") as tar:
        name = f"private/{evidence.relative_to(file_roots['private']).as_posix()}"
        assert tar.extractfile(name).read() == EDITED


def _alter_a_private_file(info: tarfile.TarInfo, data: bytes) -> list[Member]:
    if info.name.startswith("private/") and info.name.endswith(".pdf"):
        data = data.replace(b"%PDF", b"%PDX", 1)
    return [(info, data)]


def _add_member(name: str) -> Callable[[tarfile.TarInfo, bytes], list[Member]]:
    def change(info: tarfile.TarInfo, data: bytes) -> list[Member]:
        if info.name != MANIFEST:
            return [(info, data)]
        return [(tarfile.TarInfo(name), b"smuggled"), (info, data)]

    return change


def _rewritten(change) -> Callable[[Path, Path], None]:
    return lambda source, target: rewrite_archive(source, target, change)


def _truncated(source: Path, target: Path) -> None:
    data = source.read_bytes()
    target.write_bytes(data[: len(data) // 2])


def _bytes_flipped(source: Path, target: Path) -> None:
    data = bytearray(source.read_bytes())
    for position in range(len(data) // 3, len(data) // 3 + 64):
        data[position] ^= 0xFF
    target.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        pytest.param(_rewritten(_alter_a_private_file), "does not match its manifest", id="edited"),
        pytest.param(_rewritten(_add_member("media/x.txt")), "1 not listed", id="file-added"),
        pytest.param(
            _rewritten(lambda info, data: [] if info.name == MANIFEST else [(info, data)]),
            "has no manifest",
            id="manifest-removed",
        ),
        pytest.param(
            _rewritten(_add_member("private/../../escaped.txt")), "outside its layout", id="escape"
        ),
        pytest.param(_truncated, "not a readable archive", id="truncated"),
        pytest.param(_bytes_flipped, "not a readable archive", id="bytes-flipped"),
    ],
)
def test_a_damaged_archive_is_refused_and_nothing_changes(
    content, file_roots, tmp_path, damage, message
):
    archive = backup_into(tmp_path / "backups")
    damaged = tmp_path / "damaged.tar.gz"
    damage(archive, damaged)
    before = portal_state(file_roots)

    with pytest.raises(CommandError, match=message):  # --force: only the damage is in the way
        call_command("restore", str(damaged), "--force", stdout=io.StringIO())

    assert portal_state(file_roots) == before
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "backups",
        "damaged.tar.gz",
        "media",
        "private",
    ]
    assert list((tmp_path / "backups").iterdir()) == [archive]  # not even a safety backup
    assert restore_work_folders() == []


def test_an_archive_of_another_database_engine_is_refused(content, file_roots, tmp_path):
    other = "sqlite" if ON_POSTGRESQL else "postgresql"
    archive = backup_into(tmp_path / "backups")
    altered = tmp_path / "other-engine.tar.gz"
    rewrite_archive(archive, altered, edit_manifest(lambda m: m["database"].update(engine=other)))
    before = portal_state(file_roots)

    with pytest.raises(CommandError, match=f"holds a {other} database and this portal runs on"):
        call_command("restore", str(altered), "--force", stdout=io.StringIO())
    assert portal_state(file_roots) == before


def test_an_archive_from_a_newer_portal_is_refused(content, file_roots, tmp_path):
    archive = backup_into(tmp_path / "backups")
    newer = tmp_path / "newer.tar.gz"
    rewrite_archive(
        archive,
        newer,
        edit_manifest(lambda m: m["migrations"]["applied"]["accounts"].append("9999_future")),
    )
    before = portal_state(file_roots)

    with pytest.raises(CommandError, match=r"1 migrations this code does not have \(accounts\)"):
        call_command("restore", str(newer), "--force", stdout=io.StringIO())
    assert portal_state(file_roots) == before


# --- PostgreSQL: into a new, blank database, as after losing the server ----------------------


@contextlib.contextmanager
def throwaway_database() -> Iterator[dict]:
    settings_dict = connection.settings_dict
    server = {
        "host": settings_dict["HOST"] or None,
        "port": settings_dict["PORT"] or None,
        "user": settings_dict["USER"] or None,
        "password": settings_dict["PASSWORD"] or None,
    }
    name = f"crimex_restore_{uuid.uuid4().hex[:12]}"
    admin = psycopg2.connect(dbname="postgres", **server)
    admin.autocommit = True
    try:
        with admin.cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{name}"')
        yield {"dbname": name, **server}
    finally:
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def manage(*arguments: str, database: str, roots: dict[str, Path]) -> subprocess.CompletedProcess:
    """manage.py as an operator runs it, with the production settings, on another database."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in ("REDIS_URL", "DJANGO_SETTINGS_MODULE")
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="crimex_portal.settings",
        DATABASE_URL=f"{worker_database_url().rsplit('/', 1)[0]}/{database}",
        DJANGO_PRIVATE_MEDIA_ROOT=str(roots["private"]),
        DJANGO_MEDIA_ROOT=str(roots["media"]),
        DJANGO_LOG_LEVEL="WARNING",
    )
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=Path(__file__).resolve().parent.parent,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def postgresql_state(cursor) -> dict:
    """Every row, and the schema as the catalogue describes it (pg_dump's text of an index
    predicate differs between the original and its restored copy)."""
    queries = {
        "columns": "SELECT table_name, column_name, data_type, is_nullable, column_default "
        "FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2",
        "constraints": "SELECT conrelid::regclass::text, conname, contype FROM pg_constraint "
        "WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2",
        "indexes": "SELECT tablename, indexname FROM pg_indexes WHERE schemaname = 'public' "
        "ORDER BY 1, 2",
        "sequences": "SELECT sequencename, last_value FROM pg_sequences "
        "WHERE schemaname = 'public' ORDER BY 1",
        "extensions": "SELECT extname FROM pg_extension ORDER BY 1",
    }
    state = {}
    for key, query in queries.items():
        cursor.execute(query)
        state[key] = [tuple(row) for row in cursor.fetchall()]
    cursor.execute(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
    )
    state["rows"] = table_rows(cursor, [row[0] for row in cursor.fetchall()])
    return state


@postgresql_only
def test_restore_into_a_new_blank_postgresql_database(content, file_roots, tmp_path):
    archive = backup_into(tmp_path / "backups")
    with connection.cursor() as cursor:
        original = postgresql_state(cursor)
    assert len(original["rows"]["accounts_user"]) >= 3
    roots = {"private": tmp_path / "restored-private", "media": tmp_path / "restored-media"}

    with throwaway_database() as target:
        restored = manage("restore", str(archive), database=target["dbname"], roots=roots)
        assert restored.returncode == 0, restored.stderr
        restored_connection = psycopg2.connect(**target)
        try:
            with restored_connection.cursor() as cursor:
                assert postgresql_state(cursor) == original
        finally:
            restored_connection.close()
        assert trees(roots) == trees(file_roots)
        assert "Files restored: 3 private, 1 media" in restored.stdout
    # The migrations table came along too (compared above): the schema is the code's.
    assert not any(value in restored.stdout + restored.stderr for value in content["personal"])
