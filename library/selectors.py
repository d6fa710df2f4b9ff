"""Reads of the library: what a visitor or a member may see, with its files."""

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest

from directory.models import Country
from library.models import LibraryDocument, LibraryFile
from sessions.selectors import can_see_members_content


@dataclass(frozen=True)
class LibraryFilters:
    kind: str = ""
    country: str = ""  # ISO code
    language: str = ""


def documents_visible_to(request: HttpRequest) -> QuerySet[LibraryDocument]:
    """Public documents for everybody; members' documents too for members whose session has
    shown the second factor."""
    documents = LibraryDocument.objects.all()
    if not can_see_members_content(request):
        documents = documents.public()
    return documents


def _with_files_and_countries(documents: QuerySet[LibraryDocument]) -> QuerySet:
    files = LibraryFile.objects.defer("text").order_by("language")
    return documents.prefetch_related(
        Prefetch("files", queryset=files),
        Prefetch("countries", queryset=Country.objects.order_by("name")),
    )


def library_page(request: HttpRequest, filters: LibraryFilters) -> QuerySet[LibraryDocument]:
    documents = documents_visible_to(request)
    if filters.kind:
        documents = documents.filter(kind=filters.kind)
    if filters.country:
        documents = documents.filter(countries__iso_code=filters.country)
    if filters.language:
        documents = documents.filter(files__language=filters.language)
    return _with_files_and_countries(documents.distinct())


def library_countries() -> QuerySet[Country]:
    """The countries some library document concerns: the country filter's choices."""
    return Country.objects.filter(
        pk__in=LibraryDocument.countries.through.objects.values("country_id")
    ).order_by("name")


def document_for_page(request: HttpRequest, pk: int) -> LibraryDocument | None:
    documents = _with_files_and_countries(documents_visible_to(request)).prefetch_related(
        "sessions", "actions__goal__plan"
    )
    return documents.filter(pk=pk).first()


def file_for_download(pk: int) -> LibraryFile | None:
    """The file with its document, whose visibility says who may download it."""
    return LibraryFile.objects.select_related("document").filter(pk=pk).first()
