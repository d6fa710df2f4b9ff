from crimex_portal.seeding import SeedTally, translated, upsert
from directory.models import ContactRole
from fiches import seed_data
from fiches.models import Channel, Instrument, Measure, MeasureGroup


def load_fiche_reference_data(tally: SeedTally) -> None:
    """Measure groups, measures, transmission channels and international instruments.

    Runs after directory.seed.load_reference_data, which creates the contact roles that measures
    point at.
    """
    groups = {}
    for order, row in enumerate(seed_data.MEASURE_GROUPS, start=1):
        groups[row["code"]] = upsert(
            MeasureGroup,
            lookup={"code": row["code"]},
            values={"order": order, **translated("name", row["name"])},
            tally=tally,
        )
    roles = _contact_roles_by_code()
    for order, row in enumerate(seed_data.MEASURES, start=1):
        upsert(
            Measure,
            lookup={"code": row["code"]},
            values={
                "group": groups[row["group"]],
                "order": order,
                **translated("name", row["name"]),
                **translated("description", row["description"]),
            },
            links={"contact_roles": [roles[code] for code in row["contact_roles"]]},
            tally=tally,
        )
    for order, row in enumerate(seed_data.CHANNELS, start=1):
        upsert(
            Channel,
            lookup={"code": row["code"]},
            values={"order": order, **translated("name", row["name"])},
            tally=tally,
        )
    for row in seed_data.INSTRUMENTS:
        upsert(
            Instrument,
            lookup={"slug": row["slug"]},
            values={
                "kind": row["kind"],
                "year": row["year"],
                "source_url": row["source_url"],
                **translated("short_name", row["short_name"]),
                **translated("name", row["name"]),
            },
            tally=tally,
        )


def _contact_roles_by_code() -> dict[str, ContactRole]:
    needed = {code for row in seed_data.MEASURES for code in row["contact_roles"]}
    roles = {role.code: role for role in ContactRole.objects.filter(code__in=needed)}
    missing = needed - set(roles)
    if missing:
        raise LookupError(
            f"Contact roles {sorted(missing)} do not exist: run directory.seed.load_reference_data "
            "before fiches.seed.load_fiche_reference_data (see CRIMEX_SEED_LOADERS)."
        )
    return roles
