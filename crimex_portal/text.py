def lines_of(text: str) -> list[str]:
    """The non-empty lines of a "one per line" field (sub-points, sources of data), trimmed."""
    return [line.strip() for line in text.splitlines() if line.strip()]
