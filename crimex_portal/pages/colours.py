"""The portal's colour system, read from the stylesheet (portal.css `:root`), and WCAG contrast
ratios: the style page shows them, a test holds every text colour at 7:1 or more."""

import re
from pathlib import Path

from django.conf import settings

PORTAL_CSS = Path(settings.BASE_DIR) / "crimex_portal" / "static" / "crimex" / "css" / "portal.css"

# (text colour, background) pairs that carry text; each must reach WCAG AAA (7:1).
TEXT_PAIRS = [
    ("color-text", "color-bg"),
    ("color-text", "color-surface"),
    ("color-text", "color-notice"),
    ("color-muted", "color-bg"),
    ("color-muted", "color-surface"),  # the footer: 6.92:1 before issue 21
    ("color-link", "color-bg"),
    ("color-link", "color-surface"),
    ("color-brand", "color-bg"),  # headings
    ("color-brand-contrast", "color-brand"),  # the header
    ("color-accent-text", "color-bg"),
    ("color-danger", "color-bg"),
    ("color-danger", "color-surface"),
    ("color-success", "color-bg"),
]


def root_colours() -> dict[str, str]:
    """The `--color-*` custom properties of portal.css's `:root`, by name (without `--`)."""
    css = PORTAL_CSS.read_text(encoding="utf-8")
    root = re.search(r":root\s*\{(.*?)\}", css, re.S).group(1)
    return dict(re.findall(r"--(color-[\w-]+):\s*(#[0-9a-fA-F]{6})", root))


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_pairs() -> list[dict]:
    colours = root_colours()
    return [
        {
            "text": text,
            "background": background,
            "text_hex": colours[text],
            "background_hex": colours[background],
            "ratio": round(contrast(colours[text], colours[background]), 2),
        }
        for text, background in TEXT_PAIRS
    ]
