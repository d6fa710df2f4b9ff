"""Action Plans A and B of seed 003, reconstructed row by row in actionplans/seed/*.tsv.

The seed reads its tables with the import's parser (actionplans.importing) but writes them itself,
row by row through crimex_portal.seeding: a plan, goal, action or indicator changed in the portal
is kept as it is, rows added there stay, and a seeded row no longer in the table is removed only
while untouched and without progress updates. `import_action_plan`, by contrast, makes the plan
what the file says.
"""

from collections.abc import Mapping
from pathlib import Path

from django.conf import settings

from actionplans import seed_data
from actionplans.import_changes import indicator_kind_for, organisation_names
from actionplans.importing import IndicatorRow, PlanTable, Vocabulary, parse_plan_table
from actionplans.models import Action, ActionPlan, Indicator, StrategicGoal
from crimex_portal.seeding import SeedTally, seed_key, settle_leftovers, translated, upsert
from directory.models import CrimeArea, Organisation

SEED_DIR = Path(__file__).resolve().parent / "seed"

Translations = Mapping[str, Mapping[str, str]]


def _in_languages(field: str, parts: list[str], translations: Translations) -> dict[str, str]:
    """The field in English and, from the seed's translations, in the other languages; several
    parts (sub-points, sources of data) go one per line."""
    values = {}
    for code, _name in settings.LANGUAGES:
        lines = [translations.get(part, {}).get(code, "") for part in parts]
        if code == "en":
            lines = parts
        values[f"{field}_{code}"] = "\n".join(lines).strip("\n")
    return values


def _entities(cell: str, organisations: Vocabulary[Organisation]) -> list[Organisation]:
    found, unknown = organisations.match(cell)
    if unknown:
        raise ValueError(f"The plan tables name unknown organisations: {unknown}")
    return found


def first_seeded_code(indicator: IndicatorRow, reference: str) -> str:
    """The code the seed gave the indicator before issue 16: the action's, for one printed under
    another ("3.2 b)" under action 3.1 was seeded as 3.1.b)."""
    if not indicator.printed:
        return indicator.code
    return f"{reference}.{indicator.code.rsplit('.', 1)[1]}"


def editorial_note(indicator: IndicatorRow, reference: str) -> dict[str, str]:
    """Says where the shown code departs from the action's numbering, rather than renumbering
    it silently; empty for every other indicator."""
    if not indicator.printed:
        return dict.fromkeys(("en", "fr", "ar"), "")
    return {
        language: text.format(printed=indicator.printed, reference=reference)
        for language, text in seed_data.PRINTED_CODE_NOTE.items()
    }


def load_action_plans(tally: SeedTally) -> None:
    organisations = Vocabulary(organisation_names())
    for code, filename in seed_data.PLAN_FILES.items():
        table = parse_plan_table((SEED_DIR / filename).read_text(encoding="utf-8"))
        facts = seed_data.PLANS[code]
        translations = {
            **seed_data.TRANSLATIONS,
            table.title: facts["title"],
            facts["short_title"]["en"]: facts["short_title"],
        }
        plan = upsert(
            ActionPlan,
            lookup={"code": table.code},
            values={
                **_in_languages("title", [table.title], translations),
                **_in_languages("short_title", [facts["short_title"]["en"]], translations),
            },
            links={"crime_areas": CrimeArea.objects.filter(slug__in=facts["crime_areas"])},
            tally=tally,
        )
        if plan is not None:  # None: deleted in the portal
            _load_plan_rows(plan, table, translations, organisations, tally)


def _load_plan_rows(
    plan: ActionPlan,
    table: PlanTable,
    translations: Translations,
    organisations: Vocabulary[Organisation],
    tally: SeedTally,
) -> None:
    goals: dict[int, StrategicGoal | None] = {}
    written_actions, written_indicators = [], []
    for order, row in enumerate(table.actions, start=1):
        if row.goal_number not in goals:
            goals[row.goal_number] = upsert(
                StrategicGoal,
                lookup={"plan": plan, "number": row.goal_number},
                values=_in_languages("title", [row.goal_title], translations),
                tally=tally,
            )
        goal = goals[row.goal_number]
        action = goal and upsert(
            Action,
            lookup={"goal": goal, "reference": row.reference},
            values={
                "order": order,
                **_in_languages("description", [row.description], translations),
                **_in_languages("sub_points", row.sub_points, translations),
                **_in_languages("data_sources", row.data_sources, translations),
                **_in_languages("observation", [row.observation], translations),
            },
            links={"entities": _entities(row.entities, organisations)},
            tally=tally,
        )
        if action is None:
            continue
        written_actions.append(action.pk)
        for position, indicator_row in enumerate(row.indicators, start=1):
            indicator = upsert(
                Indicator,
                # Named by the code it was first seeded with: the row seeded as 3.1.b before the
                # portal showed the printed 3.2.b is the same row, with its progress updates.
                key=seed_key(
                    Indicator,
                    {"action": action, "code": first_seeded_code(indicator_row, row.reference)},
                ),
                lookup={"action": action, "code": indicator_row.code},
                values={
                    "order": position,
                    **_in_languages("text", [indicator_row.text], translations),
                    **translated("editorial_note", editorial_note(indicator_row, row.reference)),
                },
                # A first guess from the wording; PMT staff adjust it, and the seed keeps it.
                initial={"kind": indicator_kind_for(indicator_row.text)},
                tally=tally,
            )
            if indicator is not None:
                written_indicators.append(indicator.pk)
    # Children first: an action the seed dropped goes only once its indicators have gone.
    settle_leftovers(Indicator.objects.filter(action__goal__plan=plan), written_indicators, tally)
    settle_leftovers(Action.objects.filter(goal__plan=plan), written_actions, tally)
    written_goals = [goal.pk for goal in goals.values() if goal is not None]
    settle_leftovers(StrategicGoal.objects.filter(plan=plan), written_goals, tally)
