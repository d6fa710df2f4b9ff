"""Writes of the library: reading the text of uploaded files, so that search finds it."""

import logging
from pathlib import Path

from django.db import transaction

from crimex_portal.search.signals import index_later
from library.models import LibraryDocument, LibraryFile

logger = logging.getLogger(__name__)

# What a file's text may hold at most: a 500-page manual is about 1.5 MB of text.
TEXT_LIMIT = 2_000_000


def _pdf_text(handle) -> str:
    from pypdf import PdfReader

    reader = PdfReader(handle)
    parts: list[str] = []
    size = 0
    for page in reader.pages:
        text = page.extract_text() or ""
        parts.append(text)
        size += len(text)
        if size > TEXT_LIMIT:
            break
    return "\n".join(parts)


def _docx_text(handle) -> str:
    from docx import Document

    document = Document(handle)
    paragraphs = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            paragraphs.extend(cell.text for cell in row.cells)
    return "\n".join(paragraphs)


READERS = {".pdf": _pdf_text, ".docx": _docx_text}


def library_file_text_extract(*, file_id: int) -> str | None:
    """Reads the text of one uploaded file and stores it with what was found: text, no text
    layer (a scanned PDF), or a file that could not be read. Safe to run twice: a file whose
    text was read is not read again. Returns the status, None when the file is gone."""
    library_file = LibraryFile.objects.filter(pk=file_id).first()
    if library_file is None or not library_file.file:
        return None
    name = library_file.file.name
    if library_file.text_of == name and library_file.text_status != LibraryFile.TextStatus.PENDING:
        return library_file.text_status
    reader = READERS.get(Path(name).suffix.lower())
    text = ""
    if reader is None:
        status = LibraryFile.TextStatus.UNSUPPORTED
    else:
        try:
            with library_file.file.open("rb") as handle:
                text = reader(handle)
        except Exception as error:  # a damaged or encrypted file: say so, never fail the upload
            # The file's name and error class only: never its content.
            logger.warning("library file %s: text not read (%s)", file_id, type(error).__name__)
            status = LibraryFile.TextStatus.FAILED
        else:
            text = " ".join(text.split())[:TEXT_LIMIT]
            status = LibraryFile.TextStatus.EXTRACTED if text else LibraryFile.TextStatus.NO_TEXT
    with transaction.atomic():
        # Only if the file is still the one read: a newer upload queues its own reading.
        LibraryFile.objects.filter(pk=file_id, file=name).update(
            text=text, text_status=status, text_of=name
        )
        # The update sends no signal: search reads the new text of the document now.
        index_later(LibraryDocument._meta.label, library_file.document_id)
    return status
