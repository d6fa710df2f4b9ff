from django.db.models import Prefetch, QuerySet

from directory.models import Country, Organisation


def countries_with_organisations() -> QuerySet[Country]:
    """Every country, in the active language's alphabetical order, with its national bodies."""
    return Country.objects.order_by("group", "name").prefetch_related(
        Prefetch("organisations", queryset=Organisation.objects.order_by("name"))
    )


def international_organisations() -> QuerySet[Organisation]:
    return Organisation.objects.filter(country__isnull=True).order_by("name")
