"""What every file the portal hands out goes through: the attachment header, built by Django, and
CSV cells that a spreadsheet cannot run as formulas."""

import csv
import re
from collections.abc import Iterable
from typing import Any, Protocol

from django.db.models.fields.files import FieldFile
from django.http import FileResponse, HttpRequest, HttpResponse
from django.utils.http import content_disposition_header

# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# A phone number as people write it: a plus, then digits, spaces, brackets, dots, dashes and
# slashes. A spreadsheet can compute nothing harmful from these, and the reader wants
# "+212 522 123456" as it is, not "'+212 522 123456".
PHONE_NUMBER = re.compile(r"\+\d[\d ().\-/]{5,}")


def neutralise_formula(text: str) -> str:
    """Text that a spreadsheet would run as a formula, made inert with a leading apostrophe."""
    if text.startswith(FORMULA_STARTS) and not PHONE_NUMBER.fullmatch(text):
        return f"'{text}"
    return text


class _Writable(Protocol):
    def write(self, text: str, /) -> Any: ...


class SafeCsvWriter:
    """csv.writer whose text cells are neutralised; numbers and dates are written as they are."""

    def __init__(self, output: _Writable) -> None:
        self._writer = csv.writer(output)

    def writerow(self, row: Iterable[Any]) -> None:
        self._writer.writerow(
            [neutralise_formula(cell) if isinstance(cell, str) else cell for cell in row]
        )

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def attachment(response: HttpResponse, filename: str) -> HttpResponse:
    """A download under that name (any characters: Django quotes or encodes them). Whether a cache
    may keep it is crimex_portal.headers' decision, as for every response."""
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def csv_response(filename: str) -> tuple[HttpResponse, SafeCsvWriter]:
    """An empty CSV download and the writer that fills it. UTF-8 with a byte order mark, so that
    spreadsheet programs read accents and Arabic right."""
    response = attachment(HttpResponse(content_type="text/csv; charset=utf-8"), filename)
    response.write("\ufeff")
    return response, SafeCsvWriter(response)


def private_file_download(
    request: HttpRequest, file: FieldFile, *, target, label: str, public: bool = False
) -> HttpResponse:
    """A file of the private storage, downloaded under its own name. Unless it is public, the
    asker needs a members' session (both factors) and the download goes into the audit trail,
    with `label` saying which kind of file it was, never its content."""
    from crimex_portal.accounts.decorators import members_gate
    from crimex_portal.audit.models import AuditEvent
    from crimex_portal.audit.services import record_event

    if not public and (refusal := members_gate(request)):
        return refusal
    response = FileResponse(
        file.open("rb"), as_attachment=True, filename=file.name.rsplit("/", 1)[-1]
    )
    if not public:
        record_event(
            action=AuditEvent.Action.DOCUMENT_DOWNLOADED, request=request, target=target, file=label
        )
    return response
