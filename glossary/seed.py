"""The glossary's entries, from glossary/data/glossary.json: written once, then PMT's to edit
(an entry changed in the admin keeps its changes when the seed runs again)."""

import json
from pathlib import Path

from crimex_portal.seeding import SeedTally, translated, upsert
from glossary.models import GlossaryEntry

DATA = Path(__file__).resolve().parent / "data" / "glossary.json"


def glossary_data() -> list[dict]:
    return json.loads(DATA.read_text(encoding="utf-8"))


def load_glossary(tally: SeedTally) -> None:
    for row in glossary_data():
        upsert(
            GlossaryEntry,
            lookup={"slug": row["slug"]},
            values={
                "domain": row["domain"],
                "source": row.get("source", ""),
                **translated("term", row["term"]),
                **translated("definition", row["definition"]),
                **translated(
                    "avoid", {code: "\n".join(items) for code, items in row["avoid"].items()}
                ),
            },
            tally=tally,
        )
