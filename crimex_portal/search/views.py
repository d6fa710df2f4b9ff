from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.functional import SimpleLazyObject

from crimex_portal.search.forms import SearchForm
from crimex_portal.search.registry import KINDS
from crimex_portal.search.selectors import SearchFilters, portal_search
from directory.models import Country
from sessions.selectors import can_see_members_content


def search(request: HttpRequest) -> HttpResponse:
    form = SearchForm(request.GET or None, countries=Country.objects.order_by("name"))
    filters = SearchFilters()
    if form.is_valid():
        data = form.cleaned_data
        filters = SearchFilters(
            query=data["q"],
            kind=data["kind"],
            country=data["country"],
            since=data["since"],
            until=data["until"],
        )
    members = can_see_members_content(request)

    def found() -> dict:
        results = portal_search(
            request.user, members=members, filters=filters, page_number=request.GET.get("page")
        )
        counts = [(kind, KINDS[kind], count) for kind, count in results.counts.items()]
        return {"results": results, "kind_counts": counts}

    query = request.GET.copy()
    query.pop("page", None)
    context = {
        # Searched only when the page's fragment is not cached (templates/search/results.html).
        "found": SimpleLazyObject(found),
        "form": form,
        "filters": filters,
        "members": members,
        "query_string": query.urlencode(),
        "filtered": bool(filters.kind or filters.country or filters.since or filters.until),
    }
    return render(request, "search/results.html", context)
