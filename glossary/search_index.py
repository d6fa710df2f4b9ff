"""What the portal-wide search finds in the glossary (members only, as its page): each term in
each language, with its definition and the variants to avoid."""

from django.urls import reverse

from crimex_portal.search.models import SearchDocument
from crimex_portal.search.registry import Indexer, language_entries, register
from glossary.models import GlossaryEntry


def _entry_entries(entry: GlossaryEntry):
    return language_entries(
        entry,
        title=lambda: entry.term,
        fields=("term", "definition", "avoid"),
        url=f"{reverse('glossary:index')}#term-{entry.slug}",
        visibility=SearchDocument.Visibility.MEMBERS,
    )


register(
    Indexer(
        model=GlossaryEntry,
        kind="glossary",
        queryset=lambda: GlossaryEntry.objects.all(),
        entries=_entry_entries,
    )
)
