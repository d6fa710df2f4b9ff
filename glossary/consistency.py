"""Where the interface or the seeded content uses a variant the glossary says to avoid.

A text is checked against an entry when its English source names the entry's notion (the
English term, its acronym in brackets, or one of its English variants, singular or plural): the
French and Arabic texts beside it must not contain that entry's French or Arabic variants to
avoid. So «الفاعل» is flagged where the English says "actor", not where it says "perpetrator".
Matching ignores case, accents, Arabic vowel marks and typographic apostrophes, but not hamza:
«الالكتروني» is a variant of «الإلكتروني»."""

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from glossary.models import GlossaryEntry

LANGUAGES = ("fr", "ar")
ARABIC_PROCLITICS = "[وفبكل]{0,2}"
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "\u00a0": " ", "\u202f": " "})
SPACES = re.compile(r"\s+")
# NFD writes أ إ آ ؤ ئ as a letter plus these marks: they stay, the vowel marks go.
HAMZA_AND_MADDA = {"\u0653", "\u0654", "\u0655"}
ACRONYM = re.compile(r"^[A-Z][A-Za-z0-9\-]*[A-Z]$")


def fold(text: str) -> str:
    """Lower case, without accents or Arabic vowel marks; hamza and letters kept."""
    decomposed = unicodedata.normalize("NFD", text.translate(APOSTROPHES).casefold())
    stripped = "".join(
        char for char in decomposed if not unicodedata.combining(char) or char in HAMZA_AND_MADDA
    )
    return SPACES.sub(" ", unicodedata.normalize("NFC", stripped)).strip()


def _english_word(word: str) -> str:
    if word.endswith("y") and len(word) > 2:
        return re.escape(word[:-1]) + "(?:y|ies)"
    return re.escape(word) + "(?:e?s)?"


def english_pattern(form: str) -> re.Pattern:
    words = fold(form).split(" ")
    return re.compile(r"(?<!\w)" + r"\s+".join(_english_word(word) for word in words) + r"(?!\w)")


def variant_pattern(variant: str, language: str) -> re.Pattern:
    folded = re.escape(fold(variant))
    if language == "ar":
        alternatives = [ARABIC_PROCLITICS + folded]
        if fold(variant).startswith("ال"):  # ل + ال is written لل
            alternatives.append("[وف]?لل" + re.escape(fold(variant)[2:]))
        return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)")
    return re.compile(r"(?<!\w)" + folded + r"(?!\w)")


def english_forms(entry: GlossaryEntry) -> list[str]:
    """'Financial intelligence unit (FIU)' -> the name and 'FIU'; plus the English variants."""
    term = entry.term_en or ""
    forms = [term]
    if "(" in term:
        name, _bracket, rest = term.partition("(")
        forms.append(name.strip())
        inside = rest.rstrip(")").strip()
        if ACRONYM.match(inside):
            forms.append(inside)
    forms += entry.variants_to_avoid("en")
    return [form for form in forms if form]


@dataclass(frozen=True)
class Rule:
    entry: str  # slug
    language: str
    triggers: tuple[re.Pattern, ...]
    variant: str
    pattern: re.Pattern
    preferred: str


def rules(entries: Iterable[GlossaryEntry]) -> list[Rule]:
    found = []
    for entry in entries:
        triggers = tuple(english_pattern(form) for form in english_forms(entry))
        for language in LANGUAGES:
            preferred = getattr(entry, f"term_{language}", "") or ""
            for variant in entry.variants_to_avoid(language):
                found.append(
                    Rule(
                        entry.slug,
                        language,
                        triggers,
                        variant,
                        variant_pattern(variant, language),
                        preferred,
                    )
                )
    return found


@dataclass(frozen=True)
class Text:
    """A translation and the English it translates, with where it lives."""

    where: str
    language: str
    english: str
    translation: str


@dataclass(frozen=True)
class Finding:
    where: str
    language: str
    variant: str
    preferred: str
    entry: str
    translation: str

    def __str__(self) -> str:
        excerpt = " ".join(self.translation.split())[:120]
        return (
            f"{self.where} [{self.language}]: «{self.variant}» where the glossary says "
            f"«{self.preferred}» (entry {self.entry}) in: {excerpt}"
        )


def inconsistencies(texts: Iterable[Text], glossary: Iterable[Rule]) -> list[Finding]:
    glossary = list(glossary)
    findings = []
    for text in texts:
        english, translation = fold(text.english), fold(text.translation)
        for rule in glossary:
            if rule.language != text.language or not rule.pattern.search(translation):
                continue
            if any(trigger.search(english) for trigger in rule.triggers):
                findings.append(
                    Finding(
                        text.where,
                        text.language,
                        rule.variant,
                        rule.preferred,
                        rule.entry,
                        text.translation,
                    )
                )
    return findings


# --- What is checked ------------------------------------------------------------------------


def catalogue_texts(locale_dir: Path | None = None) -> Iterator[Text]:
    """Each msgstr of locale/fr and locale/ar with its msgid (and plural forms)."""
    import polib

    locale_dir = locale_dir or Path(settings.BASE_DIR) / "locale"
    for language in LANGUAGES:
        path = locale_dir / language / "LC_MESSAGES" / "django.po"
        for item in polib.pofile(str(path)):
            if item.obsolete:
                continue
            english = " ".join(filter(None, [item.msgid, item.msgid_plural]))
            translations = [item.msgstr, *item.msgstr_plural.values()]
            where = f"{path.relative_to(path.parents[3])}: msgid {item.msgid[:60]!r}"
            for translation in filter(None, translations):
                yield Text(where, language, english, translation)


def seeded_texts() -> Iterator[Text]:
    """The French and Arabic of each translated field load_seed_content wrote, beside the
    English of the same row (the glossary's own entries aside: they list the variants)."""
    from django.contrib.contenttypes.models import ContentType

    from crimex_portal.pages.models import SeededRow

    records: dict[int, dict[int, list[str]]] = {}
    for record in SeededRow.objects.all():
        records.setdefault(record.content_type_id, {})[record.object_id] = record.fields
    for content_type_id, objects in records.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None or model is GlossaryEntry:
            continue
        for instance in model._base_manager.filter(pk__in=list(objects)):
            for name in objects[instance.pk]:
                base, _sep, language = name.rpartition("_")
                if language not in LANGUAGES or not hasattr(instance, f"{base}_en"):
                    continue
                yield Text(
                    f"{model._meta.label} #{instance.pk} {name}",
                    language,
                    getattr(instance, f"{base}_en") or "",
                    str(getattr(instance, name) or ""),
                )


def glossary_rules() -> list[Rule]:
    return rules(GlossaryEntry.objects.order_by("slug"))
