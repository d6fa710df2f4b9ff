"""The adopted plans' table (seed 003) as PMT hold it, generated from the seed document's text: a
Word document, an Excel workbook, CSV and tab-separated text. The seed's text is kept as it is,
page break included: the blank line in the middle of a table, and the row it split in two."""

import csv
import io
from pathlib import Path

from django.forms.models import model_to_dict

from actionplans.models import Action, ActionPlan, Indicator, StrategicGoal

SEED = next((Path(__file__).resolve().parents[2] / "crimex_portal" / "seeds").glob("003_*.txt"))


def seed_plan_lines(code: str) -> list[str]:
    """The plan's lines in the seed: its heading, a blank line, the header and the rows."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith(f"Action Plan {code}."))
    end = next(
        (i for i, line in enumerate(lines) if i > start and line.startswith("Action Plan ")),
        len(lines),
    )
    block = lines[start:end]
    while not block[-1].strip():
        block.pop()
    return block


def renamed(lines: list[str], code: str) -> list[str]:
    """The same table under another plan's code."""
    return [f"Action Plan {code}." + lines[0].split(".", 1)[1], *lines[1:]]


def as_text(
    plans: list[list[str]], *, bom: bool = True, crlf: bool = True, encoding: str = "utf-8"
) -> bytes:
    text = ("\r\n" if crlf else "\n").join(line for lines in plans for line in [*lines, ""])
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding)


def as_csv(
    plans: list[list[str]], *, delimiter: str = ",", bom: bool = True, crlf: bool = True
) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    for lines in plans:
        for line in [*lines, ""]:
            writer.writerow(line.split("\t") if line else [])
    return (b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode("utf-8")


def as_docx(plans: list[list[str]]) -> bytes:
    """Each heading a paragraph, each table a Word table; the page break's blank line splits the
    table in two with an empty paragraph between them, as Word shows a table that breaks."""
    import docx

    document = docx.Document()
    for lines in plans:
        document.add_heading(lines[0], level=2)
        table = None
        for line in lines[1:]:
            if not line.strip():
                if table is not None:
                    document.add_paragraph("")
                table = None
                continue
            cells = line.split("\t")
            if table is None:
                table = document.add_table(rows=0, cols=len(cells))
            row = table.add_row()
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
        document.add_paragraph("")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def as_xlsx(plans: list[list[str]], *, sheet_per_plan: bool = True) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    sheet = None
    for lines in plans:
        if sheet is None or sheet_per_plan:
            sheet = workbook.create_sheet(f"Plan {lines[0].split()[2].rstrip('.')}")
        elif sheet.max_row:
            sheet.append([])
        for line in lines:
            sheet.append(line.split("\t") if line else [])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


FORMATS = {
    "docx": as_docx,
    "xlsx": as_xlsx,
    "csv": as_csv,
    "tsv": as_text,
}


def plan_file(tmp_path: Path, suffix: str, plans: list[list[str]], name: str = "plan") -> Path:
    path = tmp_path / f"{name}.{suffix}"
    path.write_bytes(FORMATS[suffix](plans))
    return path


def plans_as_stored() -> list:
    """Every stored value of the plans, their goals, actions (with entities) and indicators."""
    rows = []
    for model in (ActionPlan, StrategicGoal, Action, Indicator):
        for instance in model.objects.order_by("pk"):
            values = model_to_dict(instance, exclude=["crime_areas", "sessions"])
            if model is Action:
                values["entities"] = sorted(instance.entities.values_list("pk", flat=True))
            rows.append((model.__name__, instance.pk, values))
    return rows
