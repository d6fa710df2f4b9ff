from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.functional import SimpleLazyObject

from crimex_portal.accounts.decorators import members_gate
from crimex_portal.downloads import private_file_download
from library.forms import LibraryFilterForm
from library.models import LibraryDocument
from library.selectors import (
    LibraryFilters,
    document_for_page,
    file_for_download,
    library_countries,
    library_page,
)
from sessions.selectors import can_see_members_content

PAGE_SIZE = 24


def index(request: HttpRequest) -> HttpResponse:
    countries = list(library_countries())
    form = LibraryFilterForm(request.GET or None, countries=countries)
    filters = LibraryFilters(**form.cleaned_data) if form.is_valid() else LibraryFilters()
    page = SimpleLazyObject(
        lambda: Paginator(library_page(request, filters), PAGE_SIZE).get_page(
            request.GET.get("page")
        )
    )
    query = request.GET.copy()
    query.pop("page", None)
    # The documents are read only when the page's fragment is not cached (library/index.html).
    context = {
        "form": form,
        "page": page,
        "query": query.urlencode(),
        "filtered": filters != LibraryFilters(),
        "members_view": can_see_members_content(request),
    }
    return render(request, "library/index.html", context)


def document(request: HttpRequest, pk: int) -> HttpResponse:
    found = document_for_page(request, pk)
    if found is None:
        # A members' document asked for by a visitor, or before the second factor: log in first.
        if LibraryDocument.objects.filter(pk=pk).exclude(visibility="public").exists():
            refusal = members_gate(request)
            if refusal:
                return refusal
        raise Http404
    return render(request, "library/document.html", {"document": found})


def file_download(request: HttpRequest, pk: int) -> HttpResponse:
    library_file = file_for_download(pk)
    if library_file is None or not library_file.file:
        raise Http404
    return private_file_download(
        request,
        library_file.file,
        target=library_file,
        label="library document",
        public=library_file.document.is_public,
    )
