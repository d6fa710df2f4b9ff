"""The 5th session's decisions (seed 002): the points a to e of "CrimEx Final Debates and
Conclusions", as the decisions of that session, marked as reconstructed from the agenda. The seed
names no follow-up, so none is seeded."""

import datetime

from crimex_portal.seeding import SeedTally, translated, upsert
from followups.models import Decision
from sessions import seed_data
from sessions.models import AgendaItem, Session

CONCLUSIONS_TITLE = "CrimEx Final Debates and Conclusions"


def _conclusions_item(row: dict) -> tuple[datetime.date, dict] | None:
    for day in row.get("agenda", []):
        for item in day["items"]:
            if item["title"]["en"].startswith(CONCLUSIONS_TITLE):
                return datetime.date.fromisoformat(day["date"]), item
    return None


def load_decisions(tally: SeedTally) -> None:
    for row in seed_data.SESSIONS:
        found = _conclusions_item(row)
        if found is None:
            continue
        date, item = found
        session = Session.objects.filter(number=row["number"], part=row["part"]).first()
        if session is None:  # deleted in the portal
            continue
        agenda_item = AgendaItem.objects.filter(
            session=session, date=date, start_time=datetime.time.fromisoformat(item["start"])
        ).first()
        for order, point in enumerate(item.get("sub_points", []), start=1):
            upsert(
                Decision,
                lookup={"session": session, "order": order},
                values={
                    "agenda_item": agenda_item,
                    "is_reconstructed": True,
                    **translated("text", point),
                },
                tally=tally,
            )
