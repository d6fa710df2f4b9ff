"""The request as a Word document (python-docx), for final editing and signature: the same
blocks as the PDF, right to left in Arabic (w:bidi on each paragraph, w:rtl on each run)."""

import io
from dataclasses import replace

from django.utils.translation import gettext, override

from mla.document import NOT_A_TRANSMISSION, Block, document_blocks, parallel_rows

ARABIC_FONT = "Noto Naskh Arabic"
# First-strong isolate: text typed by the drafter, or a name, keeps its own direction inside a
# right-to-left paragraph ("31 Boulevard Bab Benat" keeps its number first, an English
# sentence its full stop at its end). Word and LibreOffice both honour it.
FSI, PDI = "\u2068", "\u2069"
# What may follow <w:bidi> in a paragraph's properties (ECMA-376 order): it goes before these.
AFTER_BIDI = (
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)


def isolated(text: str) -> str:
    return "\n".join(f"{FSI}{line}{PDI}" if line else line for line in text.split("\n"))


def _rtl_paragraph(paragraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = paragraph._p.get_or_add_pPr()
    # No w:jc: a right-to-left paragraph starts on the right by itself (with jc="right" Word and
    # LibreOffice align it to its end, the left).
    properties.insert_element_before(OxmlElement("w:bidi"), *AFTER_BIDI)
    for run in paragraph.runs:
        run_properties = run._r.get_or_add_rPr()
        run_properties.append(OxmlElement("w:rtl"))
        fonts = run_properties.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts")
            run_properties.insert(0, fonts)
        fonts.set(qn("w:cs"), ARABIC_FONT)


def _write_block(container, block: Block, rtl: bool) -> None:
    paragraphs = []
    if rtl:
        block = replace(
            block,
            text=isolated(block.text) if block.free or block.kind == "field" else block.text,
            items=tuple(isolated(item) for item in block.items),
        )
    if block.kind == "title":
        paragraphs.append(container.add_paragraph(block.text, style="Title"))
    elif block.kind == "heading":
        paragraphs.append(container.add_paragraph(block.text, style="Heading 1"))
    elif block.kind == "subheading":
        paragraphs.append(container.add_paragraph(block.text, style="Heading 2"))
    elif block.kind == "list":
        paragraphs += [container.add_paragraph(item, style="List Bullet") for item in block.items]
    elif block.kind == "field":
        paragraph = container.add_paragraph()
        paragraph.add_run(f"{block.label} ").bold = True
        paragraph.add_run(block.text)
        paragraphs.append(paragraph)
    else:
        paragraph = container.add_paragraph(block.text)
        if block.kind == "note":
            paragraph.runs[0].italic = True
        paragraphs.append(paragraph)
    if rtl:
        for paragraph in paragraphs:
            _rtl_paragraph(paragraph)


def _footer(document, languages: list[str]) -> None:
    texts = []
    for language in languages:
        with override(language):
            texts.append(gettext(NOT_A_TRANSMISSION))
    for section in document.sections:
        paragraph = section.footer.paragraphs[0]
        paragraph.text = " · ".join(dict.fromkeys(texts))
        if languages[0] == "ar":
            _rtl_paragraph(paragraph)


def request_docx(data: dict, language: str, second: str = "") -> bytes:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(10.5)
    style.font.name = "Noto Sans"
    if second:
        table = document.add_table(rows=0, cols=2)
        for first_block, second_block in parallel_rows(data, language, second):
            cells = table.add_row().cells
            for cell, block, block_language in (
                (cells[0], first_block, language),
                (cells[1], second_block, second),
            ):
                cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
                _write_block(cell, block, block_language == "ar")
        _footer(document, [language, second])
    else:
        for block in document_blocks(data, language):
            _write_block(document, block, language == "ar")
        _footer(document, [language])
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()
