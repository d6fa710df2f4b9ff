import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from actionplans.models import Action, ActionPlan, Indicator
from tests.actionplans.plan_tables import FORMATS, plans_as_stored
from tests.factories import ProgressUpdateFactory

pytestmark = pytest.mark.django_db

HEADER = "STRATEGIC GOAL\tREF. No.\tDESCRIPTION OF ACTION\tPARTICIPATING ENTITY\tINDICATORS\tSOURCES OF DATA\tOBSERVATION"  # noqa: E501


def plan_file(tmp_path: Path, *rows: str, heading: str = "Action Plan Z. A test plan") -> Path:
    path = tmp_path / "plan.tsv"
    path.write_text("\n".join([heading, HEADER, *rows]) + "\n", encoding="utf-8")
    return path


GOOD_ROWS = (
    "1. Capacity development\t1.1\tTrain together || Study visits\tPGOs; EJN\tNumber of trainings\tPGOs; EMJ reports\t",  # noqa: E501
    "\t1.2\tShare experience\tEMJ\t1.2.a) Experiences shared || 1.2.b) Advice is provided\tCrimEx\t",  # noqa: E501
    "2. Operational coop.\t2.1\tOperational groups\tEurojust ATT\tNumber of groups\tEurojust\t",
)


def test_import_creates_the_plan(seeded, tmp_path):
    output = io.StringIO()
    call_command("import_action_plan", plan_file(tmp_path, *GOOD_ROWS), stdout=output)

    plan = ActionPlan.objects.get(code="Z")
    assert "Action Plan Z: 10 created, 0 updated, 0 removed, 0 unchanged." in output.getvalue()
    first = Action.objects.get(goal__plan=plan, reference="1.1")
    assert (first.description, first.sub_point_list()) == ("Train together", ["Study visits"])
    assert sorted(first.entities.values_list("acronym", flat=True)) == ["EJN", "PGOs"]
    assert first.data_source_list() == ["PGOs", "EMJ reports"]
    assert list(
        Indicator.objects.filter(action__reference="1.2", action__goal__plan=plan)
        .order_by("order")
        .values_list("code", "text")
    ) == [("1.2.a", "Experiences shared"), ("1.2.b", "Advice is provided")]
    assert Indicator.objects.get(action=first).kind == Indicator.Kind.COUNT


def test_reimport_updates_without_duplicates(seeded, tmp_path):
    call_command("import_action_plan", plan_file(tmp_path, *GOOD_ROWS), stdout=io.StringIO())
    changed = (GOOD_ROWS[0].replace("Train together", "Train together, online too"), *GOOD_ROWS[1:])
    call_command("import_action_plan", plan_file(tmp_path, *changed), stdout=io.StringIO())

    plan = ActionPlan.objects.get(code="Z")
    assert Action.objects.filter(goal__plan=plan).count() == 3
    assert Indicator.objects.filter(action__goal__plan=plan).count() == 4
    assert Action.objects.get(goal__plan=plan, reference="1.1").description == (
        "Train together, online too"
    )


@pytest.mark.parametrize(
    ("bad_row", "message"),
    [
        ("\t3.1\tWrong goal\tEMJ\tX\tY\t", "Line 5: action 3.1 does not belong to goal 1."),
        (
            "1. Capacity development\t2.9\tWrong goal\tEMJ\tX\tY\t",
            "Line 5: action 2.9 does not belong to goal 1.",
        ),
        ("\t1.1\tTwice\tEMJ\tX\tY\t", "Line 5: action 1.1 appears twice."),
        (
            "\t1.3\tUnknown partner\tNobody Agency\tX\tY\t",
            "Line 5: “Nobody Agency” matches no organisation of the directory.",
        ),
        ("\t1.3\tToo few cells\tEMJ", "Line 5: 4 columns instead of 7."),
        ("\tone.two\tBad ref\tEMJ\tX\tY\t", "Line 5: “one.two” is not a reference number"),
    ],
)
def test_a_broken_row_is_named_and_nothing_is_imported(seeded, tmp_path, bad_row, message):
    rows = (*GOOD_ROWS[:2], bad_row, GOOD_ROWS[2])

    with pytest.raises(CommandError) as error:
        call_command("import_action_plan", plan_file(tmp_path, *rows), stdout=io.StringIO())

    assert message in str(error.value)
    assert "nothing imported" in str(error.value)
    assert not ActionPlan.objects.filter(code="Z").exists()


def test_a_broken_reimport_leaves_the_plan_as_it_was(seeded, tmp_path):
    call_command("import_action_plan", plan_file(tmp_path, *GOOD_ROWS), stdout=io.StringIO())
    broken = (GOOD_ROWS[0].replace("Train together", "Changed"), "\t7.1\tOops\tEMJ\tX\tY\t")
    with pytest.raises(CommandError):
        call_command("import_action_plan", plan_file(tmp_path, *broken), stdout=io.StringIO())
    assert Action.objects.get(goal__plan__code="Z", reference="1.1").description == (
        "Train together"
    )


def test_indicators_with_progress_are_never_dropped(seeded, tmp_path):
    call_command("import_action_plan", plan_file(tmp_path, *GOOD_ROWS), stdout=io.StringIO())
    ProgressUpdateFactory(indicator=Indicator.objects.get(code="1.2.b"))
    without_b = (
        GOOD_ROWS[0],
        GOOD_ROWS[1].replace(" || 1.2.b) Advice is provided", ""),
        GOOD_ROWS[2],
    )

    with pytest.raises(CommandError, match="have progress updates"):
        call_command("import_action_plan", plan_file(tmp_path, *without_b), stdout=io.StringIO())
    assert Indicator.objects.filter(code="1.2.b").exists()


def test_bad_heading_is_refused(seeded, tmp_path):
    with pytest.raises(CommandError, match="Line 2: the header row needs the heading"):
        call_command(
            "import_action_plan",
            plan_file(tmp_path, *GOOD_ROWS, heading="Plan"),
            stdout=io.StringIO(),
        )


def test_a_dry_run_changes_nothing(seeded, tmp_path):
    output = io.StringIO()
    call_command("import_action_plan", plan_file(tmp_path, *GOOD_ROWS), "--dry-run", stdout=output)

    assert "Action Plan Z: 10 created" in output.getvalue()
    assert "Dry run: nothing was changed." in output.getvalue()
    assert not ActionPlan.objects.filter(code="Z").exists()


@pytest.mark.parametrize("suffix", ["tsv", "docx"])
def test_a_cell_of_a_megabyte_is_refused_with_its_line(seeded, tmp_path, suffix):
    huge = "trafficking " * 90_000  # 1,080,000 characters
    lines = ["Action Plan Z. A test plan", HEADER, GOOD_ROWS[0], f"\t1.2\t{huge}\tEMJ\tX\tY\t"]
    path = tmp_path / f"plan.{suffix}"
    path.write_bytes(FORMATS[suffix]([lines]) if suffix == "docx" else "\n".join(lines).encode())
    before = plans_as_stored()

    with pytest.raises(CommandError) as error:
        call_command("import_action_plan", path, stdout=io.StringIO())

    where = "Line 4" if suffix == "tsv" else "Row 3"
    assert f"{where}: a cell of " in str(error.value)
    assert "at most 10,000 are read." in str(error.value)
    assert len(str(error.value)) < 1000  # the cell is not repeated back
    assert plans_as_stored() == before


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("plan.tsv", b"", "The file is empty."),
        ("plan.csv", b"\xef\xbb\xbf \r\n\r\n", "The file is empty."),
        ("plan.tsv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data, not text"),
        ("plan.tsv", "Plan d’action".encode("cp1252"), "Line 1: not UTF-8 text"),
        ("plan.docx", b"%PDF-1.7 not a Word file", "not a Word document (.docx)"),
        ("plan.xlsx", b"PK\x03\x04 broken zip", "not an Excel workbook (.xlsx)"),
        ("plan.pdf", b"%PDF-1.7", "Files of this type are not read."),
    ],
)
def test_empty_binary_or_mislabelled_files_get_a_clear_message(
    seeded, tmp_path, name, content, message
):
    path = tmp_path / name
    path.write_bytes(content)

    with pytest.raises(CommandError) as error:
        call_command("import_action_plan", path, stdout=io.StringIO())

    assert message in str(error.value)
    assert "Traceback" not in str(error.value)


def test_a_docx_that_is_really_a_workbook_is_refused_clearly(seeded, tmp_path):
    path = tmp_path / "plan.docx"
    path.write_bytes(FORMATS["xlsx"]([["Action Plan Z. A test plan", HEADER, *GOOD_ROWS]]))

    with pytest.raises(CommandError, match=r"cannot be read as a Word document \(\.docx\)"):
        call_command("import_action_plan", path, stdout=io.StringIO())


def test_at_most_fifty_problems_are_listed(seeded, tmp_path):
    rows = [*GOOD_ROWS, *(f"\tx.{n}\tBad\tEMJ\tX\tY\t" for n in range(60))]
    with pytest.raises(CommandError) as error:
        call_command("import_action_plan", plan_file(tmp_path, *rows), stdout=io.StringIO())

    listed = str(error.value).splitlines()
    assert listed[1] == "Line 6: “x.0” is not a reference number like 2.1."
    assert listed[50] == "Line 55: “x.49” is not a reference number like 2.1."
    assert listed[51] == "… and 10 more."
    assert len(listed) == 52


def test_bad_input_in_a_second_plan_imports_neither(seeded, tmp_path):
    path = tmp_path / "plans.tsv"
    path.write_text(
        "\n".join(
            [
                "Action Plan Z. A test plan",
                HEADER,
                *GOOD_ROWS,
                "",
                "Action Plan Y. Another plan",
                HEADER,
                "1. Goal\t1.1\tOne\tUnknown body\tX\tY\t",
            ]
        ),
        encoding="utf-8",
    )

    with pytest.raises(CommandError, match="Line 9: “Unknown body” matches no organisation"):
        call_command("import_action_plan", path, stdout=io.StringIO())
    assert not ActionPlan.objects.filter(code__in=["Y", "Z"]).exists()
