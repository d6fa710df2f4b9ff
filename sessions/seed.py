import datetime
from collections import Counter

from crimex_portal.seeding import translated, upsert
from directory.models import Country, Organisation
from sessions import seed_data
from sessions.models import AgendaItem, Session, SessionExpert, SessionObjective, SessionOutcome
from sessions.services import agenda_fingerprint

TEXT_FIELDS = ("title", "summary", "moderation", "background", "methodology")


def _texts(row: dict, fields: tuple[str, ...]) -> dict:
    values = {}
    for field in fields:
        if row.get(field):
            values.update(translated(field, row[field]))
    return values


def _organisations(acronyms: list[str]) -> list[Organisation]:
    found = list(Organisation.objects.filter(acronym__in=acronyms))
    missing = set(acronyms) - {organisation.acronym for organisation in found}
    if missing:
        raise ValueError(f"Seed names unknown organisations: {sorted(missing)}")
    return found


def _ordered_children(model, session: Session, rows: list[dict], values_of, tally: Counter) -> None:
    """The seed's list, in order; rows beyond it (from an older seed) are removed."""
    for order, row in enumerate(rows, start=1):
        upsert(
            model, lookup={"session": session, "order": order}, values=values_of(row), tally=tally
        )
    model.objects.filter(session=session, order__gt=len(rows)).delete()


def load_sessions(tally: Counter) -> None:
    """The 2nd session (seed 001) and the Second Part of the 5th session (seed 002)."""
    for row in seed_data.SESSIONS:
        session = upsert(
            Session,
            lookup={"number": row["number"], "part": row["part"]},
            values={
                "kind": row["kind"],
                "start_date": datetime.date.fromisoformat(row["start_date"]),
                "end_date": datetime.date.fromisoformat(row["end_date"]),
                "status": row["status"],
                "is_published": True,
                "venue_country": Country.objects.get(iso_code=row["venue_country"])
                if row.get("venue_country")
                else None,
                "working_languages": row.get("working_languages", []),
                "interpretation_languages": row.get("interpretation_languages", []),
                **_texts(row, TEXT_FIELDS),
            },
            tally=tally,
        )
        session.participating_countries.set(
            Country.objects.filter(iso_code__in=row.get("participating_countries", []))
        )
        session.participating_organisations.set(
            _organisations(row.get("participating_organisations", []))
        )
        _ordered_children(
            SessionObjective,
            session,
            row.get("objectives", []),
            lambda objective: _texts(objective, ("title", "description")),
            tally,
        )
        _ordered_children(
            SessionExpert,
            session,
            row.get("experts", []),
            lambda expert: {
                "name": expert["name"],
                "honorific": expert.get("honorific") or "",
                "affiliation": expert.get("affiliation") or "",
                "organisation": _organisations([expert["organisation"]])[0]
                if expert.get("organisation")
                else None,
                **_texts(expert, ("group", "role")),
            },
            tally,
        )
        _ordered_children(
            SessionOutcome,
            session,
            row.get("outcomes", []),
            lambda outcome: {"kind": outcome["kind"], **_texts(outcome, ("title", "description"))},
            tally,
        )
        _load_agenda(session, row.get("agenda", []), tally)
        # The seeded agenda is the published one: nobody is notified of it.
        session.agenda_fingerprint = session.agenda_notified_fingerprint = agenda_fingerprint(
            session
        )
        session.save(update_fields=["agenda_fingerprint", "agenda_notified_fingerprint"])


def _load_agenda(session: Session, days: list[dict], tally: Counter) -> None:
    kept = []
    for day in days:
        date = datetime.date.fromisoformat(day["date"])
        for item in day["items"]:
            start = datetime.time.fromisoformat(item["start"])
            end = datetime.time.fromisoformat(item["end"]) if item.get("end") else None
            sub_points = {
                code: "\n".join(point[code] for point in item.get("sub_points", []))
                for code in ("en", "fr", "ar")
            }
            agenda_item = upsert(
                AgendaItem,
                lookup={"session": session, "date": date, "start_time": start},
                values={
                    "end_time": end,
                    "kind": item["kind"],
                    **_texts(item, ("title", "description", "speakers", "moderator")),
                    **(translated("sub_points", sub_points) if item.get("sub_points") else {}),
                },
                tally=tally,
            )
            agenda_item.organisations.set(_organisations(item.get("organisations", [])))
            kept.append(agenda_item.pk)
    AgendaItem.objects.filter(session=session).exclude(pk__in=kept).delete()
