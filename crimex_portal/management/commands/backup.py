from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from crimex_portal.backups.services import BackupError, backup_create, backups_prune


class Command(BaseCommand):
    help = (
        "Write one archive (.tar.gz) of the database, the private files and the public media, "
        "with a manifest of SHA-256 checksums. PATH is the archive's name, or a folder (ending "
        "with /) that gets crimex-backup-<UTC time>.tar.gz."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", help="an archive name ending with .tar.gz, or a folder/")
        parser.add_argument(
            "--force", action="store_true", help="Replace an existing archive of that name."
        )
        parser.add_argument(
            "--keep",
            type=int,
            metavar="N",
            help="Then delete all but the newest N crimex-backup-*.tar.gz of the folder.",
        )

    def handle(self, *args, **options) -> None:
        path, keep = options["path"], options["keep"]
        is_folder = path.endswith("/") or Path(path).is_dir()
        if keep is not None and (keep < 1 or not is_folder):
            raise CommandError("--keep needs N of at least 1 and a folder as PATH.")
        try:
            result = backup_create(destination=path, force=options["force"])
            removed = backups_prune(folder=result.path.parent, keep=keep) if keep else []
        except (BackupError, OSError) as error:  # OSError: a folder not writable, a full disk
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Backup written: {result.path} ({result.size / 1_000_000:.1f} MB): "
            f"{result.engine} database, {_private(result.files)}, "
            f"{result.files['media']} media files."
        )
        if result.vanished:
            self.stdout.write(f"{result.vanished} files were deleted while the backup ran.")
        if keep:
            self.stdout.write(f"Pruned {len(removed)} older archives; the newest {keep} are kept.")


def _private(files: dict[str, int]) -> str:
    if "private" in files:
        return f"{files['private']} private files"
    return "private files left in their S3 bucket (back it up there)"
