"""Contacts as vCard 3.0 (RFC 2426), with only the fields the reader may see."""

from collections.abc import Iterable

from django.utils import timezone

from crimex_portal.text import CONTROL_CHARACTERS, LINE_BREAKS
from directory.models import Contact


def _escape(value: str) -> str:
    """A text value on one line: a line break of any kind (a bare CR too, which several address
    books read as the end of the line, and so of the card) becomes the escaped "\\n"; any other
    control character a space. Forms refuse them in single-line fields; this covers what came
    in another way."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return CONTROL_CHARACTERS.sub(" ", LINE_BREAKS.sub("\\\\n", value))


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        piece = char.encode("utf-8")
        if len(current) + len(piece) > (75 if not parts else 74):
            parts.append(current.decode("utf-8"))
            current = b""
        current += piece
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def contact_vcard(contact: Contact, personal: dict[str, str]) -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0"]
    names = contact.name.rsplit(" ", 1)
    family, given = (names[1], names[0]) if len(names) == 2 else (names[0], "")
    lines.append(f"N:{_escape(family)};{_escape(given)};;{_escape(contact.title)};")
    lines.append(f"FN:{_escape(contact.name)}")
    lines.append(f"ORG:{_escape(str(contact.organisation.name))}")
    if contact.function:
        lines.append(f"TITLE:{_escape(contact.function)}")
    if "email" in personal:
        lines.append(f"EMAIL;TYPE=INTERNET,WORK:{_escape(personal['email'])}")
    if "phone" in personal:
        lines.append(f"TEL;TYPE=WORK,VOICE:{_escape(personal['phone'])}")
    if "mobile" in personal:
        lines.append(f"TEL;TYPE=CELL:{_escape(personal['mobile'])}")
    if "address" in personal:
        lines.append(
            f"ADR;TYPE=WORK:;;{_escape(personal['address'])};;;;"
            f"{_escape(str(contact.country.name))}"
        )
    roles = ", ".join(str(role) for role in contact.roles.all())
    note = [roles] if roles else []
    if contact.handles_urgent_requests:
        note.append("24/7")
    if contact.is_demo:
        note.append("Fictional demo entry")
    if note:
        lines.append(f"NOTE:{_escape(' · '.join(note))}")
    lines.append(f"REV:{timezone.now():%Y%m%dT%H%M%SZ}")
    lines.append(f"UID:crimex-contact-{contact.pk}")
    lines.append("END:VCARD")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def vcards(entries: Iterable[tuple[Contact, dict[str, str]]]) -> str:
    return "".join(contact_vcard(contact, personal) for contact, personal in entries)
