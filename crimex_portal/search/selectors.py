"""Reads of the search: what matches a query, among what the asker may find, grouped by kind."""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.db.models import Case, F, FloatField, Q, QuerySet, Value, When
from django.utils.translation import get_language

from crimex_portal.search.models import SearchDocument
from crimex_portal.search.registry import KINDS
from crimex_portal.search.services import CONFIGURATIONS, uses_full_text_search
from crimex_portal.search.snippets import highlighted_snippet
from crimex_portal.text import search_terms

PAGE_SIZE = 20
# Matches ranked before grouping: beyond these, a search is too broad to read anyway.
MATCH_LIMIT = 1000


@dataclass(frozen=True)
class SearchFilters:
    query: str = ""
    kind: str = ""
    country: str = ""
    since: datetime.date | None = None
    until: datetime.date | None = None


@dataclass
class SearchResults:
    page: Page | None = None
    counts: dict[str, int] = field(default_factory=dict)
    total: int = 0


def findable_by(user, members: bool) -> Q:
    """What the asker may find, as the pages decide: public rows for everybody; members' rows for
    members whose session passed both factors; a draft for its author; rows behind a permission
    for those who have it."""
    allowed = Q(visibility=SearchDocument.Visibility.PUBLIC)
    if members:
        allowed |= Q(visibility=SearchDocument.Visibility.MEMBERS)
        allowed |= Q(visibility=SearchDocument.Visibility.OWNER, owner_id=user.pk)
        permissions = user.get_all_permissions()
        if permissions:
            allowed |= Q(
                visibility=SearchDocument.Visibility.PERMISSION, permission__in=permissions
            )
    return allowed


def _parsed_once(text: str, configuration: str):
    """websearch_to_tsquery as an uncorrelated subquery, which PostgreSQL evaluates once per
    statement: called directly, it would parse the query again for every row it ranks."""
    from django.contrib.postgres.search import SearchQuery

    class ParsedOnce(SearchQuery):
        def as_sql(self, compiler, connection, function=None, template=None):
            return "(SELECT websearch_to_tsquery(%s::regconfig, %s))", [configuration, text]

    return ParsedOnce(text, config=configuration)


def _matching(rows: QuerySet, query: str) -> QuerySet:
    terms = search_terms(query)
    if uses_full_text_search():
        from django.contrib.postgres.search import SearchRank

        text = " ".join(terms)
        matches = Q()
        rank_cases = []
        for language, configuration in CONFIGURATIONS.items():
            search_query = _parsed_once(text, configuration)
            matches |= Q(language=language, vector=search_query)
            rank_cases.append(
                When(language=language, then=SearchRank(F("rank_vector"), search_query))
            )
        return rows.filter(matches).annotate(
            rank=Case(*rank_cases, default=Value(0.0), output_field=FloatField())
        )
    # The embedded default: every word somewhere in the normalised text.
    for term in terms:
        rows = rows.filter(normalised__contains=term)
    return rows.annotate(rank=Value(0.0, output_field=FloatField()))


def portal_search(user, *, members: bool, filters: SearchFilters, page_number=1) -> SearchResults:
    if not search_terms(filters.query):
        return SearchResults()
    rows = SearchDocument.objects.filter(findable_by(user, members))
    if filters.country:
        rows = rows.filter(country=filters.country)
    if filters.since:
        rows = rows.filter(date__gte=filters.since)
    if filters.until:
        rows = rows.filter(date__lte=filters.until)
    matched = list(
        _matching(rows, filters.query)
        .order_by("-rank", "kind", "title")
        .values_list("pk", "content_type_id", "object_id", "language", "kind", "rank")[:MATCH_LIMIT]
    )
    reader = get_language()
    best: dict[tuple[int, int], tuple] = {}
    for row in matched:
        key = (row[1], row[2])
        # One result per object: in the reader's language when that version matches too.
        if key not in best or (row[3] == reader and best[key][3] != reader):
            best[key] = row
    results = sorted(best.values(), key=lambda row: -row[5])
    if not uses_full_text_search():
        terms = search_terms(filters.query)
        results = _ranked_without_full_text(results, terms)
    counts = Counter(row[4] for row in results)
    shown = (
        [row for row in results if row[4] == filters.kind]
        if filters.kind
        else _best_of_each_kind_first(results)
    )
    page = Paginator(shown, PAGE_SIZE).get_page(page_number)
    documents = SearchDocument.objects.in_bulk([row[0] for row in page.object_list])
    page.object_list = [
        _result(documents[row[0]], filters.query) for row in page.object_list if row[0] in documents
    ]
    return SearchResults(
        page=page,
        counts={kind: counts[kind] for kind in KINDS if counts[kind]},
        total=len(results),
    )


def _best_of_each_kind_first(results: list[tuple]) -> list[tuple]:
    """The best match of each kind opens the list, then the rest by rank: a session that names
    the word once in its agenda is not buried under twenty fiches that open with it."""
    heads: dict[str, tuple] = {}
    for row in results:
        heads.setdefault(row[4], row)
    chosen = set(map(id, heads.values()))
    return [*heads.values(), *(row for row in results if id(row) not in chosen)]


def _ranked_without_full_text(results: list[tuple], terms: list[str]) -> list[tuple]:
    """Without PostgreSQL: titles that hold the words first, the rest as found."""
    if not results:
        return results
    titles = dict(
        SearchDocument.objects.filter(pk__in=[row[0] for row in results]).values_list("pk", "title")
    )
    from crimex_portal.text import normalise

    def score(row: tuple) -> int:
        title = normalise(titles.get(row[0], ""))
        return sum(term in title for term in terms)

    return sorted(results, key=lambda row: -score(row))


@dataclass(frozen=True)
class SearchResult:
    kind: str
    kind_label: str
    title: str
    url: str
    language: str
    snippet: str
    date: datetime.date | None


def _in_reader_language(url: str) -> str:
    """Rows hold the English page's address (no path of ours is translated, only prefixed): the
    reader goes to the page in their own language."""
    english = "/en/"
    return f"/{get_language()}/{url[len(english) :]}" if url.startswith(english) else url


def _result(row: SearchDocument, query: str) -> SearchResult:
    return SearchResult(
        kind=row.kind,
        kind_label=str(KINDS.get(row.kind, row.kind)),
        title=row.title,
        url=_in_reader_language(row.url),
        language=row.language,
        snippet=highlighted_snippet(row.text or row.title, search_terms(query)),
        date=row.date,
    )
