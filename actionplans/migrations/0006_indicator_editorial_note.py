from django.db import migrations, models

HELP = "What the portal notes about the adopted text, e.g. a code printed differently."


class Migration(migrations.Migration):
    dependencies = [
        ("actionplans", "0005_demo_flag"),
    ]

    operations = [
        migrations.AddField(
            model_name="indicator",
            name=name,
            field=models.CharField(
                blank=True,
                help_text=HELP,
                max_length=300,
                null=name != "editorial_note",
                verbose_name="editorial note",
            ),
        )
        for name in ("editorial_note", "editorial_note_ar", "editorial_note_en", "editorial_note_fr")
    ]
