"""What changed on a record, from what to what: the history kept for contacts and fiches."""

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.forms.models import model_to_dict
from django.utils.text import capfirst
from django.utils.translation import gettext as _

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


def field_label(model: type[models.Model], name: str) -> str:
    """A changed field as the reader says it, in the reader's language: "Execution deadline
    (English)" for execution_deadline_en."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return name
    language = getattr(field, "language", None)  # modeltranslation's field of one language
    if not language:
        return capfirst(str(field.verbose_name))
    return _("%(field)s (%(language)s)") % {
        "field": capfirst(str(field.translated_field.verbose_name)),
        "language": dict(settings.LANGUAGES)[language],  # the catalogue's name, its case
    }
