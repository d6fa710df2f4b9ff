"""What each app lets search find. An app registers an Indexer per model in its AppConfig.ready(),
as it registers report builders: search knows no domain app."""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _

# The kinds of result, in the order the search page groups them.
KINDS: dict[str, str] = {
    "sessions": _("Sessions and agenda items"),
    "documents": _("Documents"),
    "plans": _("Action plans"),
    "fiches": _("Fiches and measures"),
    "directory": _("Directory"),
    "glossary": _("Glossary"),
}


@dataclass(frozen=True)
class SearchEntry:
    """An object in one language: what it is called, what it says, where it is shown, and who
    may find it (as its page decides)."""

    language: str
    title: str
    text: str
    url: str
    visibility: str  # SearchDocument.Visibility
    owner_id: int | None = None
    permission: str = ""
    country: str = ""
    date: datetime.date | None = None


@dataclass
class Indexer:
    model: type[models.Model]
    kind: str
    # Every object search may find, with what entries() reads already joined.
    queryset: Callable[[], models.QuerySet]
    entries: Callable[[models.Model], Iterable[SearchEntry]]
    # Other models whose changes change what this model's entries say: model -> the objects of
    # this model to index again.
    depends_on: dict[type[models.Model], Callable[[models.Model], Iterable[models.Model]]] = field(
        default_factory=dict
    )


_indexers: dict[str, Indexer] = {}


def register(indexer: Indexer) -> Indexer:
    if indexer.kind not in KINDS:
        raise ValueError(f"Unknown kind of search result: {indexer.kind}")
    _indexers[indexer.model._meta.label] = indexer
    from crimex_portal.search import signals

    signals.watch(indexer)
    return indexer


def indexer_for(label: str) -> Indexer | None:
    return _indexers.get(label)


def indexers() -> list[Indexer]:
    return list(_indexers.values())


def language_entries(
    instance: models.Model,
    *,
    title: Callable[[], str],
    fields: Iterable[str] = (),
    extra: Callable[[str], Iterable[str]] | None = None,
    url: str,
    visibility: str,
    **common,
) -> list[SearchEntry]:
    """An entry per language that has text of its own (English always): the translated `fields`
    in that language, plus what `extra` adds for it; `title` is called with that language active.
    """
    from django.conf import settings
    from django.utils import translation

    entries = []
    fields = tuple(fields)
    for language, _name in settings.LANGUAGES:
        own = [getattr(instance, f"{name}_{language}", "") or "" for name in fields]
        added = [text for text in (extra(language) if extra else ()) if text]
        if language != "en" and not any(own) and not added:
            continue
        with translation.override(language):
            entry_title = str(title())
        entries.append(
            SearchEntry(
                language=language,
                title=entry_title,
                text="\n".join(part for part in [*own, *added] if part),
                url=url,
                visibility=visibility,
                **common,
            )
        )
    return entries
