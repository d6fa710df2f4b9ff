"""One normal form for searching names in Latin and Arabic script, whatever accents or vowel
marks the text or the query carry."""

import re
import unicodedata

# Arabic letters written several ways: hamza forms of alef, alef maqsura, taa marbuta.
ARABIC_EQUIVALENTS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ـ": ""}
)
SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """'Élodie  Ben Salah' -> 'elodie ben salah'; 'مُحَمَّد' -> 'محمد'; 'أحمد' -> 'احمد'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # Combining marks: Latin accents and the Arabic short vowels (tashkeel) alike.
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return SPACES.sub(" ", stripped.translate(ARABIC_EQUIVALENTS)).strip()


def search_terms(query: str) -> list[str]:
    return [term for term in normalise(query).split(" ") if term]
