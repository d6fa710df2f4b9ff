"""Issue 16: `manage.py translation_status` prints, per language, the interface's share
translated, the translated and outdated content fields, and the glossary's coverage."""

import io
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command

from crimex_portal.translations.status import count_catalogue
from tests.factories import SessionFactory

pytestmark = pytest.mark.django_db

CATALOGUE = r"""# header
msgid ""
msgstr ""
"Language: fr\n"

msgid "Session"
msgstr "Session"

#, fuzzy
msgid "Venue"
msgstr "Lieu"

msgid ""
"A long "
"text"
msgstr ""

msgid "one place"
msgid_plural "%(n)s places"
msgstr[0] "une place"
msgstr[1] "%(n)s places"

#~ msgid "Gone"
#~ msgstr "Parti"
"""


def test_a_catalogue_counts_translated_entries_only(tmp_path: Path):
    path = tmp_path / "django.po"
    path.write_text(CATALOGUE, encoding="utf-8")
    count = count_catalogue(path)
    assert (count.total, count.translated, count.fuzzy) == (4, 2, 1)
    assert count.percentage == 50.0


def test_the_status_prints_interface_content_and_glossary_per_language():
    session = SessionFactory(title_en="Seizure", title_fr="Saisie", title_ar="الحجز")
    session.title_en = "Freezing"
    session.save()
    SessionFactory(title_en="Current", title_fr="Actuel")

    out = io.StringIO()
    call_command("translation_status", stdout=out)
    text = out.getvalue()

    assert "Interface (message catalogues):" in text
    assert "  fr: " in text
    assert "%" in text
    assert "crimex_sessions.Session: 2 translated, 1 outdated" in text
    assert "crimex_sessions.Session: 1 translated, 1 outdated" in text
    if not apps.is_installed("glossary"):
        assert "glossary: not installed" in text
