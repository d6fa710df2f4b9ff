from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language, get_language_bidi

from crimex_portal.accounts.decorators import members_only
from glossary.forms import GlossarySearchForm
from glossary.models import GlossaryEntry
from glossary.selectors import GlossaryFilters, glossary_search

RTL_LANGUAGES = set(settings.LANGUAGES_BIDI)


def _direction(code: str) -> str:
    return "rtl" if code in RTL_LANGUAGES else "ltr"


def _row(entry: GlossaryEntry, language: str) -> dict:
    """What the page shows of an entry: the three terms, each marked with its language and
    direction; the definition in the reader's language (English, marked so, when missing); the
    variants to avoid of each language."""
    definition = getattr(entry, f"definition_{language}", "") or ""
    definition_language = language
    if not definition:
        definition, definition_language = entry.definition_en or "", "en"
    return {
        "entry": entry,
        "terms": [
            {"code": code, "name": name, "text": entry.terms()[code], "dir": _direction(code)}
            for code, name in settings.LANGUAGES
            if entry.terms()[code]
        ],
        "definition": definition,
        "definition_lang": definition_language if definition_language != language else "",
        "definition_dir": _direction(definition_language),
        "avoid": [
            {"code": code, "name": name, "dir": _direction(code), "variants": variants}
            for code, name in settings.LANGUAGES
            if (variants := entry.variants_to_avoid(code))
        ],
    }


@members_only
def index(request: HttpRequest) -> HttpResponse:
    form = GlossarySearchForm(request.GET or None)
    filters = form.filters() if request.GET else GlossaryFilters()
    entries = glossary_search(filters) if filters is not None else []
    language = (get_language() or "en").split("-")[0]
    return render(
        request,
        "glossary/index.html",
        {
            "form": form,
            "rows": [_row(entry, language) for entry in entries],
            "searched": bool(request.GET),
            "page_is_rtl": get_language_bidi(),
        },
    )
