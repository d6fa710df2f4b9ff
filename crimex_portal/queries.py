"""Query pieces every app's selectors share."""

from django.db import models
from django.db.models import Exists, OuterRef


def has_related(model: type[models.Model], relation: str, **lookup) -> Exists:
    """EXISTS (a row linked through the many-to-many `relation` that matches `lookup`): filters
    on a many-to-many field that never list a row twice, as a join would."""
    field = model._meta.get_field(relation)
    links = field.remote_field.through.objects.filter(
        **{f"{field.m2m_field_name()}_id": OuterRef("pk")}
    )
    target = field.m2m_reverse_field_name()
    return Exists(links.filter(**{f"{target}__{name}": value for name, value in lookup.items()}))
