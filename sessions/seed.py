import datetime
from collections import Counter

from crimex_portal.seeding import translated, upsert
from sessions import seed_data
from sessions.models import Session


def load_sessions(tally: Counter) -> None:
    for row in seed_data.SESSIONS:
        upsert(
            Session,
            lookup={"number": row["number"], "part": row["part"]},
            values={
                "kind": row["kind"],
                "start_date": datetime.date.fromisoformat(row["start_date"]),
                "end_date": datetime.date.fromisoformat(row["end_date"]),
                "status": row["status"],
                "is_published": True,
                **translated("title", row["title"]),
                **translated("summary", row["summary"]),
            },
            tally=tally,
        )
