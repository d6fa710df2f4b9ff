"""Lists sort as each language sorts: in French "Égypte" comes before "Tunisie" (accents count
only when the letters are equal), in Arabic the names follow the Arabic alphabet (hamza forms
with alef, taa marbuta with taa, alef maqsura with yaa, vowel marks ignored).

One rule, three uses:
- `sort_key(text)` sorts lists in Python (what a page already holds);
- `localized_order("name")` orders a queryset in the database: PostgreSQL's ICU collations
  ("fr-x-icu", "ar-x-icu", "en-x-icu"), and on SQLite collations of the same names registered by
  `register_sqlite_collations` with `sort_key` itself;
- the translated field falls back to English where the language has no text, as pages show it.
"""

import functools
import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

from django.conf import settings
from django.db.models import F, Model, TextField, Value
from django.db.models.functions import Coalesce, Collate, NullIf
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

T = TypeVar("T")

ARABIC, LATIN, OTHER = "arabic", "latin", "other"
# Letters Arabic dictionaries file with another: taa marbuta with taa, alef maqsura with yaa
# (CLDR's Arabic collation); the hamza and madda forms decompose to their base letter.
ARABIC_FOLDS = {"\u0629": "\u062a", "\u0649": "\u064a", "\u0671": "\u0627"}
TATWEEL = "\u0640"


def collation_language(language: str | None = None) -> str:
    code = (language or get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return code if code in {code for code, _name in settings.LANGUAGES} else "en"


def _script(character: str) -> str:
    if "\u0600" <= character <= "\u06ff" or "\u0750" <= character <= "\u077f":
        return ARABIC
    if (character.isalpha() and character.isascii()) or "\u00c0" <= character <= "\u024f":
        return LATIN
    return OTHER


@functools.lru_cache(maxsize=4096)
def _key(text: str, language: str) -> tuple:
    # Arabic pages list Arabic names before Latin ones, the others Latin before Arabic.
    script_rank = (
        {OTHER: 0, ARABIC: 1, LATIN: 2} if language == "ar" else {OTHER: 0, LATIN: 1, ARABIC: 2}
    )
    letters, accents, cases = [], [], []
    for character in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(character):  # accents, hamza above/below, madda, vowel marks
            accents.append(character)
            continue
        if character == TATWEEL:
            continue
        folded = ARABIC_FOLDS.get(character, character)
        lower = folded.casefold()
        letters.append((script_rank[_script(lower)] if lower.isalpha() else 0, lower))
        cases.append(folded != lower)
    return (tuple(letters), tuple(accents), tuple(cases), text)


def sort_key(text: str | None, language: str | None = None) -> tuple:
    """The key that sorts texts as the language sorts them (the active language by default)."""
    return _key(str(text or ""), collation_language(language))


def sorted_for_language(
    items: Iterable[T], key: Callable[[T], str] = str, language: str | None = None
) -> list[T]:
    """The items sorted by `key(item)` as the language sorts (the active language by default)."""
    language = collation_language(language)
    return sorted(items, key=lambda item: _key(str(key(item) or ""), language))


def collation_name(language: str | None = None) -> str:
    return f"{collation_language(language)}-x-icu"


def _is_translated(model: type[Model], name: str) -> bool:
    from modeltranslation.translator import NotRegistered, translator

    try:
        return name in translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return False


def localized_order(
    model: type[Model], field: str, language: str | None = None, descending: bool = False
):
    """An order_by() term for a queryset of `model`: the field (translated: in the language, in
    English where it has no text) compared with the language's collation. `field` may follow
    relations ("country__name")."""
    language = collation_language(language)
    *path, name = field.split("__")
    for step in path:
        model = model._meta.get_field(step).related_model
    prefix = "__".join(path) + "__" if path else ""
    if _is_translated(model, name):
        own = F(prefix + build_localized_fieldname(name, language))
        english = F(prefix + build_localized_fieldname(name, "en"))
        text = (
            english
            if language == "en"
            else Coalesce(NullIf(own, Value("")), english, output_field=TextField())
        )
    else:
        text = F(field)
    ordered = Collate(text, collation_name(language))
    return ordered.desc() if descending else ordered.asc()


def _compare(language: str, left: str, right: str) -> int:
    left_key, right_key = _key(left or "", language), _key(right or "", language)
    return (left_key > right_key) - (left_key < right_key)


def register_sqlite_collations(sender, connection, **kwargs) -> None:
    """On SQLite, the ICU collations' names sort with `sort_key` (connection_created signal)."""
    if connection.vendor != "sqlite":
        return
    for code, _name in settings.LANGUAGES:
        connection.connection.create_collation(
            collation_name(code), functools.partial(_compare, code)
        )


def order_choices_by_language(form, *field_names: str, by: str = "name") -> None:
    """A form's model choices in the active language's order (in __init__: a form class is made
    once, in whatever language the first import ran)."""
    for field_name in field_names:
        field = form.fields[field_name]
        field.queryset = field.queryset.order_by(localized_order(field.queryset.model, by))
