from django.db import migrations

INDEX = "directory_contact_search_trgm"


def create_trigram_index(apps, schema_editor) -> None:
    # PostgreSQL only: the trigram index lets "contains" searches use an index. SQLite has no
    # such index and scans, which is fine at its sizes.
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON directory_contact "
        "USING gin (search_text gin_trgm_ops)"
    )


def drop_trigram_index(apps, schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("directory", "0002_contacts")]

    operations = [migrations.RunPython(create_trigram_index, drop_trigram_index)]
