"""French seeded content gets its narrow no-break spaces (issue 16), whatever the seed typed."""

import pytest

from crimex_portal.seeding import translated
from crimex_portal.text import french_typography

NNBSP = "\u202f"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Note : texte", f"Note{NNBSP}: texte"),
        ("Note: texte", f"Note{NNBSP}: texte"),
        ("Note\u00a0; suite", f"Note{NNBSP}; suite"),
        ("Est-ce possible ?", f"Est-ce possible{NNBSP}?"),
        ("« CSV UTF-8 »", f"«{NNBSP}CSV UTF-8{NNBSP}»"),
        (f"Déjà{NNBSP}: fait", f"Déjà{NNBSP}: fait"),
        ("https://example.test à 9:30", "https://example.test à 9:30"),
    ],
)
def test_french_typography(typed, expected):
    assert french_typography(typed) == expected
    assert french_typography(expected) == expected  # running it again changes nothing


def test_only_the_french_of_seeded_texts_changes():
    values = translated("title", {"en": "Note: text", "fr": "Note : texte", "ar": "ملاحظة: نص"})

    assert values == {
        "title_en": "Note: text",
        "title_fr": f"Note{NNBSP}: texte",
        "title_ar": "ملاحظة: نص",
    }
