"""What `manage.py translation_status` prints: per language, the interface's share translated (the
message catalogues), the translated and outdated content fields, and the glossary's coverage."""

import ast
import importlib
from dataclasses import dataclass
from pathlib import Path

from django.apps import apps
from django.conf import settings

from crimex_portal.translations.content import target_languages
from crimex_portal.translations.selectors import outdated_counts


@dataclass
class CatalogueCount:
    total: int = 0
    translated: int = 0
    fuzzy: int = 0

    @property
    def percentage(self) -> float:
        return 100 * self.translated / self.total if self.total else 0.0


def _po_string(line: str) -> str:
    return ast.literal_eval(line[line.index('"') :]) if '"' in line else ""


def count_catalogue(path: Path) -> CatalogueCount:
    """Entries of a .po file: translated when every msgstr is filled and the entry is not fuzzy;
    the header and obsolete (#~) entries are not counted."""
    count = CatalogueCount()
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.strip().splitlines() if not line.startswith("#~")]
        fuzzy = any(line.startswith("#,") and "fuzzy" in line for line in lines)
        msgid, msgstrs, current = "", [], None
        for line in lines:
            if line.startswith("msgid "):
                current, msgid = "msgid", _po_string(line)
            elif line.startswith("msgstr"):
                current = "msgstr"
                msgstrs.append(_po_string(line))
            elif line.startswith('"') and current == "msgid":
                msgid += _po_string(line)
            elif line.startswith('"') and current == "msgstr":
                msgstrs[-1] += _po_string(line)
            elif not line.startswith('"'):
                current = None  # msgctxt, msgid_plural: not counted
        if not msgid:
            continue  # the header, or no entry
        count.total += 1
        if fuzzy:
            count.fuzzy += 1
        elif msgstrs and all(msgstrs):
            count.translated += 1
    return count


def interface_counts() -> dict[str, CatalogueCount]:
    counts = {}
    for language in target_languages():
        total = CatalogueCount()
        for base in settings.LOCALE_PATHS:
            for path in sorted(Path(base, language, "LC_MESSAGES").glob("*.po")):
                found = count_catalogue(path)
                total.total += found.total
                total.translated += found.translated
                total.fuzzy += found.fuzzy
        counts[language] = total
    return counts


def glossary_lines() -> list[str]:
    """The glossary app (issue 16) may offer `glossary.selectors.coverage()`, returning
    {language: (terms with a preferred term, terms)}; otherwise its models' rows are counted."""
    if not apps.is_installed("glossary"):
        return ["glossary: not installed"]
    try:
        selectors = importlib.import_module("glossary.selectors")
        coverage = selectors.coverage()
    except (ImportError, AttributeError):
        models = list(apps.get_app_config("glossary").get_models())
        return [
            f"glossary: installed, {model._meta.label}: {model.objects.count()} rows"
            for model in models
        ] or ["glossary: installed, no model"]
    return [
        f"glossary {language}: {covered}/{total} terms"
        + (f" ({100 * covered / total:.1f}%)" if total else "")
        for language, (covered, total) in coverage.items()
    ]


def status_lines() -> list[str]:
    lines = ["Interface (message catalogues):"]
    for language, count in interface_counts().items():
        lines.append(
            f"  {language}: {count.percentage:.1f}% ({count.translated}/{count.total} strings"
            + (f", {count.fuzzy} fuzzy" if count.fuzzy else "")
            + ")"
        )
    counts = outdated_counts()
    lines.append("Content fields (translated from the English; outdated = English changed since):")
    written = sum(model["en"]["written"] for model in counts.values())
    lines.append(f"  en: {written} fields written (the source)")
    for language in target_languages():
        translated = sum(model[language]["translated"] for model in counts.values())
        outdated = sum(model[language]["outdated"] for model in counts.values())
        share = f" ({100 * translated / written:.1f}%)" if written else ""
        lines.append(f"  {language}: {translated}/{written} translated{share}, {outdated} outdated")
        for label, model in counts.items():
            if model[language]["translated"]:
                lines.append(
                    f"    {label}: {model[language]['translated']} translated, "
                    f"{model[language]['outdated']} outdated"
                )
    lines += glossary_lines()
    return lines
