from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from actionplans.importing import PlanTableError, parse_plan_table
from actionplans.services import plan_import


class Command(BaseCommand):
    help = (
        "Import an action plan from a tab-separated table with the seed's columns (see "
        "actionplans/importing.py). All or nothing: a bad row is reported with its line number "
        "and nothing is imported. Importing the same plan again updates it."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args, file: Path, **options) -> None:
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(f"Cannot read {file}: {error}") from error
        try:
            plan = plan_import(table=parse_plan_table(text))
        except PlanTableError as error:
            raise CommandError(
                f"{file}: nothing imported.\n" + "\n".join(error.problems)
            ) from error
        actions = sum(goal.actions.count() for goal in plan.goals.all())
        self.stdout.write(
            self.style.SUCCESS(
                f"Action Plan {plan.code} imported: {plan.goals.count()} strategic goals, "
                f"{actions} actions."
            )
        )
