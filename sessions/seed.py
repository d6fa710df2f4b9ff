import contextlib
import datetime

from crimex_portal.seeding import SeedTally, settle_leftovers, translated, upsert
from directory.models import Country, Organisation
from sessions import seed_data
from sessions.models import AgendaItem, Session, SessionExpert, SessionObjective, SessionOutcome

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


def _ordered_children(model, session: Session, rows: list[dict], values_of, tally: SeedTally):
    """The seed's list, in order. Rows people added stay; seeded rows the seed no longer has go,
    unless they were edited in the portal."""
    written = []
    for order, row in enumerate(rows, start=1):
        child = upsert(
            model, lookup={"session": session, "order": order}, values=values_of(row), tally=tally
        )
        if child is not None:
            written.append(child.pk)
    settle_leftovers(model.objects.filter(session=session), written, tally)


def load_sessions(tally: SeedTally) -> None:
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
            links={
                "participating_countries": Country.objects.filter(
                    iso_code__in=row.get("participating_countries", [])
                ),
                "participating_organisations": _organisations(
                    row.get("participating_organisations", [])
                ),
            },
            tally=tally,
        )
        if session is None:  # deleted in the portal
            continue
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
        load_agenda(session, _agenda_items(row.get("agenda", [])), tally)


def _agenda_items(days: list[dict]) -> list[tuple[str, dict]]:
    """(key in the session, values) of each item of the seed's days, for load_agenda()."""
    items = []
    for day in days:
        date = datetime.date.fromisoformat(day["date"])
        for item in day["items"]:
            start = datetime.time.fromisoformat(item["start"])
            sub_points = {
                code: "\n".join(point[code] for point in item.get("sub_points", []))
                for code in ("en", "fr", "ar")
            }
            values = {
                "date": date,
                "start_time": start,
                "end_time": datetime.time.fromisoformat(item["end"]) if item.get("end") else None,
                "kind": item["kind"],
                "organisations": _organisations(item.get("organisations", [])),
                **_texts(item, ("title", "description", "speakers", "moderator")),
                **(translated("sub_points", sub_points) if item.get("sub_points") else {}),
            }
            items.append(("", values))
    return items


def load_agenda(session: Session, items: list[tuple[str, dict]], tally: SeedTally) -> None:
    """The session's timetable: each item is looked up by its day and start (or by the key given
    with it), items people added stay. When the seed wrote to the agenda, the result is published
    as a release: registered members are not notified of it."""
    written, changes_before = [], tally.changed
    for key, item in items:
        values = dict(item)
        organisations = values.pop("organisations")
        lookup = {
            "session": session,
            "date": values.pop("date"),
            "start_time": values.pop("start_time"),
        }
        agenda_item = upsert(
            AgendaItem,
            key=key and f"crimex_sessions.agendaitem:session={session.pk};{key}",
            lookup=lookup,
            values=values,
            links={"organisations": organisations},
            tally=tally,
        )
        if agenda_item is not None:
            written.append(agenda_item.pk)
    settle_leftovers(AgendaItem.objects.filter(session=session), written, tally)
    release_seeded_agenda(session, seed_wrote=tally.changed != changes_before)


def release_seeded_agenda(session: Session, *, seed_wrote: bool) -> None:
    """The seeded agenda starts as version 1; when a later seed rewrites it, the result is the
    next version. Members are not e-mailed of what the seed wrote."""
    from sessions.releases import NothingToRelease, agenda_publish, latest_release

    if latest_release(session) is not None and not seed_wrote:
        return
    if not session.agenda_items.exists():
        return
    with contextlib.suppress(NothingToRelease):
        agenda_publish(session=session, notify=False)
