"""The request as a document: `request_data` freezes a draft into plain data (what a shared
version keeps), `document_blocks` lays that data out in one language: fixed text (headings,
clauses, undertakings) translated by the portal, the drafter's free text as written. The HTML
preview, the PDF and the DOCX all print the same blocks."""

import datetime
import json
import re
from dataclasses import dataclass, field, replace

from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from directory.models import Country, Organisation
from fiches.models import Channel, Instrument, Measure
from mla.measure_fields import fields_of
from mla.models import MlaRequest
from mla.selectors import authority_contact, fiches_for, item_details

NOT_A_TRANSMISSION = gettext_noop("Draft prepared with the CrimEx portal — not a transmission")


ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def text_direction(text: str) -> str:
    """The direction of a line of the drafter's text, from its first strong letter: a Latin
    address in an Arabic request keeps its number where it was typed."""
    arabic, latin = ARABIC.search(text), LATIN.search(text)
    if arabic and (not latin or arabic.start() < latin.start()):
        return "rtl"
    return "ltr" if latin else ""


@dataclass(frozen=True)
class Block:
    """kind: title, heading, subheading, para, field, list, note."""

    kind: str
    text: str = ""
    label: str = ""
    items: tuple[str, ...] = field(default_factory=tuple)
    free: bool = False  # the drafter's own text, printed as written

    @property
    def lines(self) -> list[tuple[str, str]]:
        """(line, direction) of the drafter's text."""
        return [(line, text_direction(line)) for line in self.text.splitlines()]


def request_data(mla_request: MlaRequest) -> dict:
    fiches = fiches_for(mla_request)
    first_fiche = next(iter(fiches.values()), None)
    contact = authority_contact(first_fiche)
    channels: list[str] = []
    for fiche in fiches.values():
        channels += [channel.code for channel in fiche.channels.all()]
    return {
        "id": mla_request.pk,
        "requesting_country": getattr(mla_request.requesting_country, "iso_code", ""),
        "requesting_authority": mla_request.requesting_authority,
        "reference": mla_request.reference,
        "requested_country": mla_request.requested_country.iso_code,
        "language": mla_request.language,
        "drafter_language": mla_request.drafter_language,
        "urgent": mla_request.urgent,
        "urgency_reason": mla_request.urgency_reason,
        "confidential": mla_request.confidential,
        "instruments": [instrument.slug for instrument in mla_request.instruments.all()],
        "reciprocity": mla_request.reciprocity,
        "facts": mla_request.facts,
        "offences": [
            {
                "qualification": offence.qualification,
                "provisions": offence.provisions,
                "penalties": offence.penalties,
            }
            for offence in mla_request.offences.all()
        ],
        "measures": [
            {
                "code": item.measure.code,
                "link_to_facts": item.link_to_facts,
                "details": item_details(item),
            }
            for item in mla_request.items.all()
        ],
        "persons_and_places": mla_request.persons_and_places,
        "procedures": mla_request.procedures,
        "deadline": mla_request.deadline.isoformat() if mla_request.deadline else "",
        "deadline_reason": mla_request.deadline_reason,
        "contact_person": mla_request.contact_person,
        "attachments": mla_request.attachment_list(),
        "undertakings": {
            "speciality": mla_request.undertakes_speciality,
            "confidentiality": mla_request.undertakes_confidentiality,
            "costs": mla_request.undertakes_costs,
        },
        "illustrative": any(fiche.is_demo for fiche in fiches.values()),
        "authority_id": first_fiche.receiving_authority_id if first_fiche else None,
        "authority_address": contact.address if contact else "",
        "channels": list(dict.fromkeys(channels)),
        "date": timezone.localdate().isoformat(),
    }


def data_to_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


@dataclass
class Names:
    """The reference data a document names, read once in the document's language."""

    countries: dict[str, str]
    measures: dict[str, str]
    instruments: dict[str, str]
    channels: dict[str, str]
    authority: str


def _names(data: dict) -> Names:
    countries = {
        country.iso_code: country.name
        for country in Country.objects.filter(
            iso_code__in=[data["requested_country"], data["requesting_country"]]
        )
    }
    measures = {
        measure.code: measure.name
        for measure in Measure.objects.filter(code__in=[m["code"] for m in data["measures"]])
    }
    instruments = {
        instrument.slug: instrument.name
        for instrument in Instrument.objects.filter(slug__in=data["instruments"])
    }
    channels = {
        channel.code: channel.name for channel in Channel.objects.filter(code__in=data["channels"])
    }
    authority = ""
    if data.get("authority_id"):
        organisation = Organisation.objects.filter(pk=data["authority_id"]).first()
        authority = str(organisation) if organisation else ""
    return Names(countries, measures, instruments, channels, authority)


def _free(label: str, text: str) -> list[Block]:
    return [Block("field", text=text, label=label, free=True)] if text.strip() else []


def document_blocks(data: dict, language: str) -> list[Block]:
    # French typography: a narrow no-break space before the colon.
    colon = "\u202f:" if language == "fr" else ":"
    with translation.override(language):
        blocks = _blocks(data, _names(data))
    return [
        replace(block, label=f"{block.label}{colon}") if block.label else block for block in blocks
    ]


def _blocks(data: dict, names: Names) -> list[Block]:
    requested = names.countries.get(data["requested_country"], data["requested_country"])
    requesting = names.countries.get(data["requesting_country"], "")
    blocks = [
        Block("note", _(NOT_A_TRANSMISSION)),
        Block("title", _("Request for mutual legal assistance in criminal matters")),
    ]
    if data["illustrative"]:
        blocks.append(
            Block(
                "note",
                _(
                    "Built from an illustrative fiche, not yet validated by the national "
                    "authority: check every requirement with the requested country."
                ),
            )
        )
    if data["urgent"]:
        blocks.append(Block("para", _("URGENT")))
    if data["confidential"]:
        blocks.append(Block("para", _("CONFIDENTIAL")))
    blocks += [
        Block(
            "field",
            label=_("From"),
            text=", ".join(part for part in (data["requesting_authority"], requesting) if part),
            free=True,
        ),
        Block(
            "field",
            label=_("To"),
            text=", ".join(part for part in (names.authority, requested) if part)
            or _("The competent authority of %(country)s") % {"country": requested},
        ),
    ]
    if data["authority_address"]:
        blocks.append(Block("field", label=_("Address"), text=data["authority_address"], free=True))
    blocks += _free(_("Reference"), data["reference"])
    blocks.append(
        Block(
            "field",
            label=_("Date"),
            text=formats.date_format(_date(data["date"]), "DATE_FORMAT"),
        )
    )
    if data["urgent"]:
        blocks.append(Block("heading", _("Urgency")))
        blocks += _free(_("Reason for urgency"), data["urgency_reason"])
    # Legal basis
    blocks.append(Block("heading", _("Legal basis")))
    bases = [names.instruments.get(slug, slug) for slug in data["instruments"]]
    if bases:
        blocks.append(Block("para", _("This request is made under:")))
        blocks.append(Block("list", items=tuple(bases)))
    if data["reciprocity"]:
        blocks.append(Block("para", _("This request is made on the basis of reciprocity.")))
    # Facts and offences
    blocks.append(Block("heading", _("Summary of the facts")))
    blocks.append(Block("para", data["facts"], free=True))
    blocks.append(Block("heading", _("Offences")))
    for number, offence in enumerate(data["offences"], start=1):
        blocks.append(Block("subheading", _("Offence %(number)s") % {"number": number}))
        blocks += _free(_("Legal qualification"), offence["qualification"])
        blocks += _free(_("Text of the provisions"), offence["provisions"])
        blocks += _free(_("Penalties"), offence["penalties"])
    # Assistance requested
    blocks.append(Block("heading", _("Assistance requested")))
    for item in data["measures"]:
        blocks.append(Block("subheading", names.measures.get(item["code"], item["code"])))
        blocks += _free(_("Link between the facts and this measure"), item["link_to_facts"])
        for measure_field in fields_of(item["code"]):
            value = item["details"].get(measure_field.name, "")
            if measure_field.boolean:
                if value:
                    blocks.append(Block("para", str(measure_field.label)))
            else:
                blocks += _free(str(measure_field.label), str(value))
    if data["persons_and_places"].strip():
        blocks.append(Block("heading", _("Persons and places concerned")))
        blocks.append(Block("para", data["persons_and_places"], free=True))
    if data["procedures"].strip() or data["deadline"]:
        blocks.append(Block("heading", _("Procedures to follow and deadlines")))
        blocks += _free(_("Procedures to follow"), data["procedures"])
        if data["deadline"]:
            blocks.append(
                Block(
                    "field",
                    label=_("To be executed by"),
                    text=formats.date_format(_date(data["deadline"]), "DATE_FORMAT"),
                )
            )
        blocks += _free(_("Reason for the deadline"), data["deadline_reason"])
    # Transmission
    blocks.append(Block("heading", _("Transmission")))
    channels = [names.channels.get(code, code) for code in data["channels"]]
    if channels:
        blocks.append(Block("field", label=_("Channel"), text=", ".join(channels)))
    if data["urgent"]:
        blocks.append(
            Block(
                "para",
                _(
                    "In view of the urgency, an advance copy of this request is sent through "
                    "INTERPOL; the original follows through the channel above."
                ),
            )
        )
    # Undertakings
    undertakings = data["undertakings"]
    clauses = []
    if undertakings["speciality"]:
        clauses.append(
            _(
                "The requesting authority undertakes not to use the information or evidence "
                "obtained for investigations, prosecutions or proceedings other than those "
                "described in this request without the prior consent of the requested "
                "authority."
            )
        )
    if undertakings["confidentiality"] or data["confidential"]:
        clauses.append(
            _(
                "The requesting authority asks that this request and its content be kept "
                "confidential, except to the extent necessary to execute it, and undertakes "
                "to keep the evidence obtained confidential as far as its law allows."
            )
        )
    if undertakings["costs"]:
        clauses.append(
            _(
                "The requesting authority undertakes to bear the extraordinary costs of "
                "executing this request, as agreed with the requested authority."
            )
        )
    if clauses:
        blocks.append(Block("heading", _("Undertakings")))
        blocks += [Block("para", clause) for clause in clauses]
    blocks.append(Block("heading", _("Contact person")))
    blocks.append(Block("para", data["contact_person"], free=True))
    if data["attachments"]:
        blocks.append(Block("heading", _("Attachments")))
        blocks.append(Block("list", items=tuple(data["attachments"]), free=True))
    blocks.append(Block("para", _("Signature and seal of the requesting authority")))
    return blocks


def _date(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def parallel_rows(data: dict, first: str, second: str) -> list[tuple[Block, Block]]:
    """The same blocks in two languages, side by side: the structure never depends on the
    language, so the blocks pair up one to one."""
    return list(zip(document_blocks(data, first), document_blocks(data, second), strict=True))
