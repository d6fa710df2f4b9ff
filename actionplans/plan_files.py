"""The rows of a plan's file, whatever PMT saved it as: the adopted Word document (.docx), an
Excel workbook (.xlsx), CSV or tab-separated text (.csv, .tsv, .txt; UTF-8 with or without a
BOM, or UTF-16 as Excel's "Unicode text"; any line endings). importing.py reads the rows."""

import codecs
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from actionplans.importing import (
    PlanFile,
    PlanTableError,
    SourceRow,
    at,
    clean_cell,
    parse_rows,
    read_header,
    text_rows,
)
from crimex_portal.text import joined

ACCEPTED_SUFFIXES = (".docx", ".xlsx", ".csv", ".tsv", ".txt")
ZIP_MAGIC = b"PK\x03\x04"
# A .docx or .xlsx is a ZIP of XML: refuse one that would unpack to far more than it weighs.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024


def _refuse(message: str) -> PlanTableError:
    return PlanTableError([message])


def parse_plan_file(data: bytes, filename: str) -> PlanFile:
    """Every plan in the file, or PlanTableError with a clear message for any bad input."""
    return parse_rows(plan_file_rows(data, filename))


def plan_file_rows(data: bytes, filename: str) -> list[SourceRow]:
    suffix = Path(filename).suffix.lower()
    if suffix not in ACCEPTED_SUFFIXES:
        raise _refuse(
            _("Files of this type are not read. Accepted: %(types)s.")
            % {"types": joined(ACCEPTED_SUFFIXES, isolate=True)}
        )
    if len(data) > settings.CRIMEX_MAX_UPLOAD_BYTES:
        raise _refuse(
            _("The file is %(size)s; the limit is %(limit)s.")
            % {
                "size": filesizeformat(len(data)),
                "limit": filesizeformat(settings.CRIMEX_MAX_UPLOAD_BYTES),
            }
        )
    if not data.strip():
        raise _refuse(_("The file is empty."))
    if suffix in (".docx", ".xlsx"):
        kind, read = {
            ".docx": (_("a Word document (.docx)"), _docx_rows),
            ".xlsx": (_("an Excel workbook (.xlsx)"), _xlsx_rows),
        }[suffix]
        data = _zip_data(data, kind)
        try:
            return list(read(data))
        except Exception as error:  # python-docx and openpyxl raise many kinds on a bad file
            raise _refuse(_("This file cannot be read as %(kind)s.") % {"kind": kind}) from error
    text = _decoded(data)
    if not text.strip():
        raise _refuse(_("The file is empty."))
    if suffix == ".csv":
        return _csv_rows(text)
    return list(text_rows(text, "\t"))


def _zip_data(data: bytes, kind: str) -> bytes:
    not_kind = _("This file is not %(kind)s, though its name says so.") % {"kind": kind}
    if not data.startswith(ZIP_MAGIC):
        raise _refuse(not_kind)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except zipfile.BadZipFile as error:
        raise _refuse(not_kind) from error
    if unpacked > MAX_UNPACKED_BYTES:
        raise _refuse(
            _("This file unpacks to %(size)s; the limit is %(limit)s.")
            % {"size": filesizeformat(unpacked), "limit": filesizeformat(MAX_UNPACKED_BYTES)}
        )
    return data


def _decoded(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise _refuse(_("This file is not readable UTF-16 text.")) from error
    if b"\x00" in data:
        raise _refuse(
            _(
                "This file holds binary data, not text: save the table as a Word document "
                "(.docx), an Excel workbook (.xlsx), CSV UTF-8 or tab-separated text."
            )
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise _refuse(
            at(
                _("Line %(line)s") % {"line": line},
                _("not UTF-8 text: save the file as “CSV UTF-8” or as UTF-8 text."),
            )
        ) from error


def _csv_rows(text: str) -> list[SourceRow]:
    """Excel writes CSV with commas, or with semicolons where the decimal separator is a comma
    (French): the delimiter is the one that finds the header row."""
    for delimiter in (",", ";", "\t"):
        rows = list(text_rows(text, delimiter))
        for row in rows[:50]:
            if read_header([clean_cell(cell) for cell in row.cells])[0]:
                return rows
    return list(text_rows(text, ","))


def _docx_rows(data: bytes) -> Iterator[SourceRow]:
    """Paragraphs and table rows in the document's order. A merged cell's text is read once: on
    its first row (vertical merge) and in its first column (horizontal)."""
    import docx
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    blocks = list(docx.Document(io.BytesIO(data)).iter_inner_content())
    several_tables = sum(isinstance(block, Table) for block in blocks) > 1
    paragraph_number = table_number = 0
    for block in blocks:
        if not isinstance(block, Table):
            paragraph_number += 1
            yield SourceRow(
                where=_("Paragraph %(number)s") % {"number": paragraph_number},
                cells=(block.text,),
                in_table=False,
            )
            continue
        table_number += 1
        for row_number, tr in enumerate(block._tbl.tr_lst, start=1):
            cells = [""] * tr.grid_before
            for tc in tr.tc_lst:
                text = ""
                if tc.vMerge != "continue":
                    # Every paragraph of the cell, those of a table nested in it included.
                    text = "\n".join(
                        Paragraph(paragraph, block).text for paragraph in tc.iter(qn("w:p"))
                    )
                cells += [text] + [""] * (tc.grid_span - 1)
            where = (
                _("Table %(table)s, row %(row)s") % {"table": table_number, "row": row_number}
                if several_tables
                else _("Row %(row)s") % {"row": row_number}
            )
            yield SourceRow(where=where, cells=tuple(cells))


def _xlsx_rows(data: bytes) -> Iterator[SourceRow]:
    """Every sheet's rows; a merged cell's value is in its top-left cell only."""
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheets = workbook.worksheets
        for sheet in sheets:
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                where = (
                    _("Sheet “%(sheet)s”, row %(row)s") % {"sheet": sheet.title, "row": number}
                    if len(sheets) > 1
                    else _("Row %(row)s") % {"row": number}
                )
                yield SourceRow(where=where, cells=tuple(_cell_text(value) for value in values))
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
