import re
import unicodedata

from django.utils.translation import get_language_bidi


def lines_of(text: str) -> list[str]:
    """The non-empty lines of a "one per line" field (sub-points, sources of data), trimmed."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def list_separators(request=None) -> dict[str, str]:
    """The comma and semicolon between list items, as the active language writes them: in every
    report's context, and in every page's as a context processor."""
    if get_language_bidi():  # Arabic
        return {"comma": "، ", "semicolon": "؛ "}
    return {"comma": ", ", "semicolon": "; "}


# Every character that some reader takes for the end of a line: CR and LF, and those that
# Python's str.splitlines() and several address books also break lines at.
LINE_BREAKS = re.compile("\r\n|[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# C0 and C1 control characters and DEL, line breaks included.
CONTROL_CHARACTERS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


# Arabic letters written several ways: hamza forms of alef, alef maqsura, taa marbuta.
ARABIC_EQUIVALENTS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي", "ـ": ""}
)
SPACES = re.compile(r"\s+")


def normalise_char(char: str) -> str:
    """One character as search compares it: case, accents, Arabic vowel marks and the ways of
    writing hamza and taa marbuta dropped. May be empty (a vowel mark) or longer (ß -> ss)."""
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    stripped = "".join(part for part in decomposed if not unicodedata.combining(part))
    return stripped.translate(ARABIC_EQUIVALENTS)


def normalise(text: str) -> str:
    """'Élodie  Ben Salah' -> 'elodie ben salah'; 'مُحَمَّد' -> 'محمد'; 'أحمد' -> 'احمد'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # Combining marks: Latin accents and the Arabic short vowels (tashkeel) alike.
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return SPACES.sub(" ", stripped.translate(ARABIC_EQUIVALENTS)).strip()


def search_terms(query: str) -> list[str]:
    return [term for term in normalise(query).split(" ") if term]
# French sets a narrow no-break space (U+202F) before ; : ! ? and inside « », so that the sign
# never starts a line: "Note : texte" -> "Note\u202f: texte".
FRENCH_HIGH_PUNCTUATION = re.compile(r"(\S)[ \u00a0]?([;:!?])(?=\s|$)")
FRENCH_OPENING_QUOTE = re.compile(r"«[ \u00a0\u202f]*")
FRENCH_CLOSING_QUOTE = re.compile(r"[ \u00a0\u202f]*»")


def french_typography(text: str) -> str:
    text = FRENCH_HIGH_PUNCTUATION.sub("\\1\u202f\\2", text)
    text = FRENCH_OPENING_QUOTE.sub("«\u202f", text)
    return FRENCH_CLOSING_QUOTE.sub("\u202f»", text)
# Unicode's own isolates, for plain text (messages, calendar files, PDFs): LRI ... PDI.
LEFT_TO_RIGHT_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2066", "\u2069"


def isolated(text: object) -> str:
    """A code, an extension, an e-mail in plain text, kept left to right inside Arabic: the
    plain-text twin of the `isolate` template filter."""
    return f"{LEFT_TO_RIGHT_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def joined(items, *, isolate: bool = False) -> str:
    """Items joined with the active language's comma ("لشبونة، البرتغال"); with `isolate`,
    each one isolated in a right-to-left language (file extensions, codes)."""
    isolate = isolate and get_language_bidi()
    parts = [isolated(item) if isolate else str(item) for item in items]
    return list_separators()["comma"].join(parts)
