"""The fields each kind of measure needs in a request (after UNODC's MLA Request Writer and the
Budapest Convention's article 29/30 templates), and the fixed checklist of each kind."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class MeasureField:
    name: str
    label: str
    essential: bool = False
    boolean: bool = False


KIND_BY_MEASURE_CODE = {
    "401": "bank",
    "402": "bank",
    "403": "preservation",
    "404": "preservation",
    "405": "preservation",
    "406": "preservation",
    "501": "freezing",
    "502": "freezing",
    "503": "freezing",
    "702": "witness",
    "703": "witness",
    "704": "witness",
    "903": "service",
}

FIELDS_BY_KIND: dict[str, tuple[MeasureField, ...]] = {
    "bank": (
        MeasureField("holders", _("Account holders"), essential=True),
        MeasureField("bank", _("Bank")),
        MeasureField("accounts", _("Account numbers")),
        MeasureField("period", _("Period concerned")),
    ),
    "witness": (
        MeasureField("person", _("Person to be heard"), essential=True),
        MeasureField("questions", _("Questions to ask"), essential=True),
        MeasureField("videoconference", _("Hearing by videoconference requested"), boolean=True),
    ),
    "freezing": (
        MeasureField("assets", _("Assets to freeze"), essential=True),
        MeasureField("location", _("Where the assets are")),
        MeasureField("offence_link", _("Link between the assets and the offence"), essential=True),
    ),
    "preservation": (
        MeasureField("provider", _("Service provider"), essential=True),
        MeasureField(
            "identifiers", _("Identifiers (accounts, addresses, numbers)"), essential=True
        ),
        MeasureField("categories", _("Categories of data")),
        MeasureField("period", _("Period concerned")),
    ),
    "service": (
        MeasureField("documents", _("Documents to serve"), essential=True),
        MeasureField("addressee", _("Person to be served and address"), essential=True),
    ),
    "other": (MeasureField("description", _("What is requested"), essential=True),),
}

CHECKLIST_BY_KIND: dict[str, tuple[str, ...]] = {
    "bank": (_("The account numbers or the holders' identity are given."),),
    "witness": (
        _("The witness's identity and address are given."),
        _("The questions are attached or listed."),
    ),
    "freezing": (
        _("The court order or the decision to freeze is attached."),
        _("The assets are described precisely enough to be found."),
    ),
    "preservation": (_("The data to preserve is identified by provider and identifier."),),
    "service": (_("The documents to serve are attached, with a translation if needed."),),
    "other": (),
}
COMMON_CHECKLIST = (
    _("The request is signed and sealed by the requesting authority."),
    _("The request and its attachments are translated into an accepted language."),
)


def kind_of(measure_code: str) -> str:
    return KIND_BY_MEASURE_CODE.get(measure_code, "other")


def fields_of(measure_code: str) -> tuple[MeasureField, ...]:
    return FIELDS_BY_KIND[kind_of(measure_code)]
