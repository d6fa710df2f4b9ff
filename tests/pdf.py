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
