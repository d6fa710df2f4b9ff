"""What the portal-wide search finds in the library: each document in each language, with the
text read from that language's file, under the document's visibility."""

from crimex_portal.search.models import SearchDocument
from crimex_portal.search.registry import Indexer, language_entries, register
from library.models import LibraryDocument, LibraryFile


def _document_entries(document: LibraryDocument):
    texts = {version.language: version.text for version in document.files.all()}
    countries = [country.iso_code for country in document.countries.all()]
    return language_entries(
        document,
        title=lambda: document.title,
        fields=("title", "description"),
        extra=lambda language: [texts.get(language, "")],
        url=document.get_absolute_url(),
        visibility=SearchDocument.Visibility.PUBLIC
        if document.is_public
        else SearchDocument.Visibility.MEMBERS,
        country=countries[0] if len(countries) == 1 else "",
        date=document.date,
    )


register(
    Indexer(
        model=LibraryDocument,
        kind="documents",
        queryset=lambda: LibraryDocument.objects.prefetch_related("files", "countries"),
        entries=_document_entries,
        depends_on={LibraryFile: lambda version: [version.document]},
    )
)
