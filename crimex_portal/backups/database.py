"""The database half of a backup: pg_dump and pg_restore on PostgreSQL, sqlite3's online backup
API on SQLite, the migration state, and what "empty" means for a database restored into."""

import os
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.postgresql.client import DatabaseClient


class BackupError(Exception):
    """A refusal or a failure, worded for the operator. Never carries row contents."""


# connection.vendor -> the name of the database copy inside an archive.
DATABASE_MEMBERS = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}

# Tables that `migrate` fills by itself (content types, permissions, the role groups and their
# permissions: crimex_portal/accounts/roles.py): rows there are not content anybody entered, so
# a freshly migrated database still counts as empty. tests/test_backups.py checks this list
# against a migrated test database.
MIGRATE_FILLED_TABLES = frozenset(
    {
        "django_migrations",
        "django_content_type",
        "auth_permission",
        "auth_group",
        "auth_group_permissions",
        # Derived: the triggers write an area's version with every write to its tables, those
        # of the migrations included (crimex_portal/fragments/).
        "fragments_contentversion",
    }
)

PG_TOOL_VERSION = re.compile(r"\(PostgreSQL\) (\d+)")


def engine_of(connection: BaseDatabaseWrapper) -> str:
    if connection.vendor not in DATABASE_MEMBERS:
        raise BackupError(f"Backups support PostgreSQL and SQLite, not {connection.vendor}.")
    return connection.vendor


def tables_with_rows(connection: BaseDatabaseWrapper) -> list[str]:
    """The tables, other than those `migrate` fills, that hold at least one row."""
    quote = connection.ops.quote_name
    found = []
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            if table in MIGRATE_FILLED_TABLES:
                continue
            # A table name from introspection, quoted.
            cursor.execute(f"SELECT 1 FROM {quote(table)} LIMIT 1")  # noqa: S608
            if cursor.fetchone() is not None:
                found.append(table)
    return found


def row_counts(connection: BaseDatabaseWrapper) -> dict[str, int]:
    quote = connection.ops.quote_name
    counts = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            cursor.execute(f"SELECT COUNT(*) FROM {quote(table)}")  # noqa: S608 - as above
            counts[table] = cursor.fetchone()[0]
    return counts


def applied_migrations(connection: BaseDatabaseWrapper) -> dict[str, list[str]]:
    """app label -> the names of its applied migrations, sorted (the last is the latest)."""
    from django.db.migrations.recorder import MigrationRecorder

    recorder = MigrationRecorder(connection)
    if not recorder.has_table():
        return {}
    applied: dict[str, list[str]] = {}
    for app_label, name in recorder.applied_migrations():
        applied.setdefault(app_label, []).append(name)
    return {app_label: sorted(names) for app_label, names in sorted(applied.items())}


def unknown_migrations(applied: dict[str, list[str]]) -> list[tuple[str, str]]:
    """Applied migrations of installed apps that this code does not have: the database comes from
    a newer (or another branch's) portal."""
    from django.db.migrations.loader import MigrationLoader

    loader = MigrationLoader(None, ignore_no_migrations=True)
    return sorted(
        (app_label, name)
        for app_label, names in applied.items()
        if app_label in loader.migrated_apps
        for name in names
        if (app_label, name) not in loader.disk_migrations
    )


def unapplied_migrations(connection: BaseDatabaseWrapper) -> int:
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    return len(executor.migration_plan(executor.loader.graph.leaf_nodes()))


# --- PostgreSQL -----------------------------------------------------------------------------


def libpq_environment(settings_dict: dict) -> dict[str, str]:
    """The connection settings as libpq's variables: the password travels in PGPASSWORD, never on
    a command line, where any user of the machine could read it."""
    _arguments, environment = DatabaseClient.settings_to_cmd_args_env(settings_dict, [])
    environment = dict(environment or {})
    for key, variable in (
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("NAME", "PGDATABASE"),
    ):
        if settings_dict.get(key):
            environment[variable] = str(settings_dict[key])
    return environment


def pg_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            f"{name} is not installed: install the PostgreSQL client of the server's major "
            "version (Debian: postgresql-client-<major>)."
        )
    return path


def pg_tool_major(path: str) -> int:
    result = subprocess.run(  # noqa: S603 - a resolved executable, no shell
        [path, "--version"], capture_output=True, text=True, check=False, timeout=60
    )
    match = PG_TOOL_VERSION.search(result.stdout)
    if match is None:
        raise BackupError(f"Could not read the version of {path}.")
    return int(match.group(1))


def pg_server_major(connection: BaseDatabaseWrapper) -> int:
    connection.ensure_connection()
    return connection.pg_version // 10000


def tool_errors(tool: str, stderr: str) -> str:
    """The tool's own lines only: PostgreSQL's DETAIL and CONTEXT lines, and the commands it
    echoes, can quote row contents, which never go to a log."""
    lines = [line.strip()[:300] for line in stderr.splitlines() if line.startswith(f"{tool}: ")]
    return "; ".join(lines[-5:]) or "no message"


def run_pg_tool(arguments: list[str], settings_dict: dict) -> None:
    tool = Path(arguments[0]).name
    result = subprocess.run(  # noqa: S603 - a resolved executable, no shell
        arguments,
        env={**os.environ, **libpq_environment(settings_dict)},
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise BackupError(
            f"{tool} failed (exit {result.returncode}): {tool_errors(tool, result.stderr)}"
        )


def pg_dump(connection: BaseDatabaseWrapper, target: Path) -> dict:
    tool = pg_tool("pg_dump")
    tool_major, server_major = pg_tool_major(tool), pg_server_major(connection)
    if tool_major < server_major:
        raise BackupError(
            f"pg_dump {tool_major} is older than the PostgreSQL server ({server_major}) and "
            f"cannot dump it: install postgresql-client-{server_major}."
        )
    # Custom format, which pg_restore reads; uncompressed, as the archive's gzip compresses it.
    run_pg_tool(
        [tool, "--format=custom", "--compress=0", "--no-password", f"--file={target}"],
        connection.settings_dict,
    )
    return {"server_version": connection.pg_version, "pg_dump_major": tool_major}


def pg_restore_tool(dump_major: int) -> str:
    tool = pg_tool("pg_restore")
    tool_major = pg_tool_major(tool)
    if tool_major < dump_major:
        raise BackupError(
            f"pg_restore {tool_major} cannot read a dump made by pg_dump {dump_major}: "
            f"install postgresql-client-{dump_major}."
        )
    return tool


def pg_restore(connection: BaseDatabaseWrapper, dump: Path, *, tool: str) -> None:
    # Nothing of ours holds a lock while the tables are replaced.
    connection.close()
    run_pg_tool(
        [
            tool,
            "--no-password",
            # One transaction: a restore that fails half-way leaves the database as it was.
            "--single-transaction",
            # Drops what the dump creates first, so a migrated but empty database (the compose
            # file migrates on start) takes the dump too; IF EXISTS keeps a blank one quiet.
            "--clean",
            "--if-exists",
            # Objects belong to whoever restores: the role of the backed-up server may not exist.
            "--no-owner",
            "--no-acl",
            f"--dbname={connection.settings_dict['NAME']}",
            str(dump),
        ],
        connection.settings_dict,
    )


# --- SQLite ---------------------------------------------------------------------------------


def sqlite_copy(connection: BaseDatabaseWrapper, target: Path) -> dict:
    """A consistent copy through the online backup API, even while the portal writes."""
    connection.ensure_connection()
    destination = sqlite3.connect(target)
    try:
        connection.connection.backup(destination)
    finally:
        destination.close()
    return {"sqlite_version": sqlite3.sqlite_version}


def sqlite_replace(connection: BaseDatabaseWrapper, source_path: Path) -> None:
    """Replaces the whole database with the archived one, through the backup API: SQLite locks
    and journals the copy, so other connections see the old database or the new one, and no
    stale journal file is left beside a swapped file."""
    source = sqlite3.connect(f"{source_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        (status,) = source.execute("PRAGMA integrity_check").fetchone()
        if status != "ok":
            raise BackupError("The archived SQLite database fails its integrity check.")
        connection.ensure_connection()
        if connection.in_atomic_block:
            raise BackupError("Cannot restore inside a transaction.")
        source.backup(connection.connection)
    finally:
        source.close()
