from collections import Counter
from pathlib import Path

from actionplans import seed_data
from actionplans.importing import parse_plan_table
from actionplans.services import plan_import
from directory.models import CrimeArea

SEED_DIR = Path(__file__).resolve().parent / "seed"


def load_action_plans(tally: Counter) -> None:
    """Action Plans A and B of seed 003, reconstructed row by row in actionplans/seed/*.tsv."""
    for code, filename in seed_data.PLAN_FILES.items():
        table = parse_plan_table((SEED_DIR / filename).read_text(encoding="utf-8"))
        facts = seed_data.PLANS[code]
        translations = {
            **seed_data.TRANSLATIONS,
            table.title: facts["title"],
            facts["short_title"]["en"]: facts["short_title"],
        }
        plan = plan_import(
            table=table,
            translations=translations,
            short_title=facts["short_title"]["en"],
            tally=tally,
        )
        plan.crime_areas.set(CrimeArea.objects.filter(slug__in=facts["crime_areas"]))
