from django.db.models import Case, Prefetch, QuerySet, Value, When

from directory.models import Country, Organisation

GROUP_ORDER = [Country.Group.SOUTH_PARTNER, Country.Group.EU_MEMBER_STATE, Country.Group.OTHER]


def countries_with_organisations() -> QuerySet[Country]:
    """Every country with its national bodies: South Partner Countries first, then EU Member
    States, then the others, each in the active language's alphabetical order."""
    group_rank = Case(
        *(When(group=group, then=Value(rank)) for rank, group in enumerate(GROUP_ORDER)),
        default=Value(len(GROUP_ORDER)),
    )
    return Country.objects.order_by(group_rank, "name").prefetch_related(
        Prefetch("organisations", queryset=Organisation.objects.order_by("name"))
    )


def international_organisations() -> QuerySet[Organisation]:
    return Organisation.objects.filter(country__isnull=True).order_by("name")
