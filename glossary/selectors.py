from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q, QuerySet

from directory.search import search_terms
from glossary.models import GlossaryEntry


@dataclass(frozen=True)
class GlossaryFilters:
    query: str = ""
    domain: str = ""


def glossary_search(filters: GlossaryFilters) -> QuerySet[GlossaryEntry]:
    """The entries whose term or variants, in any language, contain every word of the query
    (accents, case, Arabic vowel marks and hamza forms ignored), in the reader's alphabetical
    order of the term."""
    entries = GlossaryEntry.objects.all()
    for term in search_terms(filters.query):
        entries = entries.filter(search_text__contains=term)
    if filters.domain:
        entries = entries.filter(domain=filters.domain)
    # modeltranslation reads "term" as the active language's column.
    return entries.order_by("term", "slug")


def coverage() -> dict[str, tuple[int, int]]:
    """Per language: how many of the glossary's entries have their preferred term in it, out of
    all entries (translation_status prints it)."""
    languages = [code for code, _name in settings.LANGUAGES]
    counts = GlossaryEntry.objects.aggregate(
        total=Count("pk"),
        **{
            code: Count(
                "pk", filter=Q(**{f"term_{code}__isnull": False}) & ~Q(**{f"term_{code}": ""})
            )
            for code in languages
        },
    )
    return {code: (counts[code], counts["total"]) for code in languages}
