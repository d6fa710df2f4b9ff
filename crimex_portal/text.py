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
