"""Writes of the search index: one object, or everything."""

from collections.abc import Iterable

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import translation

from crimex_portal.search.models import SearchDocument
from crimex_portal.search.registry import Indexer, indexer_for, indexers
from crimex_portal.text import normalise

# PostgreSQL's text search configuration per language: its stemming and stop words.
CONFIGURATIONS = {"en": "english", "fr": "french", "ar": "arabic"}
TEXT_LIMIT = 1_000_000  # characters of one row's text: tsvector's limit is 1 MB
OPENING = 500  # characters: the title and the first lines, which rank a result


def uses_full_text_search() -> bool:
    return connection.vendor == "postgresql"


def _rows(indexer: Indexer, objects: Iterable) -> list[SearchDocument]:
    content_type = ContentType.objects.get_for_model(indexer.model)
    rows = []
    for instance in objects:
        with translation.override("en"):  # URLs of the English pages; shown in the reader's
            entries = list(indexer.entries(instance))
        for entry in entries:
            text = entry.text[:TEXT_LIMIT]
            rows.append(
                SearchDocument(
                    content_type=content_type,
                    object_id=instance.pk,
                    language=entry.language,
                    kind=indexer.kind,
                    title=entry.title[:500],
                    text=text,
                    normalised=normalise(f"{entry.title} {text}"),
                    url=entry.url,
                    visibility=entry.visibility,
                    owner_id=entry.owner_id,
                    permission=entry.permission,
                    country=entry.country,
                    date=entry.date,
                )
            )
    return rows


def _write_vectors(ids: list[int]) -> None:
    """The full-text vectors of the rows, each in its language's configuration: the whole text
    for matching, where the title and opening weigh more; the opening alone for ranking."""
    if not uses_full_text_search() or not ids:
        return
    from django.contrib.postgres.search import SearchVector
    from django.db.models.functions import Left

    for language, configuration in CONFIGURATIONS.items():
        SearchDocument.objects.filter(pk__in=ids, language=language).update(
            vector=SearchVector(Left("normalised", OPENING), weight="A", config=configuration)
            + SearchVector("normalised", weight="B", config=configuration),
            rank_vector=SearchVector(Left("normalised", OPENING), config=configuration),
        )


@transaction.atomic
def object_index(*, label: str, pk: int) -> int:
    """The rows of one object, written again from what it says now; none when it is gone or
    search may no longer find it. Returns how many rows it has."""
    indexer = indexer_for(label)
    if indexer is None:
        return 0
    content_type = ContentType.objects.get_for_model(indexer.model)
    SearchDocument.objects.filter(content_type=content_type, object_id=pk).delete()
    rows = SearchDocument.objects.bulk_create(_rows(indexer, indexer.queryset().filter(pk=pk)))
    _write_vectors([row.pk for row in rows])
    return len(rows)


@transaction.atomic
def rebuild_index(batch: int = 500) -> dict[str, int]:
    """Every row written again from the content: after a seed load, a restore, or a change to
    what an indexer writes. Returns the rows per model."""
    SearchDocument.objects.all().delete()
    written: dict[str, int] = {}
    for indexer in indexers():
        if not apps.is_installed(indexer.model._meta.app_config.name):
            continue
        count = 0
        objects = indexer.queryset().order_by("pk")
        pending: list = []
        for instance in objects.iterator(chunk_size=batch):
            pending.append(instance)
            if len(pending) >= batch:
                count += _store(indexer, pending)
                pending = []
        count += _store(indexer, pending)
        written[indexer.model._meta.label] = count
    return written


def _store(indexer: Indexer, objects: list) -> int:
    if not objects:
        return 0
    rows = SearchDocument.objects.bulk_create(_rows(indexer, objects))
    _write_vectors([row.pk for row in rows])
    return len(rows)
