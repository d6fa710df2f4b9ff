from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from crimex_portal.backups.services import BackupError, backup_restore


class Command(BaseCommand):
    help = (
        "Restore an archive written by `backup`: checks every checksum first, then restores the "
        "database (into an empty one) and the files. Refuses a damaged archive, another "
        "database engine, a database with content and files of the same name with other "
        "content, unless --force."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("path", help="the archive (.tar.gz)")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace a database's content and overwrite files of the same name; what is "
            "replaced is first backed up (see --safety-backup-dir).",
        )
        parser.add_argument(
            "--safety-backup-dir",
            metavar="FOLDER",
            help="Where --force backs up what it replaces (default: the archive's folder).",
        )
        parser.add_argument(
            "--no-safety-backup",
            action="store_true",
            help="With --force, replace without backing up first.",
        )

    def handle(self, *args, **options) -> None:
        archive = Path(options["path"])
        safety_backup_dir = None
        if not options["no_safety_backup"]:
            safety_backup_dir = Path(options["safety_backup_dir"] or archive.parent)
        try:
            result = backup_restore(
                archive=archive, force=options["force"], safety_backup_dir=safety_backup_dir
            )
        except (BackupError, OSError) as error:  # OSError: a folder not writable, a full disk
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Archive verified: {result.verified} files match their checksums (made "
            f"{result.created_at}, commit {result.portal_commit or 'unknown'})."
        )
        if result.safety_backup:
            self.stdout.write(f"What was replaced is backed up in {result.safety_backup}.")
        self.stdout.write(
            f"Database restored ({result.engine}): {result.tables} tables, {result.rows} rows."
        )
        private = result.files.get("private", 0)  # none when they are in an S3 bucket
        self.stdout.write(
            f"Files restored: {private} private, {result.files['media']} media "
            f"({result.unchanged} already there unchanged, {result.overwritten} overwritten)."
        )
        if result.unapplied_migrations:
            self.stdout.write(
                f"{result.unapplied_migrations} migrations of this code are not applied yet: "
                "run manage.py migrate."
            )
