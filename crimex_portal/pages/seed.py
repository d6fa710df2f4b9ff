from crimex_portal.pages import seed_data, strategy_data
from crimex_portal.pages.models import Page, StrategyObjective
from crimex_portal.seeding import SeedTally, settle_leftovers, translated, upsert
from directory.models import CrimeArea


def load_pages(tally: SeedTally) -> None:
    """The home and About texts (seeds 000 and 001), and the Euromed Police Strategy 2017 page of
    priority crime areas (seed 004)."""
    for row in [*seed_data.PAGES, *strategy_data.PAGES]:
        upsert(
            Page,
            lookup={"slug": row["slug"]},
            values={
                **translated("title", row["title"]),
                **translated("summary", row["summary"]),
                **translated("body", row["body"]),
            },
            tally=tally,
        )
    load_strategy_objectives(tally)


def load_strategy_objectives(tally: SeedTally) -> None:
    areas = {area.slug: area for area in CrimeArea.objects.all()}
    written = []
    for row in strategy_data.OBJECTIVES:
        objective = upsert(
            StrategyObjective,
            lookup={"number": row["number"]},
            values={
                "crime_area": areas[row["crime_area"]],
                **translated("title", row["title"]),
                **translated("objective", row["objective"]),
                **translated(
                    "considerations",
                    {code: "\n".join(lines) for code, lines in row["considerations"].items()},
                ),
            },
            tally=tally,
        )
        if objective is not None:
            written.append(objective.pk)
    settle_leftovers(StrategyObjective.objects.all(), written, tally)
