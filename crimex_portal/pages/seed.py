from crimex_portal.pages import seed_data
from crimex_portal.pages.models import Page
from crimex_portal.seeding import SeedTally, translated, upsert


def load_pages(tally: SeedTally) -> None:
    """The home and About texts, from seed 000."""
    for row in seed_data.PAGES:
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
