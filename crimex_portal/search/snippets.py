"""A short passage of a result with the words searched for marked, found the way search
compares text (case, accents and Arabic vowel marks ignored), escaped for HTML."""

import re
from bisect import bisect_left

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from crimex_portal.text import normalise_char

SNIPPET_LENGTH = 220


class _NormalisedCharacters(dict):
    """Code point -> the character as search compares it, worked out once per character seen:
    a table for str.translate, which then normalises a whole document at C speed."""

    def __init__(self):
        super().__init__()
        self.not_one_for_one: set[str] = set()

    def __missing__(self, code_point: int) -> str:
        self[code_point] = normalised = normalise_char(chr(code_point))
        if len(normalised) != 1:
            self.not_one_for_one.add(chr(code_point))
        return normalised


NORMALISED_CHARACTERS = _NormalisedCharacters()


def _normalised_with_positions(text: str) -> tuple[str, range | list[int]]:
    """The text normalised, and for each of its characters the position it comes from."""
    normalised = text.translate(NORMALISED_CHARACTERS)
    if NORMALISED_CHARACTERS.not_one_for_one.isdisjoint(text):
        # Almost always: one character for one (no vowel mark dropped, no ß widened).
        return normalised, range(len(text))
    positions: list[int] = []
    for position, char in enumerate(text):
        positions.extend([position] * len(NORMALISED_CHARACTERS[ord(char)]))
    return normalised, positions


def _stem(term: str) -> str:
    # A stem matches the words it begins: "convention" marks "Conventions".
    return term[: max(4, len(term) - 2)] if len(term) > 5 else term


def _words_pattern(terms: list[str]) -> re.Pattern:
    return re.compile("|".join(re.escape(_stem(term)) + r"\w*" for term in terms if term))


def highlighted_snippet(text: str, terms: list[str], length: int = SNIPPET_LENGTH) -> SafeString:
    text = " ".join(text.split())
    normalised, positions = _normalised_with_positions(text)
    words = _words_pattern(terms) if terms else None
    found = words.search(normalised) if words else None
    first = positions[found.start()] if found else 0
    start = max(0, first - length // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first else end
    parts = ["…"] if start else []
    cursor = start
    if words:
        # Only the shown passage is searched for the words to mark, however long the text.
        begin, stop = bisect_left(positions, start), bisect_left(positions, end)
        for match in words.finditer(normalised, begin, stop):
            span_start, span_end = positions[match.start()], positions[match.end() - 1] + 1
            span_start, span_end = max(span_start, cursor), min(span_end, end)
            if span_start >= span_end:
                continue
            parts.append(escape(text[cursor:span_start]))
            parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
            cursor = span_end
    parts.append(escape(text[cursor:end]))
    if end < len(text):
        parts.append("…")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of the text is escaped
