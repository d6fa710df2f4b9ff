"""What changed on a record, from what to what: the history kept for contacts and fiches."""

from django.db import models
from django.forms.models import model_to_dict

# The first of these an item has names it in a history, whatever the reader's language.
NATURAL_KEYS = ("code", "slug", "iso_code", "acronym")


def natural_key(item: models.Model) -> str:
    return next((getattr(item, key) for key in NATURAL_KEYS if hasattr(item, key)), str(item.pk))


def snapshot(instance: models.Model, names) -> dict:
    """The named fields' values; many-to-many fields as the sorted keys of their items."""
    data = model_to_dict(instance, fields=list(names))
    for name, value in data.items():
        if isinstance(value, list | tuple | models.QuerySet):
            data[name] = sorted(natural_key(item) for item in value)
    return data


def differences(before: dict, after: dict) -> dict:
    return {name: [before[name], after[name]] for name in before if before[name] != after[name]}
