from crimex_portal.seeding import SeedTally, translated, upsert
from directory import seed_data
from directory.models import ContactRole, Country, CrimeArea, Language, Organisation


def load_reference_data(tally: SeedTally) -> None:
    """Countries, organisations and crime areas named in the seeds (000, 002, 003, 004)."""
    countries = {}
    for row in seed_data.COUNTRIES:
        countries[row["iso_code"]] = upsert(
            Country,
            lookup={"iso_code": row["iso_code"]},
            values={"group": row["group"], **translated("name", row["name"])},
            tally=tally,
        )
    for row in seed_data.ORGANISATIONS:
        upsert(
            Organisation,
            lookup={"acronym": row["acronym"]},
            values={
                "kind": row["kind"],
                "country": countries[row["country"]] if row["country"] else None,
                **translated("name", row["name"]),
                **translated("short_name", row.get("short_name", {})),
            },
            tally=tally,
        )
    for order, row in enumerate(seed_data.CONTACT_ROLES, start=1):
        upsert(
            ContactRole,
            lookup={"code": row["code"]},
            values={"order": order, **translated("name", row["name"])},
            tally=tally,
        )
    for row in seed_data.LANGUAGES:
        upsert(
            Language,
            lookup={"code": row["code"]},
            values=translated("name", row["name"]),
            tally=tally,
        )
    for row in seed_data.CRIME_AREAS:
        upsert(
            CrimeArea,
            lookup={"slug": row["slug"]},
            values={
                "category": row["category"],
                "order": row["order"],
                **translated("name", row["name"]),
            },
            tally=tally,
        )
