import datetime
from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import Case, Count, Prefetch, Q, QuerySet, Value, When
from django.utils import timezone

from crimex_portal.collation import localized_order
from crimex_portal.queries import has_related
from directory.models import Contact, Country, Organisation, OutdatedReport, Visibility
from directory.search import search_terms

PAGE_SIZE = 25
GROUP_ORDER = [Country.Group.SOUTH_PARTNER, Country.Group.EU_MEMBER_STATE, Country.Group.OTHER]
PERSONAL_FIELDS = ("email", "phone", "mobile", "address")


def sees_everything(user) -> bool:
    """PMT staff see every entry and every field; members what was consented and opened."""
    return user.has_perm("directory.change_contact")


def countries_with_organisations() -> QuerySet[Country]:
    """Every country with its national bodies: South Partner Countries first, then EU Member
    States, then the others, each in the active language's alphabetical order."""
    group_rank = Case(
        *(When(group=group, then=Value(rank)) for rank, group in enumerate(GROUP_ORDER)),
        default=Value(len(GROUP_ORDER)),
    )
    return Country.objects.order_by(group_rank, localized_order(Country, "name")).prefetch_related(
        Prefetch(
            "organisations",
            queryset=Organisation.objects.order_by(localized_order(Organisation, "name")),
        )
    )


def international_organisations() -> QuerySet[Organisation]:
    return Organisation.objects.filter(country__isnull=True).order_by(
        localized_order(Organisation, "name")
    )


@dataclass(frozen=True)
class ContactFilters:
    query: str = ""
    country: str = ""
    role: str = ""
    specialisation: str = ""
    language: str = ""
    urgent: bool = False
    organisation: int | None = None


def contacts_visible_to(user) -> QuerySet[Contact]:
    contacts = Contact.objects.all()
    if not sees_everything(user):
        contacts = contacts.filter(consent_date__isnull=False)
    return contacts


def contact_search(user, filters: ContactFilters) -> QuerySet[Contact]:
    """All filters combine. Free text matches names, titles, functions and organisations in any
    language and script, accents and Arabic vowel marks ignored."""
    contacts = contacts_visible_to(user)
    for term in search_terms(filters.query):
        contacts = contacts.filter(search_text__contains=term)
    if filters.country:
        contacts = contacts.filter(country__iso_code=filters.country)
    if filters.organisation:
        contacts = contacts.filter(organisation_id=filters.organisation)
    if filters.urgent:
        contacts = contacts.filter(handles_urgent_requests=True)
    # Each many-to-many filter is an EXISTS, so that one contact is never listed twice.
    for relation, field, value in (
        ("roles", "code", filters.role),
        ("specialisations", "slug", filters.specialisation),
        ("languages", "code", filters.language),
    ):
        if value:
            contacts = contacts.filter(has_related(Contact, relation, **{field: value}))
    return contacts.order_by(localized_order(Contact, "name"), "pk")


def contact_page(contacts: QuerySet[Contact], page_number) -> Page:
    return Paginator(with_relations(contacts), PAGE_SIZE).get_page(page_number)


def with_relations(contacts: QuerySet[Contact]) -> QuerySet[Contact]:
    return contacts.select_related("organisation", "country").prefetch_related(
        "roles", "languages", "specialisations"
    )


def contact_for_page(user, pk: int) -> Contact:
    return (
        with_relations(contacts_visible_to(user))
        .prefetch_related(
            Prefetch("reports", queryset=OutdatedReport.objects.filter(resolved_at__isnull=True))
        )
        .get(pk=pk)
    )


def visible_personal_fields(contact: Contact, user) -> dict[str, str]:
    """The personal fields this user may read, with their values (empty fields left out)."""
    everything = sees_everything(user) or contact.user_id == getattr(user, "pk", None)
    shown = {}
    for name in PERSONAL_FIELDS:
        value = getattr(contact, name)
        if value and (everything or getattr(contact, f"{name}_visibility") == Visibility.MEMBERS):
            shown[name] = value
    return shown


def stale_contacts(today: datetime.date | None = None) -> QuerySet[Contact]:
    """Entries not verified for twelve months, oldest first."""
    today = today or timezone.localdate()
    limit = today - datetime.timedelta(days=365)
    return (
        Contact.objects.filter(Q(last_verified__lt=limit) | Q(last_verified__isnull=True))
        .select_related("organisation", "country")
        .order_by("last_verified", "name")
    )


def open_reports() -> QuerySet[OutdatedReport]:
    return (
        OutdatedReport.objects.filter(resolved_at__isnull=True)
        .select_related("contact__organisation", "contact__country", "reported_by")
        .order_by("created_at")
    )


def organisation_with_contacts(user, pk: int) -> tuple[Organisation, QuerySet[Contact]]:
    organisation = Organisation.objects.select_related("country").get(pk=pk)
    contacts = contacts_visible_to(user).filter(organisation=organisation)
    return organisation, contacts.order_by(localized_order(Contact, "name"), "pk")


def organisations_with_counts(user) -> QuerySet[Organisation]:
    visible = Q(contacts__consent_date__isnull=False)
    if sees_everything(user):
        visible = Q(contacts__isnull=False)
    return (
        Organisation.objects.select_related("country")
        .annotate(contact_count=Count("contacts", filter=visible))
        .order_by(localized_order(Organisation, "name"))
    )
