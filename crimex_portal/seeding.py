"""What every app's seed loader shares: rows written once, then left to the people who edit them.

load_seed_content may run again at any time (after an upgrade, or by mistake). It creates what is
missing and updates a row it wrote only while that row is exactly as it left it: a SeededRow keeps,
per row, the fields the seed wrote and a fingerprint of their values. A row changed, added or
deleted in the portal stays so, and the run says what it kept. `load_seed_content --reset`
(SeedTally(reset=True)) overwrites the changed rows with the seed's values and re-creates the
deleted ones; it lists them first. Rows people added are never deleted.
"""

import datetime
import decimal
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models, router, transaction
from django.db.models.deletion import Collector, ProtectedError, RestrictedError

from crimex_portal.pages.models import SeededRow
from crimex_portal.text import french_typography

# Why a run left a row as it found it, as the run's report says it.
EDITED = "edited"
ADDED = "added"
DELETED = "deleted"
IN_USE = "in use"
KEPT_SENTENCES = {
    EDITED: "kept {count} {rows} edited in the portal",
    ADDED: "kept {count} {rows} added in the portal",
    DELETED: "did not re-create {count} {rows} deleted in the portal",
    IN_USE: "kept {count} {rows} no longer in the seed but still in use",
}
# Outcomes that write to the database; "unchanged" does not.
WRITES = ("created", "updated", "restored", "removed")


class SeedTally(Counter):
    """What a run did: "<rows> <outcome>" counts, the rows it kept, and (with reset) the rows it
    overwrote, one line each."""

    def __init__(self, *, reset: bool = False) -> None:
        super().__init__()
        self.reset = reset
        self.kept: Counter = Counter()  # (verbose name, plural, reason) -> rows
        self.overwrites: list[str] = []
        self._records: dict[str, SeededRow] | None = None
        self._records_by_object: dict[tuple[int, int], SeededRow] | None = None

    def count(self, model: type[models.Model], outcome: str) -> None:
        self[f"{model._meta.verbose_name_plural} {outcome}"] += 1

    def keep(self, model: type[models.Model], reason: str) -> None:
        meta = model._meta
        self.kept[str(meta.verbose_name), str(meta.verbose_name_plural), reason] += 1

    @property
    def changed(self) -> int:
        return sum(count for what, count in self.items() if what.endswith(WRITES))

    def kept_sentences(self) -> list[str]:
        return [
            KEPT_SENTENCES[reason].format(count=count, rows=singular if count == 1 else plural)
            for (singular, plural, reason), count in sorted(self.kept.items())
        ]

    # One query for every record of a run, rather than one per row.
    def records(self) -> dict[str, SeededRow]:
        if self._records is None:
            self._records = {record.key: record for record in SeededRow.objects.all()}
        return self._records

    def record_of(self, instance: models.Model) -> SeededRow | None:
        if self._records_by_object is None:
            self._records_by_object = {
                (record.content_type_id, record.object_id): record
                for record in self.records().values()
            }
        content_type = ContentType.objects.get_for_model(instance)
        return self._records_by_object.get((content_type.pk, instance.pk))

    def remember(self, record: SeededRow) -> None:
        self.records()[record.key] = record
        if self._records_by_object is not None:
            self._records_by_object[record.content_type_id, record.object_id] = record


def translated(field: str, texts: Mapping[str, str]) -> dict[str, str]:
    """{"en": "Morocco", "fr": "Maroc"} -> {"name_en": "Morocco", "name_fr": "Maroc", ...}; the
    French with its narrow no-break spaces before ; : ! ? and inside « »."""
    unknown = set(texts) - {code for code, _name in settings.LANGUAGES}
    if unknown:
        raise ValueError(f"Unknown languages for {field}: {sorted(unknown)}")
    return {
        f"{field}_{code}": french_typography(text) if code == "fr" and text else text
        for code, text in texts.items()
    }


# --- Fingerprints ---------------------------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A value as JSON holds it, the same whether it comes from the seed or from the database."""
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value.normalize())
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _hash(values: Mapping[str, Any]) -> str:
    text = json.dumps(values, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


# --- Ordered many-to-many relations --------------------------------------------------------------
# A relation whose through model has a "position" (an action's participating entities) keeps the
# order the seed lists its rows in. Its value is the keys in that order; while no row has a
# position yet (written before the relation was ordered), the sorted keys, as before.


def _ordered_through(field: models.Field) -> tuple[type[models.Model], str, str] | None:
    """(through model, its field to the row, its field to the linked rows) of an ordered
    relation; None for a plain one."""
    through = field.remote_field.through
    if through._meta.auto_created or "position" not in {f.name for f in through._meta.fields}:
        return None
    return through, field.m2m_field_name(), field.m2m_reverse_field_name()


def linked_keys(instance: models.Model, name: str) -> list:
    field = instance._meta.get_field(name)
    ordered = _ordered_through(field)
    if ordered is None:
        return sorted(getattr(instance, name).values_list("pk", flat=True))
    through, source, target = ordered
    rows = list(
        through._default_manager.filter(**{source: instance})
        .order_by("position", "pk")
        .values_list(through._meta.get_field(target).attname, "position")
    )
    if all(position == 0 for _key, position in rows):
        return sorted(key for key, _position in rows)
    return [key for key, _position in rows]


def set_in_order(instance: models.Model, name: str, items: Iterable[models.Model]) -> None:
    """Links these rows, in this order (positions 1, 2, ...); a plain relation is just set."""
    items = list(items)
    field = instance._meta.get_field(name)
    ordered = _ordered_through(field)
    if ordered is None:
        getattr(instance, name).set(items)
        return
    through, source, target = ordered
    target_key = through._meta.get_field(target).attname
    links = through._default_manager.filter(**{source: instance})
    links.exclude(**{f"{target_key}__in": [item.pk for item in items]}).delete()
    existing = {getattr(link, target_key): link for link in links}
    for position, item in enumerate(items, start=1):
        link = existing.get(item.pk)
        if link is None:
            through._default_manager.create(
                **{source: instance, target: item, "position": position}
            )
        elif link.position != position:
            link.position = position
            link.save(update_fields=["position"])


def _number_unordered_links(instance: models.Model, links: Mapping[str, list]) -> None:
    """Rows linked before their relation was ordered get their positions in the order the seed
    lists them, when they are the rows the seed lists: the relation's value stays the same (the
    same keys), what the pages show follows the seed. Edited rows too: nobody could order them."""
    for name, items in links.items():
        ordered = _ordered_through(instance._meta.get_field(name))
        if ordered is None:
            continue
        through, source, target = ordered
        links = through._default_manager.filter(**{source: instance})
        if not links.filter(position=0).exists():
            continue
        linked = set(links.values_list(through._meta.get_field(target).attname, flat=True))
        if linked == {item.pk for item in items}:  # people chose these rows, never an order
            set_in_order(instance, name, items)


def _is_ordered(model: type[models.Model], name: str) -> bool:
    field = model._meta.get_field(name)
    return field.many_to_many and _ordered_through(field) is not None


def current_values(instance: models.Model, names: Iterable[str]) -> dict[str, Any]:
    """The row's values of these fields; many-to-many relations as the sorted keys of their rows
    (ordered relations: in their order)."""
    values = {}
    for name in names:
        field = instance._meta.get_field(name)
        if field.many_to_many:
            values[name] = linked_keys(instance, name)
        elif field.is_relation:
            values[name] = getattr(instance, field.attname)
        else:
            values[name] = _plain(getattr(instance, name))
    return values


def _matches(instance: models.Model, record: SeededRow) -> bool:
    return _hash(current_values(instance, record.fields)) == record.fingerprint


def _record_for(
    instance: models.Model,
    key: str,
    names: list[str],
    fingerprint: str,
    record: SeededRow | None = None,
) -> SeededRow:
    record = record or SeededRow.objects.filter(key=key).first() or SeededRow(key=key)
    record.content_type = ContentType.objects.get_for_model(instance)
    record.object_id = instance.pk
    record.fields = names
    record.fingerprint = fingerprint
    record.save()
    return record


def seed_key(model: type[models.Model], lookup: Mapping[str, Any]) -> str:
    """Names a seeded row by what the seed looks it up with, e.g.
    "crimex_sessions.agendaitem:date=2018-01-24;session=crimex_sessions.session#3;start_time=...".
    The key keeps naming the row after a person changes those values in the portal."""
    parts = ";".join(
        f"{name}={value._meta.label_lower}#{value.pk}"
        if isinstance(value, models.Model)
        else f"{name}={_plain(value)}"
        for name, value in sorted(lookup.items())
    )
    key = f"{model._meta.label_lower}:{parts}"
    if len(key) > SeededRow._meta.get_field("key").max_length:
        key = f"{model._meta.label_lower}:sha256={hashlib.sha256(parts.encode()).hexdigest()}"
    return key


def seeded_values_unchanged(instance: models.Model) -> bool:
    """Whether the row is exactly as the seed last wrote it. False for a seeded row changed in the
    portal since, and for a row the seed never wrote: an import that may only update rows nobody
    touched asks this first, then calls record_seeded() after writing."""
    record = (
        SeededRow.objects.filter(
            content_type=ContentType.objects.get_for_model(instance), object_id=instance.pk
        )
        .order_by("pk")
        .first()
    )
    return record is not None and _matches(instance, record)


def record_seeded(instance: models.Model, fields: Iterable[str], *, key: str = "") -> SeededRow:
    """Notes that the seed has just written these fields of the row (their current values)."""
    names = sorted(fields)
    key = key or seed_key(type(instance), {"pk": instance.pk})
    return _record_for(instance, key, names, _hash(current_values(instance, names)))


# --- Writing rows ---------------------------------------------------------------------------------


def _shown(value: Any) -> str:
    if isinstance(value, models.Model):
        return str(value)
    if isinstance(value, list | tuple | models.QuerySet):
        return "[" + ", ".join(_shown(item) for item in value) + "]"
    if isinstance(value, str):
        text = " ".join(value.split())
        return f"“{text[:47]}…”" if len(text) > 48 else f"“{text}”"
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    return "—" if value is None else str(_plain(value))


def _row_name(instance: models.Model) -> str:
    try:
        name = str(instance)
    except (AttributeError, ValueError, models.ObjectDoesNotExist):
        name = "#" + str(instance.pk)
    return f"{instance._meta.verbose_name} {_shown(name)}"


def _differences(
    instance: models.Model,
    current: Mapping[str, Any],
    wanted: Mapping[str, Any],
    links: Mapping[str, list],
) -> str:
    """'start: 09:30 → 09:00; title [fr]: “…” → “…”', as --reset announces it."""
    changes = []
    for name in sorted(current):
        if current[name] == _plain_wanted(type(instance), name, wanted, links):
            continue
        field = instance._meta.get_field(name)
        if field.many_to_many:
            before, after = list(getattr(instance, name).all()), links[name]
        else:
            before, after = getattr(instance, name), wanted[name]
        changes.append(f"{field.verbose_name}: {_shown(before)} → {_shown(after)}")
    return "; ".join(changes)


def _plain_wanted(
    model: type[models.Model], name: str, wanted: Mapping[str, Any], links: Mapping[str, list]
) -> Any:
    if name in links:
        keys = [item.pk for item in links[name]]
        return keys if _is_ordered(model, name) else sorted(keys)
    return _plain(wanted[name])


def _write(
    instance: models.Model, values: Mapping[str, Any], links: Mapping[str, list]
) -> models.Model:
    for name, value in values.items():
        setattr(instance, name, value)
    try:
        instance.full_clean()
    except ValidationError as error:  # say which row, for the command's message
        raise ValidationError(f"{_row_name(instance)}: {'; '.join(error.messages)}") from error
    instance.save()
    for name, items in links.items():
        set_in_order(instance, name, items)
    return instance


def upsert(
    model: type[models.Model],
    *,
    lookup: Mapping[str, Any],
    values: Mapping[str, Any],
    tally: SeedTally,
    links: Mapping[str, Iterable[models.Model]] | None = None,
    initial: Mapping[str, Any] | None = None,
    key: str = "",
) -> models.Model | None:
    """Creates the row, or updates it while it is as the seed left it; says which in the tally.

    `lookup` finds the row the first time (and belongs to what the seed writes), `links` are
    many-to-many relations the seed sets, `initial` values are written only when the row is
    created (dates relative to the day of the first run, for instance) and never watched. Returns
    None for a row deleted in the portal, which a plain run does not re-create.
    """
    links = {name: list(items) for name, items in (links or {}).items()}
    wanted = {**lookup, **values}
    names = sorted([*wanted, *links])
    wanted_plain = {name: _plain_wanted(model, name, wanted, links) for name in names}
    fingerprint = _hash(wanted_plain)
    key = key or seed_key(model, lookup)
    record = tally.records().get(key)

    if record is not None:
        instance = model._default_manager.filter(pk=record.object_id).first()
        if instance is None and not tally.reset:
            tally.keep(model, DELETED)
            return None
    else:
        instance = model._default_manager.filter(**lookup).first()
        if instance is not None and values.get("is_demo") and not getattr(instance, "is_demo", 1):
            # Real content (a session, a fiche) holds the place of demo content: it is never taken
            # for demo content, not even by --reset.
            tally.keep(model, ADDED)
            return None

    if instance is None:
        instance = _write(model(**(initial or {})), wanted, links)
        if record is not None:
            tally.overwrites.append(f"{_row_name(instance)}: re-created (deleted in the portal)")
        tally.count(model, "restored" if record is not None else "created")
    else:
        current = current_values(instance, names)
        if current == wanted_plain:
            tally.count(model, "unchanged")
            _number_unordered_links(instance, links)
            if record is not None and record.fingerprint == fingerprint:
                return instance
        elif record is not None and (
            _hash(current) == record.fingerprint
            if record.fields == names
            else _matches(instance, record)  # the seed writes other fields than it did then
        ):
            _write(instance, wanted, links)
            tally.count(model, "updated")
        elif tally.reset:
            changes = _differences(instance, current, wanted, links)
            tally.overwrites.append(f"{_row_name(instance)}: {changes}")
            _write(instance, wanted, links)
            tally.count(model, "restored")
        else:
            tally.keep(model, EDITED)
            _number_unordered_links(instance, links)
            if record is not None:
                return instance
            # Found by its lookup and never recorded (seeded before fingerprints, or made in the
            # portal): from now on it counts as edited, until --reset.
    tally.remember(_record_for(instance, key, names, fingerprint, record))
    return instance


def settle_leftovers(rows: models.QuerySet, written: Iterable[int], tally: SeedTally) -> None:
    """The rows of a list the seed owns (a session's agenda, a plan's actions) that this run did not
    write. Added in the portal, or seeded then edited: kept. Seeded, untouched and no longer in the
    seed: removed, unless deleting it would take other rows with it."""
    written = set(written)
    for row in rows.exclude(pk__in=written):
        record = tally.record_of(row)
        if record is None:
            tally.keep(type(row), ADDED)
        elif not _matches(row, record):
            tally.keep(type(row), EDITED)
        elif _takes_other_rows(row):
            tally.keep(type(row), IN_USE)
        else:
            row.delete()
            record.delete()
            tally.count(type(row), "removed")


def _takes_other_rows(row: models.Model) -> bool:
    collector = Collector(using=router.db_for_write(type(row)))
    try:
        collector.collect([row])
    except (ProtectedError, RestrictedError):
        return True
    if any(
        not model._meta.auto_created and any(item != row for item in items)
        for model, items in collector.data.items()
    ):
        return True
    return any(
        not queryset.model._meta.auto_created and queryset.exists()
        for queryset in collector.fast_deletes
    )


@transaction.atomic
def run_loaders(loaders: Iterable, tally: SeedTally) -> SeedTally:
    from crimex_portal.search.models import SearchDocument
    from crimex_portal.search.services import rebuild_index
    from crimex_portal.search.signals import paused

    # One rebuild of the search index at the end, rather than a task per seeded row.
    with paused():
        for loader in loaders:
            loader(tally)
    if tally.changed or not SearchDocument.objects.exists():
        rebuild_index()
    return tally
