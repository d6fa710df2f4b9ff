"""The archive: a .tar.gz holding the database copy, the private files under `private/`, the
public media under `media/`, and `manifest.json`, written last, with the SHA-256 and size of
every other member. Reading extracts into staging folders and checks every checksum before
anything is restored."""

import gzip
import hashlib
import io
import json
import os
import tarfile
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages

from crimex_portal.backups.database import DATABASE_MEMBERS, BackupError

MANIFEST = "manifest.json"
FORMAT = "crimex-portal-backup"
FORMAT_VERSION = 1
# Partial archives and work folders of a backup, and staging folders of a restore: skipped when
# the roots are archived.
TEMPORARY_PREFIX = ".crimex-backup-tmp-"
STAGING_PREFIX = ".crimex-restore-"
CHUNK = 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024 * 1024


def private_files_on_disk() -> bool:
    """False when the private files are in an S3-compatible bucket (README: Scaling out): the
    object store keeps and versions them, and archives hold the database and the media only."""
    return isinstance(storages["private"], FileSystemStorage)


def file_roots() -> dict[str, Path]:
    """Archive folder -> where those files live, on this server's disk."""
    roots = {"private": Path(settings.PRIVATE_MEDIA_ROOT), "media": Path(settings.MEDIA_ROOT)}
    if not private_files_on_disk():
        del roots["private"]
    return roots


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class _HashingReader:
    """Hashes what tarfile reads from a file, so each file is read once."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle
        self.digest = hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self._handle.read(size)
        self.digest.update(data)
        return data


def files_under(root: Path, *, skip: set[Path]) -> list[Path]:
    """Regular files under root, sorted; symbolic links, other roots nested inside this one and
    our own temporary folders are left out."""
    if not root.is_dir():
        return []
    found = []
    for folder, folders, names in os.walk(root):
        here = Path(folder)
        folders[:] = sorted(
            name
            for name in folders
            if not name.startswith((TEMPORARY_PREFIX, STAGING_PREFIX))
            and (here / name).resolve() not in skip
            and not (here / name).is_symlink()
        )
        found.extend(
            here / name
            for name in sorted(names)
            if not name.startswith(TEMPORARY_PREFIX)
            and not (here / name).is_symlink()
            and (here / name).is_file()
        )
    return found


class ArchiveWriter:
    def __init__(self, fileobj: BinaryIO) -> None:
        self._tar = tarfile.open(fileobj=fileobj, mode="w:gz", compresslevel=6)  # noqa: SIM115
        self.members: dict[str, dict] = {}

    def add_file(self, name: str, source: Path) -> bool:
        """Adds a file read once, hashed on the way; False when it vanished before it was opened
        (a report the clean-up deleted)."""
        try:
            handle = source.open("rb")
        except FileNotFoundError:
            return False
        with handle:
            status = os.fstat(handle.fileno())
            info = tarfile.TarInfo(name)
            info.size, info.mtime, info.mode = status.st_size, int(status.st_mtime), 0o600
            reader = _HashingReader(handle)
            # Exactly `size` bytes are read; a file cut short meanwhile fails the backup.
            self._tar.addfile(info, reader)
        self.members[name] = {"sha256": reader.digest.hexdigest(), "size": info.size}
        return True

    def add_manifest(self, manifest: dict) -> None:
        data = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False).encode()
        info = tarfile.TarInfo(MANIFEST)
        info.size, info.mtime, info.mode = len(data), int(time.time()), 0o600
        self._tar.addfile(info, io.BytesIO(data))

    def close(self) -> None:
        self._tar.close()


@dataclass
class StagedArchive:
    manifest: dict
    database: Path
    # archive name ("private/...", "media/...") -> the staged copy
    files: dict[str, Path] = field(default_factory=dict)


def _member_destination(
    name: str, *, database_folder: Path, staging: dict[str, Path]
) -> Path | None:
    """Where a member is staged; None for the manifest. Anything outside the archive's layout
    (absolute names, "..", unknown folders) is refused."""
    path = PurePosixPath(name)
    if path.is_absolute() or any(part in ("", ".", "..") for part in path.parts):
        raise BackupError("The archive holds a file outside its layout; it is refused.")
    if name == MANIFEST:
        return None
    if name in DATABASE_MEMBERS.values():
        return database_folder / name
    if len(path.parts) >= 2 and path.parts[0] in staging:
        return staging[path.parts[0]].joinpath(*path.parts[1:])
    if len(path.parts) >= 2 and path.parts[0] == "private":
        raise BackupError(
            "The archive holds private files, and this portal keeps them in an S3-compatible "
            "bucket (CRIMEX_PRIVATE_STORAGE=s3): restore with CRIMEX_PRIVATE_STORAGE=local, then "
            "copy DJANGO_PRIVATE_MEDIA_ROOT into the bucket (README: Scaling out); nothing was "
            "restored."
        )
    raise BackupError("The archive holds a file outside its layout; it is refused.")


def stage_archive(
    archive: Path, *, database_folder: Path, staging: dict[str, Path]
) -> StagedArchive:
    """Extracts every member into the staging folders, then checks them against the manifest. A
    damaged, incomplete or altered archive raises BackupError; the caller removes the staging
    folders."""
    manifest_bytes: bytes | None = None
    staged: dict[str, Path] = {}
    digests: dict[str, dict] = {}
    try:
        with tarfile.open(archive, mode="r:gz") as tar:
            for member in tar:
                if member.isdir():
                    continue
                if not member.isfile():
                    raise BackupError("The archive holds a link or a device; it is refused.")
                if member.name in staged or (member.name == MANIFEST and manifest_bytes):
                    raise BackupError("The archive holds a file twice; it is refused.")
                destination = _member_destination(
                    member.name, database_folder=database_folder, staging=staging
                )
                source = tar.extractfile(member)
                if destination is None:
                    if member.size > MAX_MANIFEST_BYTES:
                        raise BackupError("The archive's manifest is too large; it is refused.")
                    manifest_bytes = source.read()
                    continue
                destination.parent.mkdir(parents=True, exist_ok=True)
                digest, size = hashlib.sha256(), 0
                with destination.open("xb") as handle:
                    while chunk := source.read(CHUNK):
                        digest.update(chunk)
                        size += len(chunk)
                        handle.write(chunk)
                staged[member.name] = destination
                digests[member.name] = {"sha256": digest.hexdigest(), "size": size}
            # tarfile takes a damaged header for the end of the archive: reading the gzip
            # stream to its end checks its CRC, so damage anywhere is reported as damage.
            while tar.fileobj.read(CHUNK):
                pass
    except (tarfile.TarError, EOFError, zlib.error, gzip.BadGzipFile) as error:
        raise BackupError(
            f"{archive} is not a readable archive (damaged or incomplete: "
            f"{error.__class__.__name__}); nothing was restored."
        ) from error
    manifest = _parse_manifest(manifest_bytes)
    expected = manifest["files"]
    missing = set(expected) - set(digests)
    unexpected = set(digests) - set(expected)
    mismatched = [name for name in set(expected) & set(digests) if expected[name] != digests[name]]
    if missing or unexpected or mismatched:
        raise BackupError(
            f"{archive} does not match its manifest ({len(mismatched)} files differ from their "
            f"checksum, {len(missing)} missing, {len(unexpected)} not listed); it is refused and "
            "nothing was restored."
        )
    database_name = manifest["database"].get("file")
    if database_name not in DATABASE_MEMBERS.values() or database_name not in staged:
        raise BackupError(f"{archive} holds no database copy; it is refused.")
    files = {name: path for name, path in staged.items() if name != database_name}
    return StagedArchive(manifest=manifest, database=staged[database_name], files=files)


def _parse_manifest(data: bytes | None) -> dict:
    if data is None:
        raise BackupError("The archive has no manifest.json; it is refused.")
    try:
        manifest = json.loads(data)
    except ValueError as error:
        raise BackupError(
            "The archive's manifest.json is not valid JSON; it is refused."
        ) from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError("This is not a CrimEx portal backup; it is refused.")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BackupError(
            f"Backup format version {manifest.get('format_version')} is not supported here "
            f"(this portal reads version {FORMAT_VERSION})."
        )
    if not isinstance(manifest.get("files"), dict) or not isinstance(
        manifest.get("database"), dict
    ):
        raise BackupError("The archive's manifest.json is incomplete; it is refused.")
    return manifest
