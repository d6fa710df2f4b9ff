"""The triggers that move an area's ContentVersion with every write to one of its tables."""

from django.apps import apps
from django.db import connections

# App label -> area. Users and their logins are not content: the audience of a fragment
# carries what it needs of the user (crimex_portal/fragments/selectors.py).
CONTENT_AREAS = {
    "pages": "pages",
    "directory": "directory",
    "crimex_sessions": "sessions",
    "actionplans": "actionplans",
    "fiches": "fiches",
    "library": "library",
    "glossary": "glossary",
    "followups": "followups",
    "search": "search",
}
TRIGGER = "crimex_content_changed"
VERSION_TABLE = "fragments_contentversion"

POSTGRESQL_FUNCTION = """
CREATE OR REPLACE FUNCTION crimex_content_changed() RETURNS trigger AS $$
BEGIN
    INSERT INTO fragments_contentversion (area, version)
    VALUES (TG_ARGV[0], md5(random()::text || clock_timestamp()::text))
    ON CONFLICT (area) DO UPDATE SET version = EXCLUDED.version;
    RETURN NULL;
END $$ LANGUAGE plpgsql
"""


def content_tables() -> dict[str, str]:
    """Table -> area, many-to-many tables included."""
    tables = {}
    for label, area in CONTENT_AREAS.items():
        if not apps.is_installed(apps.get_app_config(label).name):
            continue
        for model in apps.get_app_config(label).get_models(include_auto_created=True):
            if model._meta.managed and not model._meta.proxy:
                tables[model._meta.db_table] = area
    return tables


def install_triggers(sender=None, using: str = "default", **kwargs) -> None:
    connection = connections[using]
    existing = set(connection.introspection.table_names())
    if VERSION_TABLE not in existing:
        return  # fragments not migrated yet: its own post_migrate comes later
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(POSTGRESQL_FUNCTION)
        for table, area in content_tables().items():
            if table not in existing:
                continue
            quoted = connection.ops.quote_name(table)
            if connection.vendor == "postgresql":
                cursor.execute(f"DROP TRIGGER IF EXISTS {TRIGGER} ON {quoted}")
                cursor.execute(
                    f"CREATE TRIGGER {TRIGGER} AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
                    f"ON {quoted} FOR EACH STATEMENT EXECUTE FUNCTION {TRIGGER}('{area}')"
                )
            elif connection.vendor == "sqlite":
                for event in ("INSERT", "UPDATE", "DELETE"):
                    name = connection.ops.quote_name(f"{TRIGGER}_{table}_{event.lower()}")
                    cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
                    cursor.execute(
                        f"CREATE TRIGGER {name} AFTER {event} ON {quoted} BEGIN "  # noqa: S608
                        f"INSERT INTO {VERSION_TABLE} (area, version) "
                        f"VALUES ('{area}', lower(hex(randomblob(16)))) "
                        f"ON CONFLICT (area) DO UPDATE SET version = excluded.version; END"
                    )
