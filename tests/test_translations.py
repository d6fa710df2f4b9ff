"""Every interface string is translated into French and Arabic, and none is fuzzy."""

import os
import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

LOCALE = Path(settings.BASE_DIR) / "locale"
LANGUAGES = ["fr", "ar"]
IGNORED = [".venv/*", "tests/*", "artifacts/*", "staticfiles/*", "media/*", "crimex_portal/seeds/*"]


@pytest.fixture(scope="module")
def refreshed_catalogues(tmp_path_factory) -> dict[str, polib.POFile]:
    """The catalogues as makemessages would leave them: new strings in the code show up here.

    makemessages writes to the catalogue of the tree it runs in, so it runs in a copy."""
    project = tmp_path_factory.mktemp("project") / "portal"
    shutil.copytree(
        settings.BASE_DIR,
        project,
        ignore=shutil.ignore_patterns(
            ".venv",
            ".git",
            "artifacts",
            "*.mo",
            "__pycache__",
            "media",
            "private_media",
            "staticfiles",
            "*.sqlite3",
        ),
    )
    previous = os.getcwd()
    os.chdir(project)
    try:
        with override_settings(LOCALE_PATHS=[project / "locale"]):
            call_command(
                "makemessages",
                locale=LANGUAGES,
                ignore_patterns=IGNORED,
                no_obsolete=True,
                verbosity=0,
            )
    finally:
        os.chdir(previous)
    return {
        language: polib.pofile(str(project / "locale" / language / "LC_MESSAGES" / "django.po"))
        for language in LANGUAGES
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_is_complete(refreshed_catalogues, language):
    catalogue = refreshed_catalogues[language]
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]

    assert len(catalogue) > 50
    assert untranslated == [], f"untranslated in {language}: {untranslated}"
    assert fuzzy == [], f"fuzzy in {language}: {fuzzy}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_catalogue_is_up_to_date(refreshed_catalogues, language):
    committed = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    missing = {entry.msgid for entry in refreshed_catalogues[language]} - {
        entry.msgid for entry in committed
    }
    assert missing == set(), f"run makemessages: {sorted(missing)}"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", "Passer au contenu principal"), ("ar", "الانتقال إلى المحتوى الرئيسي")],
)
def test_compiled_catalogue_is_used(language, expected):
    with translation.override(language):
        assert translation.gettext("Skip to main content") == expected


def test_arabic_plural_forms_are_declared():
    catalogue = polib.pofile(str(LOCALE / "ar" / "LC_MESSAGES" / "django.po"))
    assert "nplurals=6" in catalogue.metadata["Plural-Forms"]
