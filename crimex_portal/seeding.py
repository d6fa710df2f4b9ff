"""What every app's seed loader shares: idempotent upserts of translated content."""

from collections import Counter
from collections.abc import Mapping
from typing import Any

from django.conf import settings
from django.db import models


def translated(field: str, texts: Mapping[str, str]) -> dict[str, str]:
    """{"en": "Morocco", "fr": "Maroc"} -> {"name_en": "Morocco", "name_fr": "Maroc", ...}."""
    unknown = set(texts) - {code for code, _name in settings.LANGUAGES}
    if unknown:
        raise ValueError(f"Unknown languages for {field}: {sorted(unknown)}")
    return {f"{field}_{code}": text for code, text in texts.items()}


def upsert(
    model: type[models.Model],
    *,
    lookup: Mapping[str, Any],
    values: Mapping[str, Any],
    tally: Counter,
) -> models.Model:
    """Create the row, or update it only where it differs, so a second run writes nothing."""
    instance = model._default_manager.filter(**lookup).first()
    if instance is None:
        instance = model(**lookup, **values)
        instance.full_clean()
        instance.save()
        tally[f"{model._meta.verbose_name_plural} created"] += 1
        return instance
    changed = [name for name, value in values.items() if getattr(instance, name) != value]
    if changed:
        for name in changed:
            setattr(instance, name, values[name])
        instance.full_clean()
        instance.save()
        tally[f"{model._meta.verbose_name_plural} updated"] += 1
    else:
        tally[f"{model._meta.verbose_name_plural} unchanged"] += 1
    return instance


def set_links(manager, wanted: list) -> bool:
    """Sets a many-to-many relation; says whether it had to change."""
    if set(manager.values_list("pk", flat=True)) == {item.pk for item in wanted}:
        return False
    manager.set(wanted)
    return True
