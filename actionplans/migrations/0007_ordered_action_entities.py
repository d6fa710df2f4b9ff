"""The participating entities of an action get their place in the plan's list.

The relation keeps its table (actionplans_action_entities): the through model takes it over in
the migration state only, and the table gains a position. Rows already there keep position 0
until the seed or an import writes the order."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("actionplans", "0006_indicator_editorial_note"),
        ("directory", "0004_contact_title_translations"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="ActionEntity",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        (
                            "action",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="entity_links",
                                to="actionplans.action",
                            ),
                        ),
                        (
                            "organisation",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="directory.organisation",
                                verbose_name="organisation",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "participating entity",
                        "verbose_name_plural": "participating entities",
                        "db_table": "actionplans_action_entities",
                        "ordering": ("position", "pk"),
                        "unique_together": {("action", "organisation")},
                    },
                ),
                migrations.AlterField(
                    model_name="action",
                    name="entities",
                    field=models.ManyToManyField(
                        blank=True,
                        related_name="+",
                        through="actionplans.ActionEntity",
                        to="directory.organisation",
                        verbose_name="participating entities",
                    ),
                ),
            ],
        ),
        migrations.AddField(
            model_name="actionentity",
            name="position",
            field=models.PositiveSmallIntegerField(default=0, verbose_name="position"),
        ),
    ]
