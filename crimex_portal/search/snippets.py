"""A short passage of a result with the words searched for marked, found the way search
compares text (case, accents and Arabic vowel marks ignored), escaped for HTML."""

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from crimex_portal.text import normalise_char

SNIPPET_LENGTH = 220


def _normalised_with_positions(text: str) -> tuple[str, list[int]]:
    """The text normalised, and for each of its characters the position it comes from."""
    characters: list[str] = []
    positions: list[int] = []
    for position, char in enumerate(text):
        for normalised in normalise_char(char):
            characters.append(normalised)
            positions.append(position)
    return "".join(characters), positions


def _spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    normalised, positions = _normalised_with_positions(text)
    spans = []
    for term in terms:
        # A stem matches the words it begins: "convention" marks "Conventions".
        stem = term[: max(4, len(term) - 2)] if len(term) > 5 else term
        start = normalised.find(stem)
        while start != -1:
            end = start + len(stem)
            while end < len(normalised) and normalised[end].isalnum():
                end += 1  # the whole word
            spans.append((positions[start], positions[end - 1] + 1))
            start = normalised.find(stem, end)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def highlighted_snippet(text: str, terms: list[str], length: int = SNIPPET_LENGTH) -> SafeString:
    text = " ".join(text.split())
    spans = _spans(text, terms)
    first = spans[0][0] if spans else 0
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
    for span_start, span_end in spans:
        if span_end <= start or span_start >= end:
            continue
        span_start, span_end = max(span_start, start), min(span_end, end)
        parts.append(escape(text[cursor:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    parts.append(escape(text[cursor:end]))
    if end < len(text):
        parts.append("…")
    return mark_safe("".join(parts))  # noqa: S308 - every piece of the text is escaped
