from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from actionplans.import_changes import FileChanges
from actionplans.importing import PlanTableError, listed_problems
from actionplans.services import plan_file_import


def changes_report(changes: FileChanges) -> list[str]:
    """What an import did (or would do), as the command prints it."""
    lines = []
    for plan in changes.plans:
        counts = plan.summary()
        lines.append(
            f"Action Plan {plan.plan.code}: {counts['created']} created, {counts['updated']} "
            f"updated, {counts['removed']} removed, {counts['unchanged']} unchanged."
        )
        for change in plan.listed:
            fields = f": {', '.join(change.fields)}" if change.fields else ""
            lines.append(f"  {change.outcome} {change.kind} {change.label}{fields}")
        if plan.translations_kept:
            lines.append(
                f"  {plan.translations_kept} rows keep their French or Arabic text, marked "
                "as possibly outdated."
            )
    notes = changes.notes + [note for plan in changes.plans for note in plan.notes]
    if notes:
        lines.append("Notes:")
        lines += [f"  {note}" for note in listed_problems(notes)]
    return lines


class Command(BaseCommand):
    help = (
        "Import action plans from their table: the adopted Word document (.docx), an Excel "
        "workbook (.xlsx), CSV or tab-separated text (.csv, .tsv; see actionplans/importing.py). "
        "All or nothing: every problem is reported with its line and nothing is imported. "
        "Importing the same plan again changes nothing; a translated table (--language fr) "
        "changes only that language's texts."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would change; change nothing."
        )
        parser.add_argument(
            "--language",
            default="en",
            choices=[code for code, _name in settings.LANGUAGES],
            help="The language of the table's texts (default: en).",
        )

    def handle(self, *args, file: Path, dry_run: bool, language: str, **options) -> None:
        try:
            if file.stat().st_size > settings.CRIMEX_MAX_UPLOAD_BYTES:
                raise CommandError(
                    f"{file}: larger than {settings.CRIMEX_MAX_UPLOAD_BYTES} bytes; nothing "
                    "imported."
                )
            data = file.read_bytes()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        try:
            changes = plan_file_import(
                data=data, filename=file.name, language=language, dry_run=dry_run
            )
        except PlanTableError as error:
            raise CommandError(
                f"{file}: nothing imported.\n" + "\n".join(listed_problems(error.problems))
            ) from error
        for line in changes_report(changes):
            self.stdout.write(line)
        if dry_run:
            self.stdout.write(self.style.WARNING("Dry run: nothing was changed."))
        else:
            self.stdout.write(self.style.SUCCESS(f"{file}: imported."))
