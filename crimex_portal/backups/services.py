"""Backing up and restoring the portal (README: Backups); `manage.py backup` and `restore` call
these. Not @transaction.atomic: pg_dump, pg_restore and SQLite's backup API make their own
consistent snapshot and single transaction. Nothing here logs row contents: results are counts
and paths."""

import os
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS, connections
from django.utils import timezone

from crimex_portal.backups.archive import (
    FORMAT,
    FORMAT_VERSION,
    STAGING_PREFIX,
    TEMPORARY_PREFIX,
    ArchiveWriter,
    file_roots,
    files_under,
    sha256_of,
    stage_archive,
)
from crimex_portal.backups.database import (
    DATABASE_MEMBERS,
    BackupError,
    applied_migrations,
    engine_of,
    pg_dump,
    pg_restore,
    pg_restore_tool,
    row_counts,
    sqlite_copy,
    sqlite_replace,
    tables_with_rows,
    unapplied_migrations,
    unknown_migrations,
)

ARCHIVE_PREFIX = "crimex-backup-"
SAFETY_PREFIX = "crimex-pre-restore-"
ARCHIVE_SUFFIX = ".tar.gz"
# Only archives named by a backup into a folder are ever pruned: crimex-backup-<UTC stamp>.tar.gz
PRUNABLE = re.compile(rf"{ARCHIVE_PREFIX}\d{{8}}T\d{{6}}Z{re.escape(ARCHIVE_SUFFIX)}")
STALE_TEMPORARY_SECONDS = 24 * 60 * 60

__all__ = ["BackupError", "backup_create", "backup_restore", "backups_prune"]


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    engine: str
    files: dict[str, int]  # archive folder ("private", "media") -> files archived
    vanished: int  # files deleted between listing and reading (reports the clean-up removed)


@dataclass(frozen=True)
class RestoreResult:
    engine: str
    created_at: str
    portal_commit: str | None
    verified: int  # members checked against the manifest
    tables: int
    rows: int
    files: dict[str, int]  # archive folder -> files written
    unchanged: int  # files already there with the same content
    overwritten: int
    safety_backup: Path | None
    unapplied_migrations: int


def portal_commit() -> str | None:
    """The deployed commit: CRIMEX_GIT_COMMIT (the image's build argument), else git's HEAD."""
    if settings.CRIMEX_GIT_COMMIT:
        return settings.CRIMEX_GIT_COMMIT
    git = shutil.which("git")
    if git is None:
        return None
    try:
        result = subprocess.run(  # noqa: S603 - a resolved executable, no shell
            [git, "rev-parse", "HEAD"],
            cwd=settings.BASE_DIR,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    commit = result.stdout.strip()
    return commit if result.returncode == 0 and re.fullmatch(r"[0-9a-f]{40,64}", commit) else None


def archive_path(destination: str | Path, *, prefix: str = ARCHIVE_PREFIX) -> Path:
    """A folder (existing, or written with a trailing /) gets a new archive named by the UTC
    time; anything else is the archive's own name."""
    path = Path(destination)
    if str(destination).endswith(("/", os.sep)) or path.is_dir():
        stamp = timezone.now().strftime("%Y%m%dT%H%M%SZ")
        return path / f"{prefix}{stamp}{ARCHIVE_SUFFIX}"
    if not path.name.endswith(ARCHIVE_SUFFIX):
        raise BackupError(
            f"An archive's name ends with {ARCHIVE_SUFFIX}; or give a folder, ending with /."
        )
    return path


def _publish(partial: Path, target: Path, *, force: bool) -> None:
    """Puts the finished archive in place in one step; without force never over another file."""
    if force:
        os.replace(partial, target)
    else:
        try:
            os.link(partial, target)  # atomic, and fails if the target exists
        except FileExistsError:
            raise BackupError(f"{target} exists; use --force to replace it.") from None
        except OSError:  # a file system without hard links
            if target.exists():
                raise BackupError(f"{target} exists; use --force to replace it.") from None
            os.replace(partial, target)
        partial.unlink(missing_ok=True)
    folder = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


def backup_create(
    *,
    destination: str | Path,
    force: bool = False,
    prefix: str = ARCHIVE_PREFIX,
    using: str = DEFAULT_DB_ALIAS,
) -> BackupResult:
    """Writes one archive: the database, then the files (a file uploaded meanwhile is kept
    without its row, never a row without its file), then the manifest."""
    connection = connections[using]
    engine = engine_of(connection)
    target = archive_path(destination, prefix=prefix)
    if target.exists() and not force:
        raise BackupError(f"{target} exists; use --force to replace it.")
    target.parent.mkdir(parents=True, exist_ok=True)
    database_member = DATABASE_MEMBERS[engine]
    roots = file_roots()
    resolved_roots = {label: root.resolve() for label, root in roots.items()}
    # Archives kept inside a root are not archived again.
    resolved_roots["archives"] = target.parent.resolve()
    counts = dict.fromkeys(roots, 0)
    vanished = 0
    # Work files beside the archive: the same disk, and the same permissions as backups.
    with tempfile.TemporaryDirectory(prefix=TEMPORARY_PREFIX, dir=target.parent) as work:
        migrations = applied_migrations(connection)
        dump = Path(work) / database_member
        if engine == "postgresql":
            details = pg_dump(connection, dump)
        else:
            details = sqlite_copy(connection, dump)
        descriptor, partial_name = tempfile.mkstemp(  # mode 0600: archives hold personal data
            prefix=TEMPORARY_PREFIX, suffix=".partial", dir=target.parent
        )
        partial = Path(partial_name)
        try:
            with os.fdopen(descriptor, "wb") as handle:
                writer = ArchiveWriter(handle)
                writer.add_file(database_member, dump)
                for label, root in roots.items():
                    others = {path for other, path in resolved_roots.items() if other != label}
                    for path in files_under(root, skip=others):
                        name = f"{label}/{path.relative_to(root).as_posix()}"
                        if writer.add_file(name, path):
                            counts[label] += 1
                        else:
                            vanished += 1
                writer.add_manifest(
                    {
                        "format": FORMAT,
                        "format_version": FORMAT_VERSION,
                        "created_at": timezone.now().isoformat(),
                        "portal_commit": portal_commit(),
                        "database": {"engine": engine, "file": database_member, **details},
                        "migrations": {
                            "latest": {app: names[-1] for app, names in migrations.items()},
                            "applied": migrations,
                        },
                        "file_counts": counts,
                        "files": writer.members,
                    }
                )
                writer.close()
                handle.flush()
                os.fsync(handle.fileno())
            _publish(partial, target, force=force)
        finally:
            partial.unlink(missing_ok=True)
    return BackupResult(
        path=target, size=target.stat().st_size, engine=engine, files=counts, vanished=vanished
    )


def backups_prune(*, folder: Path, keep: int) -> list[Path]:
    """Deletes all but the newest `keep` archives a backup named in `folder` (others, and
    archives named by hand, are left alone), and leftovers of backups killed half-way."""
    if keep < 1:
        raise BackupError("--keep must be at least 1.")
    archives = sorted(
        (path for path in folder.iterdir() if PRUNABLE.fullmatch(path.name) and path.is_file()),
        key=lambda path: path.name,  # the name holds the UTC time
        reverse=True,
    )
    removed = archives[keep:]
    for path in removed:
        path.unlink()
    cutoff = time.time() - STALE_TEMPORARY_SECONDS
    for path in folder.glob(f"{TEMPORARY_PREFIX}*"):
        if path.lstat().st_mtime < cutoff:
            shutil.rmtree(path) if path.is_dir() else path.unlink()
    return removed


def _sort_existing(
    staged_files: dict[str, Path], manifest_files: dict, roots: dict[str, Path]
) -> tuple[list[str], set[str]]:
    """(archive names whose file exists with other content, names already there unchanged)."""
    conflicts, unchanged = [], set()
    for name in staged_files:
        label, relative = name.split("/", 1)
        destination = roots[label] / relative
        if not destination.exists() and not destination.is_symlink():
            continue
        if (
            destination.is_file()
            and not destination.is_symlink()
            and sha256_of(destination) == manifest_files[name]["sha256"]
        ):
            unchanged.add(name)
        else:
            conflicts.append(name)
    return conflicts, unchanged


def _check_fits(manifest: dict, *, engine: str) -> str | None:
    """Refuses an archive this portal cannot take; returns pg_restore's path on PostgreSQL."""
    archive_engine = manifest["database"].get("engine")
    if archive_engine != engine:
        raise BackupError(
            f"The archive holds a {archive_engine} database and this portal runs on {engine}; "
            "nothing was restored."
        )
    unknown = unknown_migrations(manifest.get("migrations", {}).get("applied", {}))
    if unknown:
        raise BackupError(
            f"The archive's database has {len(unknown)} migrations this code does not have "
            f"({', '.join(sorted({app for app, _name in unknown}))}): it comes from another "
            f"version of the portal (commit {manifest.get('portal_commit') or 'unknown'}). "
            "Deploy that version first; nothing was restored."
        )
    if engine == "postgresql":
        return pg_restore_tool(int(manifest["database"].get("pg_dump_major", 0)))
    return None


def backup_restore(
    *,
    archive: str | Path,
    force: bool = False,
    safety_backup_dir: Path | None = None,
    using: str = DEFAULT_DB_ALIAS,
) -> RestoreResult:
    """Checks the whole archive, then restores the database and the files.

    Refused, with nothing changed: a damaged or altered archive, another database engine,
    migrations this code does not have, and, without force, a database with content (a row in
    any table but those `migrate` fills) or files of the same name with other content. With
    force, what would be replaced is first backed up into `safety_backup_dir` (None: not)."""
    archive = Path(archive)
    if not archive.is_file():
        raise BackupError(f"{archive} does not exist.")
    connection = connections[using]
    engine = engine_of(connection)
    roots = file_roots()
    database_folder = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX))
    staging: dict[str, Path] = {}
    try:
        for label, root in roots.items():
            root.mkdir(parents=True, exist_ok=True)
            # Inside the root: moving a staged file into place is then a rename.
            staging[label] = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))
        staged = stage_archive(archive, database_folder=database_folder, staging=staging)
        manifest = staged.manifest
        tool = _check_fits(manifest, engine=engine)
        occupied = tables_with_rows(connection)
        conflicts, unchanged = _sort_existing(staged.files, manifest["files"], roots)
        if occupied and not force:
            raise BackupError(
                f"The database is not empty: {len(occupied)} tables have rows (e.g. "
                f"{', '.join(occupied[:3])}). Restore into an empty database, or use --force "
                "to replace its content; nothing was restored."
            )
        if conflicts and not force:
            folders = sorted({str(roots[name.split("/", 1)[0]]) for name in conflicts})
            raise BackupError(
                f"{len(conflicts)} files of the archive already exist with other content (in "
                f"{', '.join(folders)}). Use --force to overwrite them; nothing was restored."
            )
        safety_backup = None
        if (occupied or conflicts) and safety_backup_dir is not None:
            safety_backup = backup_create(
                destination=f"{safety_backup_dir}{os.sep}", prefix=SAFETY_PREFIX, using=using
            ).path

        if engine == "postgresql":
            pg_restore(connection, staged.database, tool=tool)
        else:
            sqlite_replace(connection, staged.database)
        ContentType.objects.clear_cache()  # the restored ids, not those this process cached

        written = dict.fromkeys(roots, 0)
        for name, staged_path in staged.files.items():
            if name in unchanged:
                continue
            label, relative = name.split("/", 1)
            destination = roots[label] / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            os.replace(staged_path, destination)
            written[label] += 1

        counts = row_counts(connection)
        return RestoreResult(
            engine=engine,
            created_at=str(manifest.get("created_at")),
            portal_commit=manifest.get("portal_commit"),
            verified=len(manifest["files"]),
            tables=len(counts),
            rows=sum(counts.values()),
            files=written,
            unchanged=len(unchanged),
            overwritten=len(conflicts),
            safety_backup=safety_backup,
            unapplied_migrations=unapplied_migrations(connection),
        )
    finally:
        shutil.rmtree(database_folder, ignore_errors=True)
        for folder in staging.values():
            shutil.rmtree(folder, ignore_errors=True)
