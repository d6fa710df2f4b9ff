import json
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext_lazy as _

from directory.models import Contact
from fiches.models import Fiche, Measure
from fiches.selectors import with_fiche_relations
from mla.measure_fields import CHECKLIST_BY_KIND, COMMON_CHECKLIST, fields_of, kind_of
from mla.models import MlaRequest, RequestedMeasure, Share, SharedVersion

STEPS = (
    (1, _("Country and measure")),
    (2, _("What the fiche says")),
    (3, _("Legal basis")),
    (4, _("Facts and offences")),
    (5, _("Assistance requested")),
    (6, _("Formalities")),
    (7, _("Review")),
)
PORTAL_LANGUAGES = tuple(code for code, _name in settings.LANGUAGES)


def requests_of(user) -> QuerySet[MlaRequest]:
    """The drafts a user may open and change: their own, and nobody else's (not even PMT's)."""
    if not user.is_authenticated:
        return MlaRequest.objects.none()
    return MlaRequest.objects.filter(author=user).select_related(
        "requested_country", "requesting_country"
    )


def request_detail(user, pk: int) -> MlaRequest:
    return (
        requests_of(user)
        .prefetch_related(
            Prefetch("items", queryset=RequestedMeasure.objects.select_related("measure__group")),
            "offences",
            "instruments",
        )
        .get(pk=pk)
    )


def my_requests(user) -> QuerySet[MlaRequest]:
    return requests_of(user).prefetch_related(
        Prefetch("items", queryset=RequestedMeasure.objects.select_related("measure"))
    )


def versions_shared_with(user) -> QuerySet[SharedVersion]:
    """The frozen copies shared with this user and not revoked."""
    if not user.is_authenticated:
        return SharedVersion.objects.none()
    return (
        SharedVersion.objects.filter(shares__user=user, shares__revoked_at__isnull=True)
        .select_related("request__requested_country", "request__requesting_country")
        .distinct()
    )


def fiches_for(mla_request: MlaRequest) -> dict[str, Fiche]:
    """The requested country's fiche of each requested measure, by measure code."""
    codes = [item.measure.code for item in mla_request.items.all()]
    fiches = with_fiche_relations(
        Fiche.objects.filter(country=mla_request.requested_country, measure__code__in=codes)
    )
    return {fiche.measure.code: fiche for fiche in fiches}


def accepted_languages(fiches: dict[str, Fiche]) -> list[str]:
    """The portal's languages the requested country accepts for all the measures (all three
    when the fiches say nothing the portal can write)."""
    accepted: set[str] | None = None
    for fiche in fiches.values():
        codes = {language.code for language in fiche.accepted_languages.all()}
        if codes:
            accepted = codes if accepted is None else accepted & codes
    choices = [code for code in PORTAL_LANGUAGES if accepted and code in accepted]
    return choices or list(PORTAL_LANGUAGES)


def related_measures(fiches: dict[str, Fiche]) -> dict[str, list[Measure]]:
    """For each measure, the other measures of its group that the country's fiches describe as
    applicable: what to ask for instead or as well."""
    groups = {fiche.measure.group_id for fiche in fiches.values()}
    candidates = (
        Fiche.objects.filter(
            country_id__in={fiche.country_id for fiche in fiches.values()},
            measure__group_id__in=groups,
        )
        .exclude(applicability=Fiche.Applicability.NOT_APPLICABLE)
        .select_related("measure")
    )
    related: dict[str, list[Measure]] = {code: [] for code in fiches}
    for candidate in candidates:
        for code, fiche in fiches.items():
            if (
                candidate.measure.group_id == fiche.measure.group_id
                and candidate.measure.code != code
            ):
                related[code].append(candidate.measure)
    return related


def checklist(mla_request: MlaRequest, fiches: dict[str, Fiche]) -> list[tuple[str, str]]:
    """(key, text) of each formality to check: the fiches' formal requirements, then the fixed
    list of each kind of measure, then the common ones."""
    items: list[tuple[str, str]] = []
    for code, fiche in fiches.items():
        for number, line in enumerate(fiche.formal_requirements.splitlines(), start=1):
            if line.strip():
                items.append((f"fiche-{code}-{number}", line.strip()))
    kinds = dict.fromkeys(kind_of(item.measure.code) for item in mla_request.items.all())
    for kind in kinds:
        for number, text in enumerate(CHECKLIST_BY_KIND[kind], start=1):
            items.append((f"{kind}-{number}", str(text)))
    for number, text in enumerate(COMMON_CHECKLIST, start=1):
        items.append((f"common-{number}", str(text)))
    return items


@dataclass(frozen=True)
class Missing:
    step: int
    what: str


def missing_essentials(mla_request: MlaRequest) -> list[Missing]:
    """What Finalise waits for, each with the step that asks for it."""
    missing: list[Missing] = []
    items = list(mla_request.items.all())
    if not items:
        missing.append(Missing(1, str(_("At least one measure"))))
    if not mla_request.requesting_authority.strip():
        missing.append(Missing(1, str(_("The requesting authority"))))
    if mla_request.urgent and not mla_request.urgency_reason.strip():
        missing.append(Missing(1, str(_("The reason for urgency"))))
    if not mla_request.reciprocity and not mla_request.instruments.all():
        missing.append(Missing(3, str(_("The legal basis"))))
    if not mla_request.facts.strip():
        missing.append(Missing(4, str(_("The summary of the facts"))))
    if not mla_request.offences.all():
        missing.append(Missing(4, str(_("At least one offence"))))
    for item in items:
        details = item_details(item)
        if not item.link_to_facts.strip():
            missing.append(
                Missing(
                    5,
                    str(_("%(measure)s: the link between the facts and the measure"))
                    % {"measure": item.measure.name},
                )
            )
        for field in fields_of(item.measure.code):
            if field.essential and not str(details.get(field.name, "")).strip():
                missing.append(Missing(5, f"{item.measure.name}: {str(field.label).lower()}"))
    if not mla_request.contact_person.strip():
        missing.append(Missing(5, str(_("The contact person"))))
    if not mla_request.language:
        missing.append(Missing(6, str(_("The language of the request"))))
    return missing


def item_details(item: RequestedMeasure) -> dict:
    try:
        details = json.loads(item.details or "{}")
    except ValueError:
        return {}
    return details if isinstance(details, dict) else {}


def authority_contact(fiche: Fiche | None) -> Contact | None:
    """The directory entry of the receiving authority that gives its address."""
    if fiche is None or fiche.receiving_authority_id is None:
        return None
    return (
        Contact.objects.filter(organisation_id=fiche.receiving_authority_id)
        .exclude(address="")
        .order_by("-handles_urgent_requests", "pk")
        .first()
    )


def shareable_contacts(mla_request: MlaRequest) -> QuerySet[Contact]:
    """Contact points of the requested country with a portal account (not the author)."""
    return (
        Contact.objects.filter(
            country=mla_request.requested_country, user__isnull=False, user__is_active=True
        )
        .exclude(user=mla_request.author)
        .select_related("organisation")
        .order_by("name")
    )


def shares_of(mla_request: MlaRequest) -> QuerySet[Share]:
    return Share.objects.filter(version__request=mla_request).select_related("contact", "version")
