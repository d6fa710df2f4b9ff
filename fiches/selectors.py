import datetime
from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone

from crimex_portal.collation import localized_order
from crimex_portal.queries import has_related
from directory.models import Contact, Country
from directory.selectors import contacts_visible_to, with_relations
from fiches.models import REVIEW_CYCLE_DAYS, Fiche, FicheEditorAssignment, Measure, MeasureGroup

# Besides a measure's own contact points, whom the Atlas always lists for the country.
COUNTRY_CONTACT_POINT_ROLES = (
    "central-authority",
    "emj-contact-point",
    "ejn-contact-point",
    "eurojust-contact-point",
)
MAX_COMPARED = 3


def with_fiche_relations(fiches: QuerySet[Fiche]) -> QuerySet[Fiche]:
    return fiches.select_related(
        "country",
        "measure__group",
        "receiving_authority__country",
        "executing_authority__country",
        "alternative_measure",
        "last_reviewed_by__organisation",
    ).prefetch_related("accepted_languages", "channels", "instruments")


def countries_edited_by(user) -> frozenset[int]:
    """Ids of the countries PMT staff made `user` a fiche editor of; read once per request."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_fiche_editor_country_ids", None)
    if cached is None:
        cached = frozenset(
            FicheEditorAssignment.objects.filter(user=user).values_list("country_id", flat=True)
        )
        user._fiche_editor_country_ids = cached
    return cached


def measure_groups() -> QuerySet[MeasureGroup]:
    """Every group with its measures, and how many fiches each measure has."""
    measures = Measure.objects.annotate(fiche_count=Count("fiches")).order_by("order", "code")
    return MeasureGroup.objects.prefetch_related(Prefetch("measures", queryset=measures))


def countries_with_fiches() -> QuerySet[Country]:
    return (
        Country.objects.annotate(
            fiche_count=Count("fiches"),
            not_applicable_count=Count(
                "fiches", filter=Q(fiches__applicability=Fiche.Applicability.NOT_APPLICABLE)
            ),
        )
        .filter(fiche_count__gt=0)
        .order_by(localized_order(Country, "name"))
    )


def measures_in_order() -> QuerySet[Measure]:
    return Measure.objects.select_related("group").order_by("group__order", "order", "code")


def fiche_for(iso_code: str, measure_code: str) -> Fiche:
    return with_fiche_relations(Fiche.objects.all()).get(
        country__iso_code=iso_code.upper(), measure__code=measure_code
    )


def fiche_history(fiche: Fiche):
    return fiche.revisions.select_related("changed_by")


def country_fiches_by_group(country: Country) -> list[tuple[MeasureGroup, list]]:
    """Every measure of every group, each with the country's fiche or None: a country's page
    shows the measures nobody has described yet too."""
    fiches = {
        fiche.measure_id: fiche
        for fiche in with_fiche_relations(Fiche.objects.filter(country=country))
    }
    groups = MeasureGroup.objects.prefetch_related(
        Prefetch("measures", queryset=Measure.objects.order_by("order", "code"))
    )
    return [
        (group, [(measure, fiches.get(measure.pk)) for measure in group.measures.all()])
        for group in groups
    ]


@dataclass(frozen=True)
class FicheFilters:
    country: str = ""
    group: str = ""
    measure: str = ""
    language: str = ""
    applicability: str = ""
    channel: str = ""


def fiche_search(filters: FicheFilters) -> QuerySet[Fiche]:
    """All filters combine: e.g. the countries that accept requests in French for a measure, or
    every measure that is not applicable somewhere."""
    fiches = Fiche.objects.all()
    if filters.country:
        fiches = fiches.filter(country__iso_code=filters.country)
    if filters.group:
        fiches = fiches.filter(measure__group__code=filters.group)
    if filters.measure:
        fiches = fiches.filter(measure__code=filters.measure)
    if filters.applicability:
        fiches = fiches.filter(applicability=filters.applicability)
    # EXISTS rather than joins, so that a fiche is never listed twice.
    if filters.language:
        fiches = fiches.filter(has_related(Fiche, "accepted_languages", code=filters.language))
    if filters.channel:
        fiches = fiches.filter(has_related(Fiche, "channels", code=filters.channel))
    return with_fiche_relations(fiches).order_by(
        "measure__group__order",
        "measure__order",
        "measure__code",
        localized_order(Fiche, "country__name"),
    )


def comparison(measure: Measure, iso_codes: list[str]) -> list[tuple[Country, Fiche | None]]:
    """The chosen countries in the order chosen, each with its fiche for the measure or None."""
    countries = {c.iso_code: c for c in Country.objects.filter(iso_code__in=iso_codes)}
    fiches = {
        fiche.country.iso_code: fiche
        for fiche in with_fiche_relations(
            Fiche.objects.filter(measure=measure, country__iso_code__in=iso_codes)
        )
    }
    return [(countries[code], fiches.get(code)) for code in iso_codes if code in countries]


def fiches_due_for_review(today: datetime.date | None = None) -> QuerySet[Fiche]:
    """Fiches not reviewed for twelve months, never-reviewed and oldest first."""
    today = today or timezone.localdate()
    limit = today - datetime.timedelta(days=REVIEW_CYCLE_DAYS)
    return (
        Fiche.objects.filter(Q(last_reviewed_on__lt=limit) | Q(last_reviewed_on__isnull=True))
        .select_related("country", "measure", "last_reviewed_by")
        .order_by("last_reviewed_on", "country__iso_code", "measure__code")
    )


# The Atlas is a page to print and act on: the first entries, the directory has the rest (a
# prosecutors general office may list thousands of people).
ATLAS_CONTACTS_SHOWN = 12


def atlas_contacts(user, fiche: Fiche) -> QuerySet[Contact]:
    """The directory entries to send the request to: the people of the competent authorities
    in that country, then the country's contact points for this measure and in general. The
    measure's own contact points come first."""
    authorities = [pk for pk in (fiche.receiving_authority_id, fiche.executing_authority_id) if pk]
    measure_roles = list(fiche.measure.contact_roles.values_list("code", flat=True))
    contacts = (
        contacts_visible_to(user)
        .filter(country=fiche.country)
        .annotate(
            is_measure_contact=has_related(Contact, "roles", code__in=measure_roles),
            is_contact_point=has_related(Contact, "roles", code__in=COUNTRY_CONTACT_POINT_ROLES),
        )
        .filter(
            Q(organisation_id__in=authorities)
            | Q(is_measure_contact=True)
            | Q(is_contact_point=True)
        )
        .order_by(
            "-is_measure_contact", "-is_contact_point", localized_order(Contact, "name"), "pk"
        )
    )
    return with_relations(contacts)
