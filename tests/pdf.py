"""Reading PDFs back in tests, with poppler-utils: their text, and their fonts."""

import subprocess
from pathlib import Path


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def assert_arabic_font_embedded(pdf: bytes, tmp_path: Path) -> None:
    """An embedded font covering Arabic (Noto Naskh Arabic), as `pdffonts` lists it."""
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    fonts = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout
    naskh = [line for line in fonts.splitlines() if "Naskh" in line]
    assert naskh, fonts
    assert all(line.split()[-5] == "yes" for line in naskh), fonts  # the "emb" column


def pdf_visual_lines(pdf: bytes, tmp_path: Path) -> list[str]:
    """Each line's words from the leftmost to the rightmost, as drawn (`pdftotext -bbox`): an
    Arabic word comes out with its letters reversed, a Latin one as it reads."""
    import html
    import re

    path = tmp_path / "visual.pdf"
    path.write_bytes(pdf)
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines: dict[tuple[str, float], list[tuple[float, str]]] = {}
    page = 0
    for line in boxes.splitlines():
        if "<page " in line:
            page += 1
        found = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)".*>(.*)</word>', line)
        if found:
            x, y, word = float(found[1]), round(float(found[2])), html.unescape(found[3])
            lines.setdefault((page, y), []).append((x, word))
    return [" ".join(word for _x, word in sorted(words)) for _key, words in sorted(lines.items())]
