import django.contrib.postgres.search
from django.db import migrations

CONFIGURATIONS = {"en": "english", "fr": "french", "ar": "arabic"}


def fill_rank_vectors(apps, schema_editor):
    """Rows indexed before: their ranking vector from the text they hold (rebuild_search_index
    would write the same)."""
    if schema_editor.connection.vendor != "postgresql":
        return
    for language, configuration in CONFIGURATIONS.items():
        schema_editor.execute(
            "UPDATE search_searchdocument SET rank_vector = "
            "to_tsvector(%s::regconfig, left(normalised, 500)) WHERE language = %s",
            [configuration, language],
        )


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchdocument",
            name="rank_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(fill_rank_vectors, migrations.RunPython.noop, elidable=True),
    ]
