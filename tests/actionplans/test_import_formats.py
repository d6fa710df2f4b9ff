"""The plan PMT actually hold: the adopted table as Word, Excel, CSV and tab-separated text."""

import io

import pytest
from django.core.management import call_command

from actionplans.models import Action, ActionPlan, Indicator
from tests.actionplans.plan_tables import (
    FORMATS,
    SEED,
    as_docx,
    as_text,
    as_xlsx,
    plan_file,
    plans_as_stored,
    renamed,
    seed_plan_lines,
)

pytestmark = pytest.mark.django_db


def import_plan(path, *options: str) -> str:
    output = io.StringIO()
    call_command("import_action_plan", path, *options, stdout=output)
    return output.getvalue()


@pytest.mark.parametrize("suffix", sorted(FORMATS))
def test_the_adopted_table_changes_nothing_the_seed_made(seeded, tmp_path, suffix):
    """The seed's rebuilt TSV corrects what the page break and the text copy did to the table
    (goal 2's merged cell on action 2.2's row, action 3.1 split in two, "3.2 b)", points and
    sources run together): read as PMT hold it, the adopted table is the same plan."""
    before = plans_as_stored()
    path = plan_file(tmp_path, suffix, [seed_plan_lines("A"), seed_plan_lines("B")])

    output = import_plan(path)

    assert "Action Plan A: 0 created, 0 updated, 0 removed, 24 unchanged." in output
    assert "Action Plan B: 0 created, 0 updated, 0 removed, 21 unchanged." in output
    assert plans_as_stored() == before


def test_the_seed_document_itself_imports_as_text(seeded, tmp_path):
    path = tmp_path / "003.txt"
    path.write_bytes(SEED.read_bytes())
    before = plans_as_stored()

    output = import_plan(path)

    assert "0 created, 0 updated, 0 removed" in output
    assert "Line 12: no reference number: read as the rest of action 3.1 above" in output
    assert "Line 9: indicator “3.2 b)” read as 3.2.b, under action 3.1." in output
    assert plans_as_stored() == before


def test_word_then_excel_then_csv_then_tsv_changes_nothing(seeded, tmp_path):
    """Plan B's adopted table as a new plan C: created from Word, then the same from every other
    format is 0 created, 0 updated."""
    lines = renamed(seed_plan_lines("B"), "C")
    first = import_plan(plan_file(tmp_path, "docx", [lines]))
    assert "Action Plan C: 21 created, 0 updated, 0 removed, 0 unchanged." in first
    stored = plans_as_stored()

    for suffix in ("xlsx", "csv", "tsv"):
        output = import_plan(plan_file(tmp_path, suffix, [lines]))
        assert "Action Plan C: 0 created, 0 updated, 0 removed, 21 unchanged." in output, suffix
    assert plans_as_stored() == stored
    action = Action.objects.get(goal__plan__code="C", reference="3.1")
    assert list(action.indicators.values_list("code", "text")) == [
        (
            "3.1.a",
            "Share POs concrete experiences, challenges and possible solutions when "
            "cooperating in MLA request across the Mediterranean.",
        ),
        ("3.1.b", "Pre - MLA advise is provided"),
        ("3.1.c", "SPCs accession to CARIN"),
    ]
    assert sorted(action.entities.values_list("acronym", flat=True)) == [
        "CrimEx",
        "EMJ",
        "Eurojust Ec. Crime",
        "PGOs",
    ]


def test_a_new_plan_from_the_adopted_word_table(seeded, tmp_path):
    """Without the seed's rebuilt plan to compare with, the text's run-together cells stay as
    written: nothing is lost, and the goal of action 2.1 is the one its merged cell names."""
    import_plan(plan_file(tmp_path, "docx", [renamed(seed_plan_lines("A"), "D")]))

    plan = ActionPlan.objects.get(code="D")
    assert plan.title == seed_plan_lines("A")[0].split(". ", 1)[1]
    assert list(plan.goals.values_list("number", "title")) == [
        (1, "Capacity development"),
        (2, "Operational coop."),
        (3, "MLA speed up"),
        (4, "Direct Contacts"),
        (5, "Planning Cycle"),
        (6, "Organisational aspects"),
    ]
    assert Action.objects.get(goal__plan=plan, reference="2.1").goal.number == 2
    two_two = Action.objects.get(goal__plan=plan, reference="2.2")
    assert two_two.description == (
        "Support the set-up of EMJNet sub-group specialised in anti-trafficking in order to:"
    )
    assert len(two_two.sub_point_list()) == 3
    three_one = Action.objects.get(goal__plan=plan, reference="3.1")
    assert three_one.description.endswith("in the execution of requests for mutual assistance"), (
        "the row broken across the page is one action"
    )
    assert sorted(three_one.entities.values_list("acronym", flat=True)) == [
        "CrimEx",
        "EJN",
        "EMJ",
        "EU Prosecutor Focus Group",
        "Eurojust ATT",
        "PGOs",
    ]
    # "3.2 b)" as printed, not renumbered.
    assert list(three_one.indicators.values_list("code", flat=True)) == ["3.1.a", "3.2.b"]
    assert [entity.acronym for entity in three_one.ordered_entities] == [
        "PGOs",
        "EMJ",
        "CrimEx",
        "Eurojust ATT",
        "EU Prosecutor Focus Group",
        "EJN",
    ]
    one_one = Action.objects.get(goal__plan=plan, reference="1.1")
    assert "EAJTN" in one_one.entities.values_list("acronym", flat=True)
    assert one_one.data_source_list() == ["PGOs EMJ reports CrimEx Eurojust EJN Open sources"]


HEADER = "STRATEGIC GOAL\tREF. No.\tDESCRIPTION OF ACTION\tPARTICIPATING ENTITY\tINDICATORS\tSOURCES OF DATA\tOBSERVATION"  # noqa: E501


def table(*rows: str, heading: str = "Action Plan Z. A test plan") -> list[str]:
    return [heading, "", HEADER, *rows]


def test_entities_are_matched_longest_first_by_acronym_or_name_in_any_language(seeded, tmp_path):
    rows = (
        "1. Goal\t1.1\tOne\tEurojust ATT, EU Prosecutor Focus Group; Euro-Arab Judicial Training "
        "Network\tX\tY\t",
        '\t1.2\tTwo\t"Réseau judiciaire européen en matière pénale\nEurojust"\tX\tY\t',
    )
    import_plan(plan_file(tmp_path, "tsv", [table(*rows)]))

    def acronyms(reference: str) -> list[str]:
        action = Action.objects.get(goal__plan__code="Z", reference=reference)
        return sorted(action.entities.values_list("acronym", flat=True))

    assert acronyms("1.1") == ["EAJTN", "EU Prosecutor Focus Group", "Eurojust ATT"]
    assert acronyms("1.2") == ["EJN", "Eurojust"]


def test_every_word_left_over_is_named_with_its_line(seeded, tmp_path):
    rows = (
        "1. Goal\t1.1\tOne\tPGOs EMJ\tX\tY\t",
        "\t1.2\tTwo\tPGOs EMJ\tX\tY\t",
        "\t1.3\tThree\tPGOs EMJ CrimEx Eurojust Ec. Crim\tX\tY\t",
    )
    with pytest.raises(Exception, match="nothing imported") as error:
        import_plan(plan_file(tmp_path, "tsv", [table(*rows)]))

    assert "Line 6: “Ec. Crim” matches no organisation of the directory." in str(error.value)
    assert not ActionPlan.objects.filter(code="Z").exists()


def test_indicators_inline_or_one_per_line(seeded, tmp_path):
    rows = (
        "1. Goal\t1.1\tOne\tEMJ\t1.1 a) Contact points designated 1.1 b) Contact points listed\t"
        "Y\t",
        '\t1.2\tTwo\tEMJ\t"Trainings held\nManual published"\tY\t',
    )
    lines = table(*rows)
    path = tmp_path / "plan.csv"
    path.write_bytes(as_text([lines]).replace(b"\t", b","))  # no comma in these cells

    import_plan(path)

    assert list(
        Indicator.objects.filter(action__goal__plan__code="Z").values_list("code", "text")
    ) == [
        ("1.1.a", "Contact points designated"),
        ("1.1.b", "Contact points listed"),
        ("1.2.a", "Trainings held"),
        ("1.2.b", "Manual published"),
    ]


def test_the_header_may_come_after_titles_and_blank_rows(seeded, tmp_path):
    lines = [
        "Annex II to the conclusions of the 5th CrimEx session",
        "",
        *table("1. Goal\t1.1\tOne\tEMJ\tX\tY\t", "\t1.2\tTwo\tEMJ\tX\tY\t"),
    ]
    path = tmp_path / "plan.xlsx"
    path.write_bytes(as_xlsx([lines]))

    output = import_plan(path)

    assert "Action Plan Z: 6 created" in output
    assert "Row 1: not part of a plan's table: not read." in output
    assert Action.objects.get(reference="1.2", goal__plan__code="Z").goal.title == "Goal"


def test_word_merged_cells_are_read_once(seeded, tmp_path):
    """A goal cell merged over its actions; a heading row merged across the table."""
    import docx

    document = docx.Document()
    grid = document.add_table(rows=5, cols=7)
    heading = grid.rows[0].cells[0].merge(grid.rows[0].cells[6])
    heading.text = "Action Plan Z. A test plan"
    for cell, text in zip(grid.rows[1].cells, HEADER.split("\t"), strict=True):
        cell.text = text
    for row, (reference, goal) in zip(
        grid.rows[2:], [("1.1", "1. Goal"), ("1.2", ""), ("2.1", "2. Other")], strict=True
    ):
        for cell, text in zip(row.cells, [goal, reference, "Do", "EMJ", "X", "Y", ""], strict=True):
            cell.text = text
    grid.rows[2].cells[0].merge(grid.rows[3].cells[0])  # "1. Goal" over 1.1 and 1.2
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "plan.docx"
    path.write_bytes(buffer.getvalue())

    import_plan(path)

    assert list(
        Action.objects.filter(goal__plan__code="Z")
        .order_by("order")
        .values_list("reference", "goal__number", "description")
    ) == [("1.1", 1, "Do"), ("1.2", 1, "Do"), ("2.1", 2, "Do")]


def test_numbers_typed_in_excel_are_read_as_written(seeded, tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Action Plan Z. A test plan"])
    sheet.append(HEADER.split("\t"))
    sheet.append(["1. Goal", 1.1, "One", "EMJ", "X", "Y"])
    sheet.append([None, 1.2, "Two", "EMJ", "X", "Y"])
    path = tmp_path / "plan.xlsx"
    workbook.save(path)

    import_plan(path)

    assert sorted(
        Action.objects.filter(goal__plan__code="Z").values_list("reference", flat=True)
    ) == ["1.1", "1.2"]


def test_a_docx_without_a_plan_says_so(seeded, tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Minutes of the meeting")
    path = tmp_path / "minutes.docx"
    document.save(path)

    with pytest.raises(Exception, match="No plan's table was found"):
        import_plan(path)


def test_as_docx_keeps_the_seed_text(tmp_path):
    """The generated Word document holds the seed's words, page break included."""
    import docx

    document = docx.Document(io.BytesIO(as_docx([seed_plan_lines("A")])))
    assert len(document.tables) == 2  # the table broken across the page
    words = " ".join(
        cell.text for table_ in document.tables for row in table_.rows for cell in row.cells
    ).split()
    assert words.count("3.2") == 1
    assert "smuggling" in document.tables[1].rows[0].cells[4].text


def test_the_preview_reads_the_same_number_of_queries_for_ten_times_the_plan(seeded, tmp_path):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from actionplans.import_changes import plan_file_changes

    def plan_of(actions: int) -> bytes:
        rows = [
            f"{'1. Goal' if n == 1 else ''}\t1.{n}\tDo {n}\tPGOs EMJ\t1.{n} a) A 1.{n} b) B\tY\t"
            for n in range(1, actions + 1)
        ]
        data = as_text([table(*rows)])
        path = tmp_path / f"plan_{actions}.tsv"
        path.write_bytes(data)
        import_plan(path)
        return data

    counts = []
    for actions in (5, 50):
        data = plan_of(actions)
        with CaptureQueriesContext(connection) as queries:
            changes = plan_file_changes(data=data, filename="plan.tsv")
        assert changes.count("unchanged") == 2 + 3 * actions
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_a_long_introduction_before_the_table_is_not_a_cell(seeded, tmp_path):
    import docx

    document = docx.Document(io.BytesIO(as_docx([table("1. Goal\t1.1\tOne\tEMJ\tX\tY\t")])))
    document.paragraphs[0].insert_paragraph_before("The plans were adopted after long work. " * 500)
    path = tmp_path / "plan.docx"
    document.save(path)

    assert "Action Plan Z: 4 created" in import_plan(path)
